package io.github.numkit.cli.probability;

import io.github.numkit.cli.Format;
import io.github.numkit.cli.tour.Lang;
import io.github.numkit.cli.tour.TourPage;
import io.github.numkit.cli.tour.TourStep;
import io.github.numkit.probability.walk.LatticeWalk;
import io.github.numkit.probability.walk.PolyaConstant;

/** Tour step: Pólya's return probability on the cubic lattice. */
public final class PolyaConstantStep implements TourStep {

    @Override
    public String id() {
        return "polya-constant";
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.ZH ? "三维格点上的波利亚常数" : "Pólya's constant in three dimensions";
    }

    @Override
    public void run(TourPage page) {
        page.problem("A walker on the cubic lattice ℤ³ steps to one of its six neighbours at random. What is the"
                        + " probability that it ever comes back to where it started?",
                "三维立方格点 ℤ³ 上的游走者每一步随机走到六个相邻格点之一。它最终回到出发点的概率是多少？");
        page.method("The expected number of visits u = Σ P(S_2n = 0) is Watson's integral, whose closed form is"
                        + " √6/(32π³) Γ(1/24) Γ(5/24) Γ(7/24) Γ(11/24), and the return probability is"
                        + " 1 − 1/u. In one and two dimensions u is infinite and the walk surely returns.",
                "访问原点的期望次数 u = Σ P(S_2n = 0) 就是 Watson 积分，它的闭式为 √6/(32π³) Γ(1/24)"
                        + " Γ(5/24) Γ(7/24) Γ(11/24)；回到原点的概率为 1 − 1/u。在一维和二维中 u 是无穷大，"
                        + "游走必然回到原点。");
        PolyaConstant closedForm = LatticeWalk.polyaConstant();
        page.answer(page.lang() == Lang.ZH ? "P(在 ℤ³ 中终将返回)" : "P(ever return in ℤ³)",
                Format.number(closedForm.returnProbability()));
        page.answer("u", Format.number(closedForm.expectedVisits()));
        page.put("returnProbability", closedForm.returnProbability());
        page.put("expectedVisits", closedForm.expectedVisits());
        page.say("The independent value integrates e^(−t) I₀(t/3)³ numerically, another form of the same integral.",
                "独立的对照值是对 e^(−t) I₀(t/3)³ 做数值积分，这是同一个积分的另一种形式。");
        PolyaConstant integral = LatticeWalk.polyaConstantByIntegral();
        page.check("Pólya's constant against the numerical Bessel integral", "波利亚常数与贝塞尔积分的数值结果对照",
                closedForm.returnProbability(),
                integral.returnProbability(), 1e-12);
        page.check("Pólya's constant against the published digits 0.3405373296", "波利亚常数与已发表的数字 0.3405373296 对照",
                closedForm.returnProbability(),
                0.3405373296, 2e-10);
    }
}
