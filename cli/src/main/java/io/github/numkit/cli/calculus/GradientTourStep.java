package io.github.numkit.cli.calculus;

import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.difference.Richardson;
import io.github.numkit.calculus.directional.DirectionalDerivative;
import io.github.numkit.calculus.directional.DirectionalDerivatives;
import io.github.numkit.calculus.directional.SteepestAscent;
import io.github.numkit.calculus.dual.ForwardMode;
import io.github.numkit.calculus.expression.Expression;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.tour.Lang;
import io.github.numkit.cli.tour.TourPage;
import io.github.numkit.cli.tour.TourStep;

/** The textbook example: gradient and directional derivatives of x² + y² at (1, 2). */
public final class GradientTourStep implements TourStep {

    /** Creates the step. */
    public GradientTourStep() {
    }

    @Override
    public String id() {
        return "gradient";
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.ZH ? "梯度与方向导数：x² + y² 在 (1, 2)" : "Gradient and directional derivatives of x² + y² at (1, 2)";
    }

    @Override
    public void run(TourPage page) {
        Expression f = Expression.parse("x^2 + y^2");
        double[] p0 = {1, 2};
        page.problem("f(x, y) = x² + y² at P₀ = (1, 2). How fast does f change along (3, 4), along (1, 0),"
                        + " and in which direction fastest?",
                "f(x, y) = x² + y²，点 P₀ = (1, 2)。沿 (3, 4) 和 (1, 0) 方向 f 变化多快？沿哪个方向变化最快？");
        page.say("The partial derivatives are the rates along the axes; together they form the gradient ∇f."
                        + " The directional derivative along v is ∇f·v/‖v‖: only the unit vector counts, not the length of v.",
                "偏导数是沿坐标轴方向的变化率，它们合起来就是梯度 ∇f。沿 v 的方向导数等于 ∇f·v/‖v‖："
                        + "起作用的只是单位向量，与 v 的长度无关。");
        page.method("dual numbers: one pass of f per variable gives each partial derivative exactly;"
                        + " one pass seeded with v gives ∇f·v, because the derivative part is linear in the seed,"
                        + " and dividing by ‖v‖ gives the directional derivative.",
                "对偶数：每个变量算一遍 f，就精确得到对应的偏导数；用 v 作种子再算一遍得到 ∇f·v"
                        + "（导数部分对种子是线性的），除以 ‖v‖ 就是方向导数。");

        GradientEstimate g = ForwardMode.gradient(f, p0);
        DirectionalDerivative along34 = DirectionalDerivatives.byDual(f, p0, new double[] {3, 4});
        DirectionalDerivative along10 = DirectionalDerivatives.byDual(f, p0, new double[] {1, 0});
        SteepestAscent ascent = DirectionalDerivatives.steepestAscent(g.values());

        page.answer("∇f(1, 2)", Format.vector(g.values()));
        boolean zh = page.lang() == Lang.ZH;
        page.answer("D_(3,4) f", Format.number(along34.value()) + (zh ? "  （单位向量 " : "  (unit vector ")
                + Format.vector(along34.unitDirection()) + (zh ? "）" : ")"));
        page.answer("D_(1,0) f", Format.number(along10.value()));
        page.answer("max D_u f = ‖∇f‖", Surds.norm(g.values(), ascent.rate()) + (zh ? "，方向 " : " along ")
                + Surds.direction(g.values()));
        page.put("gradient", g.values());
        page.put("along34", along34.value());
        page.put("along10", along10.value());
        page.put("gradientNorm", ascent.rate());

        page.say("Independent checks: by hand ∇f = (2x, 2y) = (2, 4) and ∇f·(0.6, 0.8) = 4.4; Richardson"
                        + " extrapolation of differences along (3, 4) uses only values of f.",
                "独立验证：手算 ∇f = (2x, 2y) = (2, 4)，∇f·(0.6, 0.8) = 4.4；沿 (3, 4) 的 Richardson 外推只用 f 的函数值。");
        page.check("∂f/∂x against 2x", "∂f/∂x 与 2x 比较", g.values()[0], 2, 0);
        page.check("∂f/∂y against 2y", "∂f/∂y 与 2y 比较", g.values()[1], 4, 0);
        page.check("D_(3,4) f against the hand value 22/5", "D_(3,4) f 与手算值 22/5 比较", along34.value(), 22.0 / 5, 1e-15);
        DirectionalDerivative byValues = DirectionalDerivatives.byRichardson(f, p0, new double[] {3, 4});
        page.check("D_(3,4) f against Richardson extrapolation", "D_(3,4) f 与 Richardson 外推比较", along34.value(), byValues.value(), 1e-12);
        page.check("‖∇f‖ against √20", "‖∇f‖ 与 √20 比较", ascent.rate(), Math.sqrt(20), 1e-15);
        DirectionalDerivative steepest = DirectionalDerivatives.byDual(f, p0, ascent.direction());
        page.check("D_u f along ∇f/‖∇f‖ against ‖∇f‖", "沿 ∇f/‖∇f‖ 的 D_u f 与 ‖∇f‖ 比较", steepest.value(), ascent.rate(), 1e-15);
    }
}
