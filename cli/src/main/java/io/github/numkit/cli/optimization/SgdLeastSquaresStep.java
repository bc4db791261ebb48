package io.github.numkit.cli.optimization;

import io.github.numkit.cli.Format;
import io.github.numkit.cli.tour.Lang;
import io.github.numkit.cli.tour.TourPage;
import io.github.numkit.cli.tour.TourStep;
import io.github.numkit.optimization.descent.DescentResult;
import io.github.numkit.optimization.descent.GradientDescent;
import io.github.numkit.optimization.descent.LeastSquares;
import io.github.numkit.optimization.schedule.StepSchedule;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Tour step: stochastic gradient descent against the exact least-squares solution. */
public final class SgdLeastSquaresStep implements TourStep {

    private static final int M = 200;

    @Override
    public String id() {
        return "sgd-least-squares";
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.ZH ? "随机梯度下降与精确的最小二乘解"
                : "Stochastic gradient descent against the exact least-squares answer";
    }

    @Override
    public void run(TourPage page) {
        page.problem("fit y = w0 + w1 x1 + w2 x2 to 200 points made from y = 3 + 2 x1 - x2 plus"
                        + " noise of size 0.1, x uniform on [-1, 1] (seed 7).",
                "用 y = w0 + w1 x1 + w2 x2 拟合 200 个点；数据由 y = 3 + 2 x1 - x2 加上 0.1 量级的噪声生成，"
                        + "x 在 [-1, 1] 上均匀分布（随机种子 7）。");
        page.method("single-sample stochastic gradient descent, one row per step, rows"
                        + " reshuffled every epoch, step 6/(k + 50), 200 epochs.",
                "单样本随机梯度下降：每步用一行数据，每轮重新打乱顺序，步长 6/(k + 50)，共 200 轮。");
        page.say("Each step uses the gradient of one squared residual, a noisy but unbiased"
                        + " estimate of the full gradient. The exact minimiser comes from a"
                        + " Householder QR factorisation X = QR, solving R w = Q^T y.",
                "每一步只用一个残差平方的梯度，它是完整梯度的无偏但带噪声的估计。"
                        + "精确的最小值点来自 Householder QR 分解 X = QR，再解 R w = Q^T y。");

        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        double[][] x = new double[M][2];
        double[] y = new double[M];
        for (int i = 0; i < M; i++) {
            x[i][0] = 2 * rng.nextDouble() - 1;
            x[i][1] = 2 * rng.nextDouble() - 1;
            y[i] = 3 + 2 * x[i][0] - x[i][1] + 0.1 * (2 * rng.nextDouble() - 1) * Math.sqrt(3);
        }
        LeastSquares problem = LeastSquares.of(x, y, true);
        DescentResult result = GradientDescent.stochastic(StepSchedule.power(6, 50, 1))
                .epochs(200).minimize(problem, new double[3], 7L);
        double[] exact = problem.exactMinimiser();
        double[] w = result.point();

        boolean zh = page.lang() == Lang.ZH;
        page.answer(zh ? "系数" : "coefficients", Format.vector(w));
        page.answer(zh ? "精确解" : "exact minimiser", Format.vector(exact));
        page.put("coefficients", w);
        page.put("exact", exact);
        // Reshuffled SGD with this step reaches about 1e-5 of the minimiser after 200 epochs.
        String[] names = {"w0", "w1", "w2"};
        for (int j = 0; j < 3; j++) {
            page.check(names[j] + " against the QR solution", names[j] + " 与 QR 分解的解比较", w[j],
                    exact[j], 1e-3);
        }
    }
}
