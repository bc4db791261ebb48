package io.github.numkit.calculus.difference;

import io.github.numkit.calculus.DerivativeEstimate;
import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.NonFiniteValueException;
import io.github.numkit.calculus.ScalarField;
import io.github.numkit.calculus.validation.Arguments;
import java.util.function.DoubleUnaryOperator;

/**
 * First derivatives by Richardson extrapolation of central differences over a sequence of steps,
 * with the step and the extrapolation level chosen adaptively from the error estimate.
 *
 * <p><b>Method.</b> For steps hₖ = h₀/2ᵏ, k = 0 … 19, the central difference D(hₖ) has the error
 * expansion a₂h² + a₄h⁴ + …, so the Neville tableau Tₖ,ⱼ = Tₖ,ⱼ₋₁ + (Tₖ,ⱼ₋₁ − Tₖ₋₁,ⱼ₋₁)/(4ʲ − 1)
 * removes one term per level j (up to 5). The error estimate of entry Tₖ,ⱼ is the larger
 * difference to its neighbours Tₖ±₁,ⱼ at the same level plus the rounding error of the differences
 * carried through the tableau's coefficients. The entry with the smallest estimate is returned
 * with that estimate. Near a bound the central differences are replaced by the one-sided
 * three-point formula, whose expansion has every power from h² on.
 *
 * <p><b>Steps.</b> h₀ is half the scale of the coordinate. When |x| and the typical magnitude
 * τ (1 by default) differ by more than a factor 16, two sweeps run, one at each scale, because a
 * function may vary on the scale of x (log x at x = 1e-50) or on a fixed scale (sin x at
 * x = 1e6); the better estimate wins. A partial derivative therefore costs 40 to 80 evaluations.
 * Steps whose nodes make f non-finite (log left of 0 without bounds) are skipped; with bounds no
 * such node is evaluated.
 *
 * <p><b>Accuracy.</b> On smooth functions the relative error is typically 1e-14 to 1e-13, with
 * an estimate that exceeds the true error in all but a small fraction of cases; the module's
 * battery test measures both rates. Reference: L. F. Richardson, "The deferred approach to the
 * limit", Phil. Trans. R. Soc. A 226 (1927); C. J. F. Ridders, "Accurate computation of F'(x) and
 * F'(x)F''(x)", Advances in Engineering Software 4 (1982). Instances are immutable and
 * thread-safe if the function is.
 */
public final class Richardson {

    private static final double EPS = 0x1p-52;
    private static final int STEPS = 20;
    private static final int LEVELS = 5;

    private final Bounds bounds;
    private final double[] typical;

    private Richardson(Bounds bounds, double[] typical) {
        this.bounds = bounds;
        this.typical = typical;
    }

    /**
     * Returns the method with no bounds and a typical magnitude of 1 for every coordinate.
     *
     * @return the method
     */
    public static Richardson create() {
        return new Richardson(Bounds.unbounded(), null);
    }

    /**
     * Returns a copy that keeps every node inside the bounds.
     *
     * @param bounds the box
     * @return the new method
     */
    public Richardson withBounds(Bounds bounds) {
        return new Richardson(Arguments.notNull("bounds", bounds), typical);
    }

    /**
     * Returns a copy with a typical magnitude τᵢ &gt; 0 per coordinate: the scale on which the
     * function is expected to vary when it does not vary on the scale of xᵢ.
     *
     * @param typical the magnitudes, each finite and &gt; 0, copied
     * @return the new method
     */
    public Richardson withTypicalMagnitude(double... typical) {
        Arguments.notNull("typical", typical);
        for (int i = 0; i < typical.length; i++) {
            Arguments.positive("typical[" + i + "]", typical[i]);
        }
        return new Richardson(bounds, typical.clone());
    }

    /**
     * Computes f'(x) of a function of one variable.
     *
     * @param f the function
     * @param x the point, finite
     * @return the derivative with its error estimate
     * @throws IllegalArgumentException if x is not finite or lies outside the bounds
     * @throws NonFiniteValueException if f is not finite at every step tried
     */
    public DerivativeEstimate derivative(DoubleUnaryOperator f, double x) {
        Arguments.notNull("f", f);
        return partial(p -> f.applyAsDouble(p[0]), new double[] {x}, 0);
    }

    /**
     * Computes the partial derivative ∂f/∂xᵢ at x.
     *
     * @param f the field
     * @param x the point, read only
     * @param i the coordinate
     * @return the derivative with its error estimate
     * @throws IllegalArgumentException if x is empty or not finite, i is out of range, or x lies
     *     outside the bounds
     * @throws NonFiniteValueException if f is not finite at every step tried
     */
    public DerivativeEstimate partial(ScalarField f, double[] x, int i) {
        Arguments.point("x", x, -1);
        Arguments.index("i", i, x.length);
        Arguments.notNull("f", f);
        bounds.check(x);
        return partial(f, x.clone(), i, new long[1]);
    }

