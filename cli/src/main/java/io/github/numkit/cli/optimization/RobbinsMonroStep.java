package io.github.numkit.cli.optimization;

import io.github.numkit.cli.Format;
import io.github.numkit.cli.tour.Lang;
import io.github.numkit.cli.tour.TourPage;
import io.github.numkit.cli.tour.TourStep;
import io.github.numkit.optimization.rootfinding.NoisyLinearRoot;
import io.github.numkit.optimization.rootfinding.RobbinsMonro;
import io.github.numkit.optimization.rootfinding.RootEstimate;
import io.github.numkit.optimization.schedule.StepSchedule;

/** Tour step: Robbins–Monro with averaging on a noisy function whose root is known. */
public final class RobbinsMonroStep implements TourStep {

    private static final long N = 100_000;

    @Override
    public String id() {
        return "robbins-monro-root";
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.ZH ? "Robbins-Monro：从带噪声的观测中求根"
                : "Robbins-Monro: a root from noisy observations";
    }

    @Override
    public void run(TourPage page) {
        page.problem("find w with g(w) = 0 when each observation is g(w) + Z, g(w) = 2 (w - 3)"
                        + " and Z standard normal noise; the root 3 is hidden from the method.",
                "每次只能观测 g(w) + Z，其中 g(w) = 2 (w - 3)，Z 为标准正态噪声；求 g(w) = 0 的根。"
                        + "方法并不知道根是 3。");
        page.method("Robbins-Monro w_k = w_(k-1) - a_k Y_k with a_k = 1/k^0.7, and the"
                        + " Polyak-Ruppert average of the iterates, 100,000 observations, seed 1.",
                "Robbins-Monro 迭代 w_k = w_(k-1) - a_k Y_k，步长 a_k = 1/k^0.7，"
                        + "再对迭代值做 Polyak-Ruppert 平均；共 100,000 次观测，随机种子 1。");
        page.say("The step 1/k^0.7 meets the Robbins-Monro conditions: its sum diverges, so the"
                        + " iterates can travel any distance, and the sum of its squares"
                        + " converges, so the noise averages out. Averaging the iterates then"
                        + " reaches the best possible error, noise/(slope sqrt(n)) = 0.0016.",
                "步长 1/k^0.7 满足 Robbins-Monro 条件：步长之和发散，迭代可以走任意远；步长平方和收敛，噪声被平均掉。"
                        + "再对迭代值取平均，误差可以达到理论最优值 noise/(slope sqrt(n)) = 0.0016。");
        NoisyLinearRoot problem = new NoisyLinearRoot(3, 2, 1);
        RootEstimate estimate = RobbinsMonro.with(StepSchedule.power(1, 0, 0.7)).maxIterations(N)
                .solve(problem, 0, 1L);
        double sd = Math.sqrt(problem.asymptoticMeanSquaredError(N));
        boolean zh = page.lang() == Lang.ZH;
        page.answer(zh ? "根的估计（平均）" : "root estimate (averaged)", Format.number(estimate.root()));
        page.answer(zh ? "最后一次迭代" : "last iterate", Format.number(estimate.last()[0]));
        page.put("root", estimate.root());
        page.put("lastIterate", estimate.last()[0]);
        page.put("theoreticalStandardDeviation", sd);
        // Five theoretical standard deviations: a false failure has probability below 1e-6.
        page.check("root against the known root 3", "根的估计与已知的根 3 比较", estimate.root(), 3,
                5 * sd / 3);
    }
}
