package io.github.numkit.calculus.directional;

import io.github.numkit.calculus.DerivativeEstimate;
import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.ScalarField;
import io.github.numkit.calculus.difference.Bounds;
import io.github.numkit.calculus.difference.FiniteDifference;
import io.github.numkit.calculus.difference.Richardson;
import io.github.numkit.calculus.dual.DualScalarField;
import io.github.numkit.calculus.dual.ForwardMode;
import io.github.numkit.calculus.validation.Arguments;

/**
 * The directional derivative D_u f(P₀) = lim_{t→0} (f(P₀ + t·u) − f(P₀))/t along the unit vector
 * u = v/‖v‖, computed three independent ways, and the direction of steepest ascent.
 *
 * <p>For a differentiable f, D_u f = ∇f(P₀)·u ({@link #throughGradient}); the same number comes
 * from one dual pass along u ({@link #byDual}) or one finite difference along u
 * ({@link #byDifference}) without the gradient. By the Cauchy–Schwarz inequality the largest value
 * over all u is ‖∇f‖, reached at u = ∇f/‖∇f‖ ({@link #steepestAscent}). Where f is not
 * differentiable, the one-sided derivative with t → 0⁺ may still exist in every direction, as for
 * |x| + |y| at the origin, where it is |u₁| + |u₂|; {@link #oneSided} computes it from values of f
 * and {@link #byDual} from dual numbers. A zero direction has no unit vector and is rejected with
 * an {@link IllegalArgumentException}. Stateless and thread-safe.
 */
public final class DirectionalDerivatives {

    private DirectionalDerivatives() {
    }

    /**
     * Returns the unit vector v/‖v‖.
     *
     * @param v the direction, finite and nonzero
     * @return a new unit vector
     * @throws IllegalArgumentException if v is empty, not finite or zero
     */
    public static double[] unit(double[] v) {
        Arguments.direction("v", v, -1);
        return Arguments.unit(v);
    }

    /**
     * Computes ∇f·v/‖v‖ from a gradient already computed, with the error estimate Σ|eᵢ·uᵢ|.
     *
     * @param gradient the gradient at P₀
     * @param v the direction, nonzero, of the gradient's dimension
     * @return the directional derivative
     * @throws IllegalArgumentException if v is zero or its dimension differs
     */
    public static DirectionalDerivative throughGradient(GradientEstimate gradient, double[] v) {
        Arguments.notNull("gradient", gradient);
        double[] g = gradient.values();
        double[] e = gradient.errorEstimates();
        Arguments.direction("v", v, g.length);
        double[] u = unit(v);
        double dot = 0;
        double error = 0;
        for (int k = 0; k < g.length; k++) {
            dot = Math.fma(g[k], u[k], dot);
            error += Math.abs(e[k] * u[k]);
        }
        return new DirectionalDerivative(dot, u, error, gradient.evaluations(), "gradient · unit vector ("
                + gradient.method() + ")");
    }

    /**
     * Computes the one-sided directional derivative in one pass of dual numbers seeded with u. For a
     * differentiable f it is D_u f. At a kink built from abs, min, max or hypot it is the exact
     * one-sided value.
     *
     * @param f the field
     * @param x the point P₀, read only
     * @param v the direction, nonzero
     * @return the directional derivative
     * @throws IllegalArgumentException if v is zero or a dimension differs
     * @throws io.github.numkit.calculus.dual.NotDifferentiableException if forward mode cannot decide,
     *     as for sqrt(x² + y²) at the origin; {@link #oneSided} then estimates the one-sided value
     */
    public static DirectionalDerivative byDual(DualScalarField f, double[] x, double[] v) {
        DerivativeEstimate d = ForwardMode.directional(f, x, v);
        return new DirectionalDerivative(d.value(), unit(v), 0, d.evaluations(), d.method());
    }

    /**
     * Computes D_u f by one central difference along u, without the gradient.
     *
     * @param f the field
     * @param x the point P₀, read only
     * @param v the direction, nonzero
     * @return the directional derivative with its error estimate
     * @throws IllegalArgumentException if v is zero or a dimension differs
     * @throws io.github.numkit.calculus.NonFiniteValueException if f is not finite at a node
     */
    public static DirectionalDerivative byDifference(ScalarField f, double[] x, double[] v) {
        DerivativeEstimate d = FiniteDifference.central().directional(f, x, v);
        return new DirectionalDerivative(d.value(), unit(v), d.errorEstimate(), d.evaluations(), d.method());
    }

    /**
     * Computes D_u f by Richardson extrapolation along u, without the gradient.
     *
     * @param f the field
     * @param x the point P₀, read only
     * @param v the direction, nonzero
     * @return the directional derivative with its error estimate
     * @throws IllegalArgumentException if v is zero or a dimension differs
     * @throws io.github.numkit.calculus.NonFiniteValueException if f is not finite near P₀
     */
    public static DirectionalDerivative byRichardson(ScalarField f, double[] x, double[] v) {
        DerivativeEstimate d = Richardson.create().directional(f, x, v);
        return new DirectionalDerivative(d.value(), unit(v), d.errorEstimate(), d.evaluations(), d.method());
    }

    /**
     * Computes the one-sided directional derivative lim_{t→0⁺} (f(P₀ + t·u) − f(P₀))/t from values
     * of f only, by Richardson extrapolation of one-sided differences on t ≥ 0. It exists for
     * functions with kinks, such as |x| + |y| at the origin, where the two-sided derivative does not.
     *
     * @param f the field
     * @param x the point P₀, read only
     * @param v the direction, nonzero
     * @return the one-sided derivative with its error estimate
     * @throws IllegalArgumentException if v is zero or a dimension differs
     * @throws io.github.numkit.calculus.NonFiniteValueException if f is not finite near P₀
     */
    public static DirectionalDerivative oneSided(ScalarField f, double[] x, double[] v) {
        Arguments.point("x", x, -1);
        Arguments.notNull("f", f);
        double[] u = unit(v);
        if (u.length != x.length) {
            throw new IllegalArgumentException("v must have dimension " + x.length + ", got " + u.length);
        }
        double[] point = x.clone();
        double[] along = new double[x.length];
        double scale = 0;
        for (int k = 0; k < x.length; k++) {
            scale = Math.max(scale, Math.max(Math.abs(x[k]), 1) * Math.abs(u[k]));
        }
        ScalarField line = t -> {
            for (int k = 0; k < along.length; k++) {
                along[k] = point[k] + t[0] * u[k];
            }
            return f.value(along);
        };
        DerivativeEstimate d = Richardson.create().withBounds(Bounds.atLeast(0)).withTypicalMagnitude(scale)
                .partial(line, new double[] {0.0}, 0);
        return new DirectionalDerivative(d.value(), u, d.errorEstimate(), d.evaluations(), "one-sided " + d.method());
    }

    /**
     * Returns the direction of steepest ascent ∇f/‖∇f‖ and its rate ‖∇f‖.
     *
     * @param gradient the gradient, finite
     * @return the direction and rate; the zero vector and rate 0 at a stationary point
     * @throws IllegalArgumentException if the gradient is empty or not finite
     */
    public static SteepestAscent steepestAscent(double[] gradient) {
        Arguments.point("gradient", gradient, -1);
        double norm = Arguments.norm(gradient);
        double[] u = norm > 0 ? Arguments.unit(gradient) : new double[gradient.length];
        return new SteepestAscent(u, norm);
    }
}
