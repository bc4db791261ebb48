package io.github.numkit.cli.linalg;

import io.github.numkit.cli.Format;
import io.github.numkit.cli.tour.Lang;
import io.github.numkit.cli.tour.TourPage;
import io.github.numkit.cli.tour.TourStep;
import io.github.numkit.linalg.exact.ExactQuadratic;
import io.github.numkit.linalg.exact.ExactSolution;
import io.github.numkit.linalg.quadratic.QuadraticForm;
import io.github.numkit.linalg.quadratic.QuadraticSolution;

/** A two-variable quadratic typed as its coefficients, and its minimum. */
public final class QuadraticMinimumStep implements TourStep {

    /** Creates the step. */
    public QuadraticMinimumStep() {
    }

    @Override
    public String id() {
        return "quadratic-minimum";
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.ZH ? "二次函数的最小值：3x² + 2xy + 2y² − 8x − 4y + 1"
                : "Minimum of the quadratic 3x² + 2xy + 2y² − 8x − 4y + 1";
    }

    @Override
    public void run(TourPage page) {
        page.problem("Where does f(x, y) = 3x² + 2xy + 2y² − 8x − 4y + 1 take its smallest value, and is there one?",
                "f(x, y) = 3x² + 2xy + 2y² − 8x − 4y + 1 在哪里取得最小值？最小值存在吗？");
        page.say("Typed as coefficients, the xy term 2xy can sit in a₁₂ or a₂₁: only their sum matters, so the"
                        + " symmetric matrix A = [[3, 1], [1, 2]] carries it, with b = (−8, −4) and c = 1. Both"
                        + " eigenvalues of A are positive, so f is a bowl with exactly one lowest point.",
                "按系数输入时，交叉项 2xy 可以写在 a₁₂ 或 a₂₁：只有两者之和起作用，所以对称矩阵"
                        + " A = [[3, 1], [1, 2]] 表示它，b = (−8, −4)，c = 1。A 的两个特征值都是正数，"
                        + "所以 f 的图像是一个碗，恰好有一个最低点。");
        page.method("the minimum solves ∇f = 2Ax + b = 0; Cholesky factorisation of A, then the same problem in"
                        + " exact fractions as the independent check.",
                "最小值点满足 ∇f = 2Ax + b = 0；先对 A 做 Cholesky 分解求解，再用精确分数重新求解作为独立验证。");

        double[][] coefficients = {{3, 2}, {0, 2}};
        double[] b = {-8, -4};
        QuadraticForm form = QuadraticForm.ofCoefficients(coefficients, b, 1);
        QuadraticSolution solution = form.solve(2);
        ExactSolution exact = ExactQuadratic.solve(coefficients, b, 1);

        double[] x = solution.point();
        Lang lang = page.lang();
        page.answer(TourWords.pick(lang, "classification", "分类"),
                TourWords.extremum(solution.classification().extremum(), lang));
        page.answer("x*", Format.vector(x));
        page.answer(TourWords.pick(lang, "x* exactly", "x* 的精确值"),
                "(" + exact.point()[0] + ", " + exact.point()[1] + ")");
        page.answer("f(x*)", Format.number(solution.value()) + " = " + exact.value());
        page.put("point", x);
        page.put("value", solution.value());
        page.check("x₁* against the exact fraction 6/5", "x₁*（对照精确分数 6/5）", x[0],
                exact.point()[0].doubleValue(), 1e-15);
        page.check("x₂* against the exact fraction 2/5", "x₂*（对照精确分数 2/5）", x[1],
                exact.point()[1].doubleValue(), 1e-15);
        // Closed form for a 2×2 system by Cramer's rule: f(x*) = c − bᵀA⁻¹b/4.
        double det = 3 * 2 - 1 * 1;
        double bInverseB = (2 * b[0] * b[0] - 2 * b[0] * b[1] + 3 * b[1] * b[1]) / det;
        page.check("f(x*) against c − bᵀA⁻¹b/4", "f(x*)（对照 c − bᵀA⁻¹b/4）", solution.value(), 1 - bInverseB / 4,
                1e-15);
    }
}
