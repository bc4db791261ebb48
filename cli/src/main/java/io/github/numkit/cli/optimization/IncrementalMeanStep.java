package io.github.numkit.cli.optimization;

import io.github.numkit.cli.Format;
import io.github.numkit.cli.tour.Lang;
import io.github.numkit.cli.tour.TourPage;
import io.github.numkit.cli.tour.TourStep;
import io.github.numkit.optimization.streaming.RunningMoments;

/** Tour step: the incremental mean and variance, and why Welford's update is used. */
public final class IncrementalMeanStep implements TourStep {

    private static final int N = 1_000;
    private static final double SHIFT = 1e9;

    @Override
    public String id() {
        return "incremental-mean";
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.ZH ? "增量均值：一次一个样本" : "The incremental mean, one sample at a time";
    }

    @Override
    public void run(TourPage page) {
        page.problem("the mean and variance of the values 1e9 + 1, 1e9 + 2, ..., 1e9 + 1000,"
                        + " seen one at a time and never stored.",
                "逐个读入数值 1e9 + 1, 1e9 + 2, ..., 1e9 + 1000，不保存它们，求均值和方差。");
        page.method("the update m_k = m_(k-1) + (x_k - m_(k-1))/k, which is stochastic"
                        + " approximation with step 1/k, and Welford's update of the sum of squared"
                        + " deviations.",
                "更新 m_k = m_(k-1) + (x_k - m_(k-1))/k，即步长为 1/k 的随机逼近；"
                        + "方差用 Welford 的平方偏差和更新。");
        page.say("Replacing 1/k by a general step a_k and the sample by a noisy observation gives"
                        + " the Robbins-Monro algorithm. The offset 1e9 is there because the"
                        + " textbook formula mean(x^2) - mean(x)^2 would lose every digit of the"
                        + " variance here, while Welford's update keeps them.",
                "把 1/k 换成一般的步长 a_k、把样本换成带噪声的观测，就得到 Robbins-Monro 算法。"
                        + "数据加上 1e9 的偏移是有意的：教科书公式 mean(x^2) - mean(x)^2 在这里会丢掉方差的全部有效数字，"
                        + "而 Welford 更新不会。");
        RunningMoments moments = new RunningMoments();
        for (int i = 1; i <= N; i++) {
            moments.add(SHIFT + i);
        }
        boolean zh = page.lang() == Lang.ZH;
        page.answer(zh ? "均值" : "mean", Format.number(moments.mean()));
        page.answer(zh ? "方差" : "variance", Format.number(moments.variance()));
        page.put("mean", moments.mean());
        page.put("variance", moments.variance());
        // Closed forms for 1, ..., n shifted by 1e9: mean 1e9 + (n + 1)/2, variance n(n + 1)/12.
        page.check("mean against 1e9 + (n + 1)/2", "均值与 1e9 + (n + 1)/2 比较", moments.mean(),
                SHIFT + (N + 1) / 2.0, 1e-15);
        page.check("variance against n(n + 1)/12", "方差与 n(n + 1)/12 比较", moments.variance(),
                N * (N + 1) / 12.0, 1e-9);
    }
}
