package io.github.numkit.cli.probability;

import io.github.numkit.cli.Format;
import io.github.numkit.cli.tour.Lang;
import io.github.numkit.cli.tour.TourPage;
import io.github.numkit.cli.tour.TourStep;
import io.github.numkit.probability.series.ExactPowerSeries;
import io.github.numkit.probability.walk.FirstReturn;
import io.github.numkit.probability.walk.ReturnTime;
import org.apache.commons.numbers.fraction.BigFraction;

/** Tour step: the first return to 0, from its generating function. */
public final class FirstReturnStep implements TourStep {

    @Override
    public String id() {
        return "walk-first-return";
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.ZH ? "首次回到原点" : "The first return to the origin";
    }

    @Override
    public void run(TourPage page) {
        page.problem("For the fair walk, what is the probability that the first return to 0 happens at step 20, does"
                        + " the walk surely return, and how long does it take on average?",
                "对称随机游走第一次回到 0 恰好发生在第 20 步的概率是多少？它是否必然回到原点？平均需要多少步？");
        page.method("The first-return time has generating function F(s) = 1 − √(1 − 4pqs²), so f_2n = u_2n/(2n − 1)"
                        + " with u_2n = P(S_2n = 0). F(1) = 1 − |p − q| is the probability of ever returning, and F′(1)"
                        + " is the mean.",
                "首次回到原点的时间的生成函数是 F(s) = 1 − √(1 − 4pqs²)，因此 f_2n = u_2n/(2n − 1)，"
                        + "其中 u_2n = P(S_2n = 0)。F(1) = 1 − |p − q| 是最终回到原点的概率，F′(1) 是平均回归时间。");
        FirstReturn returns = FirstReturn.of(0.5);
        double f20 = returns.firstReturnProbability(20);
        ReturnTime time = returns.returnTime();
        page.answer("f_20", Format.number(f20));
        page.answer(page.lang() == Lang.ZH ? "P(终将返回)" : "P(ever return)", Format.number(time.everReturnProbability()));
        String mean = Format.number(time.mean());
        page.answer("E[T]", page.lang() == Lang.ZH && Double.isInfinite(time.mean()) ? "无穷大（" + mean + "）" : mean);
        page.say("At p = 1/2 the walk returns with probability 1, yet the mean return time is infinite: f_2n decays"
                        + " like n^(−3/2), too slowly for the sum of 2n f_2n to converge.",
                "当 p = 1/2 时，游走以概率 1 回到原点，但平均回归时间却是无穷大：f_2n 按 n^(−3/2) 衰减，"
                        + "衰减太慢，使得 2n f_2n 的和发散。");
        page.put("f20", f20);
        page.put("everReturnProbability", time.everReturnProbability());
        ExactPowerSeries exact = FirstReturn.exactGeneratingFunction(BigFraction.of(1, 2), 20);
        page.say("The independent value is the coefficient of s²⁰ in 1 − √(1 − s²), computed in exact rational"
                        + " arithmetic: " + exact.coefficient(20) + ".",
                "独立的对照值是用精确有理数运算得到的 1 − √(1 − s²) 中 s²⁰ 的系数：" + exact.coefficient(20) + "。");
        page.check("f_20 against the exact series coefficient", "f_20 与精确级数系数对照", f20, exact.coefficient(20).doubleValue(), 1e-15);
        double biased = FirstReturn.of(0.6).everReturnProbability();
        page.check("P(ever return) at p = 0.6 against 1 − |0.6 − 0.4|", "p = 0.6 时的 P(终将返回) 与 1 − |0.6 − 0.4| 对照",
                biased, 0.8, 1e-15);
    }
}
