package io.github.numkit.calculus.check;

import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.ScalarField;
import io.github.numkit.calculus.VectorField;
import io.github.numkit.calculus.difference.Richardson;
import io.github.numkit.calculus.validation.Arguments;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a hand-written gradient with a numerical one, coordinate by coordinate, to locate the
 * component with the bug.
 *
 * <p>The numerical gradient comes from {@link Richardson} extrapolation, accurate to about 1e-13
 * relative on smooth functions, so a tolerance of 1e-8 separates a correct formula from a wrong
 * one with a wide margin. Component i passes when |aᵢ − nᵢ| ≤ tol·max(|aᵢ|, |nᵢ|, 1e-300)
 * or when |aᵢ − nᵢ| is within the numerical error estimate. Stateless and thread-safe.
 */
public final class GradientCheck {

    private GradientCheck() {
    }

    /**
     * Checks the gradient at one point.
     *
     * @param f the function
     * @param gradient the hand-written gradient ∇f
     * @param x the point, read only
     * @param tolerance the relative tolerance, finite and &gt; 0; 1e-8 suits most uses
     * @return one row per coordinate
     * @throws IllegalArgumentException if an argument is invalid or the gradient's length is not
     *     the dimension of x
     * @throws io.github.numkit.calculus.NonFiniteValueException if f is not finite near x
     */
    public static GradientCheckReport check(ScalarField f, VectorField gradient, double[] x, double tolerance) {
        Arguments.point("x", x, -1);
        Arguments.notNull("f", f);
        Arguments.notNull("gradient", gradient);
        Arguments.positive("tolerance", tolerance);
        double[] analytic = gradient.value(x.clone());
        if (analytic == null || analytic.length != x.length) {
            throw new IllegalArgumentException("gradient must return " + x.length + " components, got "
                    + (analytic == null ? "null" : Integer.toString(analytic.length)));
        }
        GradientEstimate numerical = Richardson.create().gradient(f, x);
        double[] n = numerical.values();
        double[] e = numerical.errorEstimates();
        List<CoordinateCheck> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double difference = Math.abs(analytic[i] - n[i]);
            double size = Math.max(Math.max(Math.abs(analytic[i]), Math.abs(n[i])), 1e-300);
            double relative = difference == 0 ? 0 : difference / size;
            boolean passed = relative <= tolerance || difference <= e[i];
            rows.add(new CoordinateCheck(i, analytic[i], n[i], e[i], relative, passed));
        }
        return new GradientCheckReport(rows, tolerance, numerical.evaluations());
    }
}
