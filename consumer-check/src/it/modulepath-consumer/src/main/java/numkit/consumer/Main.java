package numkit.consumer;

import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.difference.FiniteDifference;
import io.github.numkit.calculus.directional.DirectionalDerivatives;
import io.github.numkit.calculus.dual.ForwardMode;
import io.github.numkit.calculus.expression.Expression;
import io.github.numkit.linalg.quadratic.Extremum;
import io.github.numkit.linalg.quadratic.QuadraticForm;
import io.github.numkit.linalg.quadratic.QuadraticSolution;

/**
 * Uses two numkit modules as named modules on the module path and exits non-zero unless
 * both give the closed-form results.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // f(x, y) = 2x² + 4y² − 4x − 8y has its minimum where ∇f = (4x − 4, 8y − 8) = 0, at (1, 1).
        QuadraticForm form = QuadraticForm.of(new double[][] {{2, 0}, {0, 4}}, new double[] {-4, -8}, 0);
        QuadraticSolution solution = form.solve();
        require(solution.classification().extremum() == Extremum.MINIMUM, "classified as a minimum");
        require(close(solution.point()[0], 1) && close(solution.point()[1], 1), "minimiser (1, 1)");
        require(close(solution.value(), -6), "minimum value -6");

        // ∇(x² + y²) at (1, 2) is (2, 4).
        GradientEstimate gradient = FiniteDifference.central()
                .gradient(x -> x[0] * x[0] + x[1] * x[1], new double[] {1, 2});
        require(close(gradient.values()[0], 2) && close(gradient.values()[1], 4), "gradient (2, 4)");

        // The README's calculus example: a parsed expression differentiated exactly by dual numbers.
        Expression f = Expression.parse("x^2 + y^2");
        double[] p0 = {1, 2};
        require(ForwardMode.gradient(f, p0).values()[1] == 4, "dual-number gradient (2, 4)");
        require(DirectionalDerivatives.byDual(f, p0, new double[] {3, 4}).value() == 4.4, "D_(3,4) f = 4.4");

        System.out.println("module-path consumer: numkit-linalg and numkit-calculus work");
    }

    private static boolean close(double actual, double expected) {
        return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("module-path consumer: expected " + what);
        }
    }
}
