package io.github.numkit.cli.probability;

import io.github.numkit.cli.Format;
import io.github.numkit.cli.tour.Lang;
import io.github.numkit.cli.tour.TourPage;
import io.github.numkit.cli.tour.TourStep;
import io.github.numkit.probability.walk.DurationDistribution;
import io.github.numkit.probability.walk.GamblersRuin;

/** Tour step: gambler's ruin, with a slightly unfair coin. */
public final class GamblersRuinStep implements TourStep {

    @Override
    public String id() {
        return "gamblers-ruin";
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.ZH ? "赌徒破产问题" : "Gambler's ruin";
    }

    @Override
    public void run(TourPage page) {
        page.problem("A gambler with 10 units bets one unit at a time, winning with probability p = 0.49, and stops at 0"
                        + " or at 20. How likely is ruin, and how long does the game last on average?",
                "一位赌徒有 10 个单位的本钱，每次押 1 个单位，赢的概率是 p = 0.49，输光或达到 20 时停止。"
                        + "破产的概率是多少？游戏平均持续多少局？");
        page.method("With r = q/p the ruin probability is (r^i − r^N)/(1 − r^N), which cancels badly near p = 1/2,"
                        + " so the library rewrites it with λ = log(q/p) as ratios of expm1, and sums a series for"
                        + " the duration when Nλ is small.",
                "记 r = q/p，破产概率为 (r^i − r^N)/(1 − r^N)，当 p 接近 1/2 时会出现严重的相消误差；"
                        + "程序库用 λ = log(q/p) 把它改写为 expm1 的比值，并在 Nλ 较小时对期望持续时间求级数。");
        GamblersRuin game = GamblersRuin.of(0.49, 10, 20);
        double ruin = game.ruinProbability();
        double duration = game.expectedDuration();
        page.answer(page.lang() == Lang.ZH ? "P(破产)" : "P(ruin)", Format.number(ruin));
        page.answer(page.lang() == Lang.ZH ? "E[持续时间]" : "E[duration]", Format.number(duration));
        page.put("ruinProbability", ruin);
        page.put("expectedDuration", duration);
        page.say("The independent values propagate the distribution of the fortune step by step for 20000 steps and"
                        + " add up the mass absorbed at 0, and n times the mass absorbed at step n.",
                "独立的对照值是把赌徒财富的分布逐步推进 20000 步，累加在 0 处被吸收的概率，以及 n 乘以第 n 步被吸收的概率。");
        DurationDistribution distribution = game.durationDistribution(20_000);
        double ruinByPropagation = 0;
        double meanByPropagation = 0;
        for (int n = 0; n < distribution.probabilities().length; n++) {
            ruinByPropagation += distribution.ruinProbabilities()[n];
            meanByPropagation += n * distribution.probabilities()[n];
        }
        page.check("P(ruin) against the propagated distribution", "P(破产) 与逐步推进的分布对照", ruin, ruinByPropagation, 1e-12);
        page.check("E[duration] against the propagated distribution", "E[持续时间] 与逐步推进的分布对照", duration, meanByPropagation, 1e-12);
    }
}
