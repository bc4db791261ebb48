package io.github.numkit.cli.linalg;

import io.github.numkit.cli.Format;
import io.github.numkit.cli.tour.Lang;
import io.github.numkit.cli.tour.TourPage;
import io.github.numkit.cli.tour.TourStep;
import io.github.numkit.linalg.quadratic.Classification;
import io.github.numkit.linalg.quadratic.QuadraticForm;
import io.github.numkit.linalg.quadratic.QuadraticSolution;

/** A saddle: a stationary point that is neither a minimum nor a maximum. */
public final class SaddleStep implements TourStep {

    /** Creates the step. */
    public SaddleStep() {
    }

    @Override
    public String id() {
        return "quadratic-saddle";
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.ZH ? "鞍点：x² + 4xy + y² − 2x + 2y" : "A saddle: x² + 4xy + y² − 2x + 2y";
    }

    @Override
    public void run(TourPage page) {
        page.problem("Does f(x, y) = x² + 4xy + y² − 2x + 2y have a minimum or a maximum?",
                "f(x, y) = x² + 4xy + y² − 2x + 2y 有最小值或最大值吗？");
        page.say("The gradient vanishes at one point, but A = [[1, 2], [2, 1]] has eigenvalues 3 and −1 of"
                        + " opposite signs: along one eigenvector f curves up, along the other it curves down. That"
                        + " point is a saddle, and f has no extremum at all.",
                "梯度只在一个点为零，但 A = [[1, 2], [2, 1]] 的特征值是 3 和 −1，符号相反：沿一个特征向量 f"
                        + " 向上弯，沿另一个向下弯。这个点是鞍点，f 根本没有极值。");
        page.method("symmetric eigendecomposition of A (Cholesky fails on an indefinite matrix); the eigenvector of"
                        + " the negative eigenvalue is a direction of unbounded decrease.",
                "对 A 做对称特征分解（不定矩阵的 Cholesky 分解会失败）；负特征值对应的特征向量就是 f"
                        + " 无限减小的方向。");

        QuadraticForm form = QuadraticForm.ofCoefficients(new double[][] {{1, 4}, {0, 1}}, new double[] {-2, 2}, 0);
        QuadraticSolution solution = form.solve(2);
        Classification c = solution.classification();
        double[] x = solution.point();
        double[] down = c.decreasingDirection();

        Lang lang = page.lang();
        page.answer(TourWords.pick(lang, "classification", "分类"), TourWords.definiteness(c.definiteness(), lang)
                + TourWords.pick(lang, ", ", "，") + TourWords.extremum(c.extremum(), lang));
        page.answer(TourWords.pick(lang, "eigenvalues", "特征值"), Format.vector(c.eigenvalues()));
        page.answer(TourWords.pick(lang, "saddle point x*", "鞍点 x*"), Format.vector(x));
        page.answer(TourWords.pick(lang, "f decreases without bound along", "f 无限减小的方向"), Format.vector(down));
        page.put("point", x);
        page.put("eigenvalues", c.eigenvalues());
        // By Cramer's rule 2Ax = −b gives x* = (−1, 1); along a unit eigenvector d of λ = −1,
        // f(x* + t·d) = f(x*) − t² exactly.
        page.check("x₁* against Cramer's rule", "x₁*（对照克拉默法则）", x[0], -1, 1e-15);
        page.check("x₂* against Cramer's rule", "x₂*（对照克拉默法则）", x[1], 1, 1e-15);
        double t = 10;
        double[] moved = {x[0] + t * down[0], x[1] + t * down[1]};
        page.check("f(x* + 10·d) − f(x*) against −10²", "f(x* + 10·d) − f(x*)（对照 −10²）",
                form.value(moved) - solution.value(), -t * t, 1e-13);
    }
}