    /**
     * Computes the gradient ∇f(x), one adaptive extrapolation per coordinate.
     *
     * @param f the field
     * @param x the point, read only
     * @return the gradient with an error estimate per component
     * @throws IllegalArgumentException if x is empty, not finite, or outside the bounds
     * @throws NonFiniteValueException if f is not finite at every step tried for a coordinate
     */
    public GradientEstimate gradient(ScalarField f, double[] x) {
        Arguments.point("x", x, -1);
        Arguments.notNull("f", f);
        bounds.check(x);
        double[] point = x.clone();
        int n = x.length;
        double[] values = new double[n];
        double[] errors = new double[n];
        long[] evaluations = new long[1];
        for (int i = 0; i < n; i++) {
            DerivativeEstimate d = partial(f, point, i, evaluations);
            values[i] = d.value();
            errors[i] = d.errorEstimate();
        }
        return new GradientEstimate(values, errors, evaluations[0], "Richardson extrapolation of central differences");
    }

    /**
     * Computes the directional derivative d/dt f(x + t·v/‖v‖) at t = 0 by extrapolation along the
     * unit vector. Bounds are not applied along v.
     *
     * @param f the field
     * @param x the point, read only
     * @param v the direction, nonzero, of the dimension of x
     * @return the derivative with its error estimate
     * @throws IllegalArgumentException if v is zero or a dimension differs
     * @throws NonFiniteValueException if f is not finite at every step tried
     */
    public DerivativeEstimate directional(ScalarField f, double[] x, double[] v) {
        Arguments.point("x", x, -1);
        Arguments.direction("v", v, x.length);
        Arguments.notNull("f", f);
        double[] point = x.clone();
        double[] u = Arguments.unit(v);
        double scale = 0;
        for (int k = 0; k < v.length; k++) {
            scale = Math.max(scale, Math.max(Math.abs(x[k]), typical(k)) * Math.abs(u[k]));
        }
        double[] along = new double[x.length];
        ScalarField line = t -> {
            for (int k = 0; k < along.length; k++) {
                along[k] = point[k] + t[0] * u[k];
            }
            return f.value(along);
        };
        return new Richardson(Bounds.unbounded(), new double[] {scale}).partial(line, new double[] {0.0}, 0,
                new long[1]);
    }

    private double typical(int i) {
        return typical == null || i >= typical.length ? 1.0 : typical[i];
    }

    private DerivativeEstimate partial(ScalarField f, double[] x, int i, long[] evaluations) {
        double a = Math.abs(x[i]);
        double b = typical(i);
        double[] scales;
        if (a == 0) {
            scales = new double[] {b};
        } else if (Math.max(a, b) <= 16 * Math.min(a, b)) {
            scales = new double[] {Math.max(a, b)};
        } else {
            scales = new double[] {a, b};
        }
        Sweep best = null;
        NonFiniteValueException failure = null;
        for (double scale : scales) {
            Sweep sweep = new Sweep(f, x, i);
            try {
                sweep.run(scale);
            } catch (NonFiniteValueException e) {
                failure = e;
            }
            evaluations[0] += sweep.evaluations;
            if (sweep.found && (best == null || relative(sweep) < relative(best))) {
                best = sweep;
            }
        }
        if (best == null) {
            if (failure != null) {
                throw failure;
            }
            throw new IllegalArgumentException(Plan.noRoom("x[" + i + "]", x[i], bounds.lower(i), bounds.upper(i)));
        }
        return new DerivativeEstimate(best.value, best.error, evaluations[0], best.step,
                "Richardson extrapolation of " + (best.oneSided ? "one-sided" : "central") + " differences, level "
                        + best.level);
    }

    /** Returns the sweep's error estimate relative to its value, so that sweeps at different scales compare fairly. */
    private static double relative(Sweep sweep) {
        return sweep.error / Math.max(Math.abs(sweep.value), Double.MIN_NORMAL);
    }

    /** One sweep of steps h₀/2ᵏ at one scale, and the best tableau entry it found. */
    private final class Sweep {

        private final ScalarField f;
        private final double[] x;
        private final int i;
        long evaluations;
        boolean found;
        double value;
        double error = Double.POSITIVE_INFINITY;
        double step;
        int level;
        boolean oneSided;

        Sweep(ScalarField f, double[] x, int i) {
            this.f = f;
            this.x = x;
            this.i = i;
        }

