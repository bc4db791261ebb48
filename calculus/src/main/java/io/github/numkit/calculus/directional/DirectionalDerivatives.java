package io.github.numkit.calculus.directional;

import io.github.numkit.calculus.DerivativeEstimate;
import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.ScalarField;
import io.github.numkit.calculus.difference.Bounds;
import io.github.numkit.calculus.difference.FiniteDifference;
import io.github.numkit.calculus.difference.Richardson;
import io.github.numkit.calculus.dual.DualScalarField;
import io.github.numkit.calculus.dual.ForwardMode;
import io.github.numkit.calculus.dual.NotDifferentiableException;
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

    /** The relative error below which two one-sided estimates decide whether a partial exists. */
    public static final double CONFIDENT = 1e-6;

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
     * Computes the one-sided directional derivative in one pass of dual numbers, as
     * {@link ForwardMode#directional} does: seeded with v and divided by ‖v‖, or with a scaled copy
     * of v where that is safer. For a differentiable f it is D_u f. At a kink built from abs, min,
     * max or hypot it is the exact one-sided value.
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
     * Computes the gradient by forward mode, and settles each partial derivative that forward mode
     * cannot decide from the one-sided derivatives along +eᵢ and −eᵢ ({@link #oneSided}). When both
     * are estimated to better than {@value #CONFIDENT} relative error, they decide: opposite values
     * give the partial derivative, as 1 for cbrt(x³) at 0, and other values a corner, as for
     * sqrt(x²) at 0. Otherwise the partial stays undetermined.
     *
     * @param <F> a field that evaluates over doubles and over dual numbers, such as an expression
     * @param f the field
     * @param x the point, read only
     * @return the gradient; its error estimates are 0 for partials from forward mode
     * @throws IllegalArgumentException if x is empty or not finite
     * @throws NotDifferentiableException if f has a corner in some coordinate, or a partial stays
     *     undetermined
     * @throws io.github.numkit.calculus.NonFiniteValueException if a value or a derivative from
     *     forward mode is not finite
     */
    public static <F extends ScalarField & DualScalarField> GradientEstimate gradientBySides(F f, double[] x) {
        Arguments.point("x", x, -1);
        Arguments.notNull("f", f);
        int n = x.length;
        double[] values = new double[n];
        double[] errors = new double[n];
        long evaluations = 0;
        boolean estimated = false;
        for (int i = 0; i < n; i++) {
            try {
                DerivativeEstimate exact = ForwardMode.partial(f, x, i);
                values[i] = exact.value();
                evaluations += exact.evaluations();
            } catch (NotDifferentiableException e) {
                if (!e.undetermined()) {
                    throw e;
                }
                DerivativeEstimate sides = partialBySides(f, x, i);
                values[i] = sides.value();
                errors[i] = sides.errorEstimate();
                evaluations += sides.evaluations() + 1;
                estimated = true;
            }
        }
        return new GradientEstimate(values, errors, evaluations, estimated
                ? "dual numbers, and one-sided Richardson extrapolation where forward mode cannot decide"
                : "dual numbers, one pass per coordinate");
    }

    /** Returns ∂f/∂xᵢ from one-sided estimates along ±eᵢ, or throws when they differ or are not confident. */
    private static DerivativeEstimate partialBySides(ScalarField f, double[] x, int i) {
        double[] axis = new double[x.length];
        axis[i] = 1;
        DirectionalDerivative forward;
        DirectionalDerivative backward;
        try {
            forward = oneSided(f, x, axis);
            axis[i] = -1;
            backward = oneSided(f, x, axis);
        } catch (io.github.numkit.calculus.NonFiniteValueException e) {
            throw new NotDifferentiableException(i, x);
        }
        double scale = Math.max(Math.abs(forward.value()), Math.abs(backward.value()));
        double error = forward.errorEstimate() + backward.errorEstimate();
        if (!(error <= CONFIDENT * scale)) {
            throw new NotDifferentiableException(i, x);
        }
        double mismatch = Math.abs(forward.value() + backward.value());
        if (mismatch > error + CONFIDENT * scale) {
            throw new NotDifferentiableException(i, forward.value(), backward.value(), x);
        }
        double value = (forward.value() - backward.value()) / 2;
        return new DerivativeEstimate(value, error / 2 + mismatch / 2, forward.evaluations() + backward.evaluations(),
                0, "one-sided Richardson extrapolation along both directions");
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
