package io.github.numkit.cli.probability;

import io.github.numkit.cli.Format;
import io.github.numkit.cli.tour.Lang;
import io.github.numkit.cli.tour.TourPage;
import io.github.numkit.cli.tour.TourStep;
import io.github.numkit.probability.walk.Binomial;
import io.github.numkit.probability.walk.SimpleWalk;
import io.github.numkit.probability.walk.StepDistribution;

/** Tour step: where the walker is after n steps, exactly and far into the tails. */
public final class WalkDistributionStep implements TourStep {

    @Override
    public String id() {
        return "walk-distribution";
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.ZH ? "随机游走 n 步后的位置分布" : "Where a random walk is after n steps";
    }

    @Override
    public void run(TourPage page) {
        page.problem("A walker starts at 0 and steps +1 with probability p = 0.45, else -1. What is P(S_1000 = -100),"
                        + " and how likely is S_1000 = 998, far below the smallest double?",
                "游走者从 0 出发，每一步以概率 p = 0.45 向右走一格，否则向左走一格。P(S_1000 = -100) 是多少？"
                        + "S_1000 = 998 的概率远小于 double 能表示的最小值，又该如何给出？");
        page.method("The position has generating function (ps + q/s)ⁿ, so S_n = 2X − n with X binomial. Binomial"
                        + " terms come from Loader's saddle-point form, which subtracts nothing large and keeps the relative"
                        + " error below 3e-13 up to n = 1e9 in the module's tests; below the smallest double it returns the logarithm.",
                "位置的生成函数是 (ps + q/s)ⁿ，所以 S_n = 2X − n，其中 X 服从二项分布。二项概率用 Loader 的鞍点公式计算，"
                        + "它不做大数相减，在模块的测试中 n 达到 1e9 时相对误差仍低于 3e-13；概率小于 double 的最小值时返回其对数。");
        SimpleWalk walk = SimpleWalk.of(0.45);
        double probability = walk.probability(1000, -100);
        double logTail = walk.logProbability(1000, 998);
        page.answer("P(S_1000 = -100)", Format.number(probability));
        page.answer("log P(S_1000 = 998)", Format.number(logTail));
        page.put("probability", probability);
        page.put("logTailProbability", logTail);
        page.say("The independent value squares the Laurent polynomial 0.55/s + 0.45 s ten times over, by direct"
                        + " convolution; S_1000 = 998 needs exactly one step down, so its probability is 1000 · 0.45⁹⁹⁹ · 0.55.",
                "独立的对照值用直接卷积把洛朗多项式 0.55/s + 0.45 s 反复平方得到；S_1000 = 998 恰好需要一次向左的步子，所以它的概率是 1000 · 0.45⁹⁹⁹ · 0.55。");
        double bySquaring = StepDistribution.simple(0.45).distribution(1000).coefficient(-100);
        page.check("P(S_1000 = -100) against repeated squaring of the generating function",
                "P(S_1000 = -100) 与生成函数反复平方的结果对照", probability, bySquaring,
                1e-12);
        page.check("log P(S_1000 = 998) against log(1000 · 0.45⁹⁹⁹ · 0.55)", "log P(S_1000 = 998) 与 log(1000 · 0.45⁹⁹⁹ · 0.55) 对照",
                logTail,
                Math.log(1000) + 999 * Math.log(0.45) + Math.log(0.55), 1e-13);

        page.say("A case from the field: ten million trials with p = 1e-4 and exactly 1000 successes, where log-gamma"
                        + " differences lose six digits.",
                "一个实际案例：一千万次试验、p = 1e-4、恰好 1000 次成功。用对数伽马函数相减会丢失六位有效数字。");
        double field = Binomial.probability(10_000_000, 1000, 1e-4);
        page.answer("P(X = 1000), n = 1e7, p = 1e-4", Format.number(field));
        page.put("fieldCase", field);
        // 40-digit value from mpmath 1.3.0: binomial(10^7, 1000) p^1000 (1 - p)^9999000 with p the double 1e-4.
        page.check("binomial n = 1e7 against a 40-digit mpmath value", "n = 1e7 的二项概率与 mpmath 的 40 位数值对照",
                field, 0.01261524212658715700858928833, 1e-12);
    }
}
