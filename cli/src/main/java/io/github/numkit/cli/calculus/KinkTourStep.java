package io.github.numkit.cli.calculus;

import io.github.numkit.calculus.directional.DirectionalDerivative;
import io.github.numkit.calculus.directional.DirectionalDerivatives;
import io.github.numkit.calculus.dual.ForwardMode;
import io.github.numkit.calculus.dual.NotDifferentiableException;
import io.github.numkit.calculus.expression.Expression;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.tour.Lang;
import io.github.numkit.cli.tour.TourPage;
import io.github.numkit.cli.tour.TourStep;

/** Directional derivatives without a gradient: |x| + |y| at the origin. */
public final class KinkTourStep implements TourStep {

    /** Creates the step. */
    public KinkTourStep() {
    }

    @Override
    public String id() {
        return "one-sided-derivative";
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.ZH ? "没有梯度的方向导数：|x| + |y| 在原点" : "Directional derivatives without a gradient: |x| + |y| at the origin";
    }

    @Override
    public void run(TourPage page) {
        Expression f = Expression.parse("abs(x) + abs(y)");
        double[] origin = {0, 0};
        page.problem("f(x, y) = |x| + |y| at (0, 0). Does f have a gradient there? How fast does f grow along (3, 4)?",
                "f(x, y) = |x| + |y|，点 (0, 0)。f 在这里有梯度吗？沿 (3, 4) 方向 f 增长多快？");
        page.say("Along the x axis f grows with slope 1 to the right and also to the left, so the two one-sided"
                        + " slopes are not opposite and ∂f/∂x does not exist. Yet the one-sided directional derivative"
                        + " lim (f(t·u) − f(0))/t for t → 0⁺ exists in every direction: it is |u₁| + |u₂|.",
                "沿 x 轴，f 向右和向左的斜率都是 1，两个单侧斜率不互为相反数，所以 ∂f/∂x 不存在。"
                        + "但每个方向上的单侧方向导数 lim (f(t·u) − f(0))/t（t → 0⁺）都存在，等于 |u₁| + |u₂|。");
        page.method("dual numbers seeded with the direction: abs at 0 takes the sign of the derivative part,"
                        + " which gives the one-sided derivative, and dividing by ‖v‖ scales it to the unit vector;"
                        + " a pass along −eᵢ shows the missing gradient.",
                "以方向向量为种子的对偶数：abs 在 0 处取导数部分的符号，得到单侧导数，再除以 ‖v‖ 换算到单位向量；"
                        + "再沿 −eᵢ 算一遍即可发现梯度不存在。");

        String gradient;
        try {
            gradient = Format.vector(ForwardMode.gradient(f, origin).values());
        } catch (NotDifferentiableException e) {
            gradient = page.lang() == Lang.ZH ? "不存在（沿 +x 与 −x 的单侧导数都是 1）"
                    : "none (the one-sided derivatives along +x and −x are both 1)";
        }
        DirectionalDerivative along34 = DirectionalDerivatives.byDual(f, origin, new double[] {3, 4});
        DirectionalDerivative back = DirectionalDerivatives.byDual(f, origin, new double[] {-3, -4});
        DirectionalDerivative byValues = DirectionalDerivatives.oneSided(f, origin, new double[] {3, 4});

        page.answer("∇f(0, 0)", gradient);
        page.answer("D⁺_(3,4) f", Format.number(along34.value()));
        page.answer("D⁺_(−3,−4) f", Format.number(back.value()));
        page.put("along34", along34.value());
        page.put("alongMinus34", back.value());

        page.say("Both directions give 7/5 = 1.4: the rate is positive whichever way you leave the origin,"
                        + " which no linear map ∇f·u can do.",
                "两个相反方向都得到 7/5 = 1.4：无论从哪个方向离开原点，f 都在增长，任何线性函数 ∇f·u 都做不到这一点。");
        page.check("D⁺_(3,4) f against |0.6| + |0.8|", "D⁺_(3,4) f 与 |0.6| + |0.8| 比较", along34.value(), 1.4, 1e-15);
        page.check("D⁺_(−3,−4) f against |−0.6| + |−0.8|", "D⁺_(−3,−4) f 与 |−0.6| + |−0.8| 比较", back.value(), 1.4, 1e-15);
        page.check("D⁺_(3,4) f against one-sided extrapolation of values", "D⁺_(3,4) f 与只用函数值的单侧外推比较", along34.value(), byValues.value(), 1e-12);
    }
}
