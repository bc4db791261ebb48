package io.github.numkit.cli.linalg;

import io.github.numkit.cli.Format;
import io.github.numkit.cli.tour.Lang;
import io.github.numkit.cli.tour.TourPage;
import io.github.numkit.cli.tour.TourStep;
import io.github.numkit.linalg.leastsquares.LeastSquares;
import io.github.numkit.linalg.leastsquares.LeastSquaresFit;

/** A cubic least-squares fit to data whose exact coefficients are known. */
public final class PolynomialFitStep implements TourStep {

    /** Creates the step. */
    public PolynomialFitStep() {
    }

    @Override
    public String id() {
        return "polynomial-fit";
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.ZH ? "多项式最小二乘拟合：系数已知的三次多项式" : "Polynomial least squares: a cubic with known coefficients";
    }

    @Override
    public void run(TourPage page) {
        page.problem("Fit y = β₀ + β₁t + β₂t² + β₃t³ to 41 points made from y = 2 − 3t + 0.5t³ plus a"
                        + " perturbation that no cubic can absorb. Which β comes out?",
                "用 y = β₀ + β₁t + β₂t² + β₃t³ 拟合 41 个数据点，数据由 y = 2 − 3t + 0.5t³ 加上一个三次多项式"
                        + "无法吸收的扰动构成。拟合出的 β 是多少？");
        page.say("Least squares minimises ‖Xβ − y‖², the quadratic form with A = XᵀX. The perturbation here is"
                        + " a multiple of the degree-4 discrete orthogonal polynomial on these points, which is"
                        + " orthogonal to every cubic, so the best cubic is exactly the one the data came from"
                        + " and the residual is the perturbation itself.",
                "最小二乘法最小化 ‖Xβ − y‖²，也就是 A = XᵀX 的二次型。这里的扰动是这些点上四次离散正交多项式"
                        + "的倍数，它与所有三次多项式正交，所以最佳三次多项式恰好就是生成数据的那个，"
                        + "残差就是扰动本身。");
        page.method("Householder QR of X (never XᵀX, which squares the condition number), refined with residuals"
                        + " in double-double arithmetic.",
                "对 X 做 Householder QR 分解（不构造 XᵀX，因为那会使条件数平方），再用双双精度（double-double，"
                        + "即两个 double 之和，约 32 位有效数字）计算残差，做迭代改进。");

        int m = 41;
        double[] t = new double[m];
        double[] y = new double[m];
        double[] expected = {2, -3, 0, 0.5};
        for (int i = 0; i < m; i++) {
            t[i] = (i - 20) / 10.0;
            y[i] = expected[0] + expected[1] * t[i] + expected[3] * t[i] * t[i] * t[i] + 0.1 * degreeFour(i - 20);
        }
        LeastSquaresFit fit = LeastSquares.fit(LeastSquares.polynomialDesign(t, 3), y);

        double[] beta = fit.coefficients();
        page.answer("β", Format.vector(beta));
        page.answer(page.lang() == Lang.ZH ? "标准差" : "standard deviations", Format.vector(fit.standardDeviations()));
        page.answer("R²", Format.number(fit.rSquared()));
        page.put("coefficients", beta);
        // The exact fit is the cubic itself. κ(X) is below 100 here, so 1e-12 leaves a wide margin over
        // the κ·ε error that rounding the data to doubles can cause.
        for (int k = 0; k < 4; k++) {
            page.check("β" + k + " against the coefficient that made the data", "β" + k + "（对照生成数据所用的系数）",
                    beta[k], expected[k], 1e-12);
        }
    }

    /**
     * Returns the degree-4 discrete orthogonal (Gram) polynomial on the integers −20..20, up to a
     * factor: it is orthogonal to 1, s, s², s³ over those points because it is even and its
     * moments against 1 and s² vanish.
     */
    private static double degreeFour(int s) {
        // P₄(s) = s⁴ − a·s² + b with a and b chosen so Σ P₄ = Σ s²P₄ = 0 over s = −20..20:
        // with S2 = Σs², S4 = Σs⁴, S6 = Σs⁶ and N = 41, a = (S6·N − S2·S4)/(S4·N − S2²) and
        // b = (a·S2 − S4)/N.
        double s2 = 0;
        double s4 = 0;
        double s6 = 0;
        for (int k = -20; k <= 20; k++) {
            double q = (double) k * k;
            s2 += q;
            s4 += q * q;
            s6 += q * q * q;
        }
        double n = 41;
        double a = (s6 * n - s2 * s4) / (s4 * n - s2 * s2);
        double b = (a * s2 - s4) / n;
        double q = (double) s * s;
        return (q * q - a * q + b) / 1e4;
    }
}