        void run(double scale) {
            double xi = x[i];
            double lower = bounds.lower(i);
            double upper = bounds.upper(i);
            double h0;
            try {
                h0 = Steps.exact(xi, 0.5 * scale, "x[" + i + "]");
            } catch (IllegalArgumentException e) {
                return;
            }
            double[] h = new double[STEPS];
            for (int k = 0; k < STEPS; k++) {
                h[k] = k == 0 ? h0 : h[k - 1] / 2;
            }
            int central = 0;
            for (int k = 0; k < STEPS; k++) {
                if (xi - h[k] >= lower && xi + h[k] <= upper && xi + h[k] != xi) {
                    central++;
                }
            }
            int side = 0;
            if (central < 8) {
                side = upper - xi >= xi - lower ? 1 : -1;
            }

            double[] d = new double[STEPS];
            double[] rounding = new double[STEPS];
            boolean[] usable = new boolean[STEPS];
            NonFiniteValueException failure = null;
            double center = Double.NaN;
            for (int k = 0; k < STEPS; k++) {
                try {
                    if (side == 0) {
                        if (!(xi - h[k] >= lower && xi + h[k] <= upper) || xi + h[k] == xi) {
                            continue;
                        }
                        double plus = at(xi + h[k]);
                        double minus = at(xi - h[k]);
                        d[k] = (plus - minus) / (2 * h[k]);
                        rounding[k] = EPS * (Math.abs(plus) + Math.abs(minus)) / (2 * h[k]);
                    } else {
                        double far = xi + side * 2 * h[k];
                        if (!(far >= lower && far <= upper) || xi + h[k] == xi) {
                            continue;
                        }
                        if (Double.isNaN(center)) {
                            center = at(xi);
                        }
                        double near = at(xi + side * h[k]);
                        double farValue = at(far);
                        d[k] = side * (-3 * center + 4 * near - farValue) / (2 * h[k]);
                        rounding[k] = EPS * (3 * Math.abs(center) + 4 * Math.abs(near) + Math.abs(farValue))
                                / (2 * h[k]);
                    }
                    usable[k] = true;
                } catch (NonFiniteValueException e) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            }
            x[i] = xi;

            int bestStart = -1;
            int bestLength = 0;
            for (int k = 0; k < STEPS;) {
                if (!usable[k]) {
                    k++;
                    continue;
                }
                int start = k;
                while (k < STEPS && usable[k]) {
                    k++;
                }
                if (k - start > bestLength) {
                    bestLength = k - start;
                    bestStart = start;
                }
            }
            if (bestLength < 2) {
                if (failure != null) {
                    throw failure;
                }
                return;
            }
            extrapolate(d, rounding, h, bestStart, bestLength, side != 0);
        }

        private double at(double xi) {
            x[i] = xi;
            evaluations++;
            double y = f.value(x);
            if (!Double.isFinite(y)) {
                double[] point = x.clone();
                throw new NonFiniteValueException(y, point, "Richardson extrapolation in x[" + i + "]");
            }
            return y;
        }

        private void extrapolate(double[] d, double[] rounding, double[] h, int start, int length, boolean sided) {
            int levels = Math.min(LEVELS, length - 1);
            double[][] t = new double[length][levels + 1];
            double[][] r = new double[length][levels + 1];
            for (int k = 0; k < length; k++) {
                t[k][0] = d[start + k];
                r[k][0] = rounding[start + k];
                for (int j = 1; j <= Math.min(k, levels); j++) {
                    int exponent = sided ? j + 1 : 2 * j;
                    double factor = 1.0 / (Math.scalb(1.0, exponent) - 1);
                    t[k][j] = t[k][j - 1] + (t[k][j - 1] - t[k - 1][j - 1]) * factor;
                    r[k][j] = r[k][j - 1] * (1 + factor) + r[k - 1][j - 1] * factor;
                }
            }
            for (int j = 0; j <= levels; j++) {
                for (int k = j; k < length; k++) {
                    double spread = 0;
                    boolean neighbour = false;
                    if (k - 1 >= j) {
                        spread = Math.abs(t[k][j] - t[k - 1][j]);
                        neighbour = true;
                    }
                    if (k + 1 < length) {
                        spread = Math.max(spread, Math.abs(t[k + 1][j] - t[k][j]));
                        neighbour = true;
                    }
                    if (!neighbour) {
                        continue;
                    }
                    double estimate = spread + 2 * r[k][j] + 2 * EPS * Math.abs(t[k][j]);
                    if (estimate < error) {
                        error = estimate;
                        value = t[k][j];
                        step = h[start + k];
                        level = j;
                        found = true;
                        oneSided = sided;
                    }
                }
            }
        }
    }
}
