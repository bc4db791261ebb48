package io.github.numkit.calculus.dual;

import io.github.numkit.calculus.DerivativeEstimate;
import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.MatrixEstimate;
import io.github.numkit.calculus.NonFiniteValueException;
import io.github.numkit.calculus.ProgressListener;
import io.github.numkit.calculus.ScalarField;
import io.github.numkit.calculus.validation.Arguments;

/**
 * Exact derivatives of a {@link DualScalarField} by forward-mode automatic differentiation.
 *
 * <p>Costs, in passes of f over dual numbers: a directional derivative 1, a gradient n
 * ({@link #gradient}) or 1 with a vector of partials ({@link #gradientOnePass}), a Hessian n(n+1)/2
 * and a Hessian–vector product n. Results carry an error estimate of 0: their only error is the
 * rounding of the derivative formulas, a few ulps on well-conditioned functions. For a directional
 * derivative in an inner loop, {@link #directionalAllocationFree} takes a {@link DualPointField}
 * and, once compiled, allocates nothing.
 *
 * <p>A kink met along a coordinate (see {@link DualNumber#atKink()}) costs one more pass along
 * −eᵢ. When the two one-sided derivatives are not opposite, the partial derivative does not exist
 * and a {@link NotDifferentiableException} is thrown. It is thrown too when a pass gives a NaN
 * derivative at a finite value, which means forward mode cannot decide (see
 * {@link DualNumber#compose(double, double, double)}). A non-finite value or derivative raises
 * {@link NonFiniteValueException}. Stateless and thread-safe if f is.
 */
public final class ForwardMode {

    private ForwardMode() {
    }

    /**
     * Computes the partial derivative ∂f/∂xᵢ in one pass.
     *
     * @param f the field
     * @param x the point, read only
     * @param i the coordinate
     * @return the derivative
     * @throws IllegalArgumentException if x is empty or not finite, or i is out of range
     * @throws NotDifferentiableException if f has a kink in xᵢ at x, or forward mode cannot decide the
     *     derivative
     */
    public static DerivativeEstimate partial(DualScalarField f, double[] x, int i) {
        Arguments.point("x", x, -1);
        Arguments.index("i", i, x.length);
        Arguments.notNull("f", f);
        long[] passes = new long[1];
        double d = partial(f, x, i, passes);
        return new DerivativeEstimate(d, 0, passes[0], 0, "dual numbers");
    }

    /**
     * Returns the partial derivative function x ↦ ∂f/∂xᵢ(x), each call one dual pass.
     *
     * @param f the field
     * @param i the coordinate, ≥ 0; checked against the point's dimension at each call
     * @return the partial derivative as a field
     */
    public static ScalarField partialFunction(DualScalarField f, int i) {
        Arguments.notNull("f", f);
        if (i < 0) {
            throw new IllegalArgumentException("i must be >= 0, got " + i);
        }
        return x -> partial(f, x, i).value();
    }

    /**
     * Computes the Jacobian J[k][i] = ∂Fₖ/∂xᵢ of a vector field given by its components, in one
     * {@link GradientDual} pass per component.
     *
     * @param components the m component functions F₀ … Fₘ₋₁
     * @param x the point, read only
     * @return the m × n Jacobian
     * @throws IllegalArgumentException if there is no component or x is empty or not finite
     * @throws NotDifferentiableException if a component has a kink in some coordinate at x, or forward
     *     mode cannot decide a partial derivative
     */
    public static MatrixEstimate jacobian(DualScalarField[] components, double[] x) {
        Arguments.notNull("components", components);
        if (components.length == 0) {
            throw new IllegalArgumentException("components must contain at least one function, got none");
        }
        Arguments.point("x", x, -1);
        double[][] j = new double[components.length][];
        long passes = 0;
        for (int k = 0; k < components.length; k++) {
            GradientEstimate row = gradientOnePass(Arguments.notNull("components[" + k + "]", components[k]), x);
            j[k] = row.values();
            passes += row.evaluations();
        }
        return new MatrixEstimate(j, new double[components.length][x.length], passes,
                "dual numbers, one vector pass per component");
    }

    /**
     * Computes f(x) in one pass over plain dual numbers with zero derivative parts.
     *
     * @param f the field
     * @param x the point, read only
     * @return f(x)
     * @throws IllegalArgumentException if x is empty or not finite
     */
    public static double value(DualScalarField f, double[] x) {
        Arguments.point("x", x, -1);
        Arguments.notNull("f", f);
        return result(f.value(Dual.seeded(x, new double[x.length])), x).value();
    }

    /**
     * Computes the gradient in n passes of {@link Dual}, one per coordinate.
     *
     * @param f the field
     * @param x the point, read only
     * @return the gradient
     * @throws IllegalArgumentException if x is empty or not finite
     * @throws NotDifferentiableException if f has a kink in some coordinate at x, or forward mode cannot
     *     decide a partial derivative
     */
    public static GradientEstimate gradient(DualScalarField f, double[] x) {
        Arguments.point("x", x, -1);
        Arguments.notNull("f", f);
        int n = x.length;
        double[] g = new double[n];
        long[] passes = new long[1];
        Dual[] point = Dual.seeded(x, new double[n]);
        for (int i = 0; i < n; i++) {
            g[i] = partial(f, x, i, point, passes);
        }
        return new GradientEstimate(g, new double[n], passes[0], "dual numbers, one pass per coordinate");
    }

    /**
     * Computes the gradient in one pass of {@link GradientDual}.
     *
     * @param f the field
     * @param x the point, read only
     * @return the gradient
     * @throws IllegalArgumentException if x is empty or not finite
     * @throws NotDifferentiableException if f has a kink in some coordinate at x, or forward mode cannot
     *     decide a partial derivative
     */
    public static GradientEstimate gradientOnePass(DualScalarField f, double[] x) {
        Arguments.point("x", x, -1);
        Arguments.notNull("f", f);
        GradientDual y = result(f.value(GradientDual.variables(x)), x);
        double[] g = y.gradient();
        if (g.length != x.length) {
            g = java.util.Arrays.copyOf(g, x.length);
        }
        for (double partial : g) {
            if (Double.isNaN(partial) && Double.isFinite(y.value())) {
                // GradientDual marks an undetermined partial conservatively; Dual passes track which
                // terms depend on each coordinate exactly, so they decide or throw.
                GradientEstimate exact = gradient(f, x);
                return new GradientEstimate(exact.values(), exact.errorEstimates(), exact.evaluations() + 1,
                        exact.method());
            }
        }
        long passes = 1;
        if (y.atKink()) {
            GradientDual[] backward = GradientDual.variables(x);
            for (int i = 0; i < backward.length; i++) {
                backward[i] = backward[i].negate().add(2 * x[i]);
            }
            double[] minus = result(f.value(backward), x).gradient();
            passes++;
            for (int i = 0; i < x.length; i++) {
                double m = i < minus.length ? minus[i] : 0;
                if (g[i] != -m) {
                    throw new NotDifferentiableException(i, g[i], m, x);
                }
            }
        }
        requireFinite(y.value(), g, x);
        return new GradientEstimate(g, new double[x.length], passes, "dual numbers, one vector pass");
    }

    /**
     * Computes the one-sided directional derivative lim_{t→0⁺} (f(x + t·u) − f(x))/t along the unit
     * vector u = v/‖v‖ in one pass. For a differentiable f it equals ∇f(x)·u; at a kink built from
     * abs, min, max or hypot it is still exact, for example |x| + |y| at the origin along (3, 4)
     * gives 7/5.
     *
     * <p>The seeds are not u itself. When ‖v‖ ≥ 1/2 and ‖v‖² is a finite double, they are v: the
     * pass gives ‖v‖ times the derivative along u, and one division at the end removes the factor.
     * The seeds are then exact, and every derivative part along the way is at least half its value
     * along u, so none is lost to underflow that would not be. Otherwise, and again after a pass
     * whose derivative overflows or is NaN, the seeds are w = t·v with t the power of two for which
     * ‖w‖ lies in [1/2, 1), within a factor 2 of u in both directions. Like u, such a w rounds the
     * entries of v more than about 2¹⁰²² times smaller than ‖v‖, which fall into the subnormal
     * range.
     *
     * @param f the field
     * @param x the point, read only
     * @param v the direction, nonzero
     * @return the derivative
     * @throws IllegalArgumentException if v is zero, an input is null or not finite, a dimension
     *     differs, or f returns null
     * @throws NotDifferentiableException if forward mode cannot decide the derivative, as for
     *     sqrt(x² + y²) at the origin
     * @throws NonFiniteValueException if f(x) or the derivative is not finite
     */
    public static DerivativeEstimate directional(DualScalarField f, double[] x, double[] v) {
        Arguments.point("x", x, -1);
        Arguments.direction("v", v, x.length);
        Arguments.notNull("f", f);
        double squares = Arguments.sumOfSquares(v, 1);
        long passes = 0;
        Dual y = null;
        if (seedsDirection(squares)) {
            y = f.value(Dual.seeded(x, v));
            passes++;
            requireResult(y, x);
            requireFiniteValue(y.value(), x);
        }
        double d;
        if (y != null && Math.abs(y.derivative()) <= Double.MAX_VALUE) {
            d = y.derivative() / Math.sqrt(squares);
        } else {
            double scale = Arguments.unitScale(v, squares);
            if (scale != 1) {
                squares = Arguments.sumOfSquares(v, scale);
            }
            double power = seedPower(squares);
            double factor = scale * power;
            double[] w = new double[v.length];
            for (int k = 0; k < v.length; k++) {
                // Where t = scale·power overflows, scale > 1 and v[k]·scale is exact.
                w[k] = factor < Double.POSITIVE_INFINITY ? v[k] * factor : v[k] * scale * power;
            }
            y = f.value(Dual.seeded(x, w));
            passes++;
            requireResult(y, x);
            requireFiniteValue(y.value(), x);
            if (Double.isNaN(y.derivative())) {
                throw new NotDifferentiableException(-1, x);
            }
            d = y.derivative() / (Math.sqrt(squares) * power);
        }
        requireFinite(y.value(), new double[] {d}, x);
        String method = passes == 1 ? "dual numbers, one pass" : "dual numbers, two passes";
        return new DerivativeEstimate(d, 0, passes, 0, y.atKink() ? method + ", one-sided at a kink" : method);
    }

    /**
     * Computes the same one-sided directional derivative as
     * {@link #directional(DualScalarField, double[], double[])}, with the same derivative rules,
     * messages and exceptions, in one pass that allocates nothing once HotSpot has compiled it.
     * It returns a plain number, because a result object would be the one allocation left: the
     * error estimate is 0 and the cost one pass, as for {@code directional}, and whether the point
     * is a kink is not reported.
     *
     * <p>The pass seeds the same xᵢ + wᵢε as {@code directional}, to the bit, divides by the same
     * ‖w‖ at the end and takes a second pass in the same cases, so both return the same number
     * whenever they run the same operations. In the common case w is v itself; otherwise each read
     * {@link DualPoint#get(int)} computes its wᵢ = t·vᵢ with one multiplication instead of reading
     * it from an array, because storing w would cost an allocation per pass. Only a direction whose
     * entries are all subnormal may cost one array, a copy of v scaled by a power of two.
     *
     * <p>The speed depends on the JIT compiler, not on this code alone. The pass allocates nothing
     * only when {@code f.value} and everything it calls are inlined here, so that escape analysis
     * can remove the {@link DualPoint}, each {@link Dual} and each {@link DualAccumulator}. HotSpot
     * may stop inlining the call of {@code f} when several field classes (each lambda is one) pass
     * through this method in the running JVM and none of them dominates, or when f's compiled code
     * is large. Then each coordinate read and each operation allocates a {@code Dual}, and the
     * result is the same. See {@link DualPointField} for how to write f.
     *
     * @param f the field
     * @param x the point, read only
     * @param v the direction, read only, nonzero
     * @return the derivative along v/‖v‖, one-sided at a kink
     * @throws IllegalArgumentException if v is zero, an input is null or not finite, a dimension
     *     differs, or f returns null
     * @throws NotDifferentiableException if forward mode cannot decide the derivative, as for
     *     sqrt(x² + y²) at the origin
     * @throws NonFiniteValueException if f(x) or the derivative is not finite
     */
    public static double directionalAllocationFree(DualPointField f, double[] x, double[] v) {
        // The sum of squares, the seeds and the rule for a second pass are those of directional.
        double squares = checkedSquaredNorm(x, v);
        if (seedsDirection(squares)) {
            Arguments.notNull("f", f);
            Dual y = f.value(new DualPoint(x, v, 1));
            requireResult(y, x);
            requireFiniteValue(y.value(), x);
            double b = y.derivative();
            if (Math.abs(b) <= Double.MAX_VALUE) {
                double d = b / Math.sqrt(squares);
                requireFiniteDerivative(d, x);
                return d;
            }
        }
        return directionalScaled(f, x, v, squares);
    }

    /**
     * Returns whether a directional pass seeds v itself, given ‖v‖² = squares computed without
     * scaling: when ‖v‖ ≥ 1/2, so that no derivative part is less than half its value along
     * v/‖v‖, and ‖v‖² is finite. Seeds v are exact however far apart its entries are, where any
     * scaled copy with a norm near 1 would round the entries that fall into the subnormal range.
     */
    private static boolean seedsDirection(double squares) {
        return squares >= 0.25 && squares < Double.POSITIVE_INFINITY;
    }

    /**
     * Runs the pass of {@link #directionalAllocationFree} with the seeds w = t·v, ‖w‖ in [1/2, 1),
     * for a short v, a v whose norm needs scaling, and after a pass along v whose derivative
     * overflowed or is NaN. It also checks v, which the caller has not done when ‖v‖² is out of
     * range.
     */
    private static double directionalScaled(DualPointField f, double[] x, double[] v, double squares) {
        double scale = 1;
        if (!(squares >= 0x1p-100 && squares <= 0x1p100)) {
            Arguments.direction("v", v, x.length);
            scale = Arguments.unitScale(v, squares);
            squares = Arguments.sumOfSquares(v, scale);
        }
        Arguments.notNull("f", f);
        double power = seedPower(squares);
        double factor = scale * power;
        double[] direction = v;
        if (factor == Double.POSITIVE_INFINITY) {
            direction = new double[v.length];
            for (int k = 0; k < v.length; k++) {
                direction[k] = v[k] * scale;
            }
            factor = power;
        }

        Dual y = f.value(new DualPoint(x, direction, factor));
        requireResult(y, x);
        requireFiniteValue(y.value(), x);
        if (Double.isNaN(y.derivative())) {
            throw new NotDifferentiableException(-1, x);
        }
        double d = y.derivative() / (Math.sqrt(squares) * power);
        requireFiniteDerivative(d, x);
        return d;
    }

    /**
     * Returns the power of two 2ᵏ for which 2ᵏ·‖s·v‖ lies in [1/2, 1), given ‖s·v‖² = squares, a
     * number in [2⁻¹⁰², 2¹⁰⁰]. Where a directional pass cannot seed v itself, it seeds
     * w = 2ᵏ·s·v rather than the unit vector: the derivative part of every intermediate result is
     * then ‖w‖ times that of a pass along v/‖v‖, so it cannot overflow where that one does not and
     * loses at most one bit more to the subnormal range, and seeding costs a multiplication by a
     * power of two, which is exact, instead of a division. Dividing the derivative by ‖w‖ once at
     * the end gives the derivative along v/‖v‖.
     *
     * <p>With 2ᵉ ≤ squares &lt; 2ᵉ⁺¹ and j = ⌊e/2⌋, the norm lies in [2ʲ, 2ʲ⁺¹), so k = −j − 1. The
     * rounded square root stays in that range: below 2²ʲ⁺² the largest double is 2²ʲ⁺²(1 − 2⁻⁵³),
     * whose root is nearer to the double below 2ʲ⁺¹ than to 2ʲ⁺¹. Taking k from the exponent of the
     * sum rather than of the root keeps the square root off the path to the seeds, and the power is
     * built from its bits because {@link Math#scalb} loops and branches.
     */
    private static double seedPower(double squares) {
        int k = -(Math.getExponent(squares) >> 1) - 1;
        return Double.longBitsToDouble((long) (k + Double.MAX_EXPONENT) << 52);
    }

    /**
     * Checks x and the shapes as {@link #directional} does and returns ‖v‖², which is not finite if
     * some vᵢ is not. The sum is {@code Arguments.sumOfSquares(v, 1)}, in the same order, computed
     * in the loop that checks x.
     */
    private static double checkedSquaredNorm(double[] x, double[] v) {
        if (x == null || v == null || x.length == 0 || v.length != x.length) {
            rejectArguments(x, v);
        }
        int n = x.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        double z0 = 0;
        double z1 = 0;
        int i = 0;
        for (; i + 7 < n; i += 8) {
            z0 += (x[i] + x[i + 1]) + (x[i + 2] + x[i + 3]);
            z1 += (x[i + 4] + x[i + 5]) + (x[i + 6] + x[i + 7]);
            s0 += v[i] * v[i];
            s1 += v[i + 1] * v[i + 1];
            s2 += v[i + 2] * v[i + 2];
            s3 += v[i + 3] * v[i + 3];
            s4 += v[i + 4] * v[i + 4];
            s5 += v[i + 5] * v[i + 5];
            s6 += v[i + 6] * v[i + 6];
            s7 += v[i + 7] * v[i + 7];
        }
        for (; i < n; i++) {
            z0 += x[i];
            s0 += v[i] * v[i];
        }
        // A sum of numbers is finite only if each of them is, and one addition per coordinate
        // costs less than a comparison. A sum that overflowed sends finite coordinates to the
        // check one by one, which passes them.
        if (!(Math.abs(z0 + z1) <= Double.MAX_VALUE)) {
            Arguments.point("x", x, -1);
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** Throws the exception of {@link #directional} for arguments that fail its checks. */
    private static void rejectArguments(double[] x, double[] v) {
        Arguments.point("x", x, -1);
        Arguments.direction("v", v, x.length);
        throw new IllegalStateException("rejectArguments was called for valid arguments, x = "
                + java.util.Arrays.toString(x) + ", v = " + java.util.Arrays.toString(v));
    }

    /**
     * Computes the Hessian exactly with {@link HyperDual} numbers, one pass per entry on and below
     * the diagonal. An entry that forward mode cannot decide, such as those of sqrt(x² + y²) at the
     * origin, is NaN rather than a number that looks exact.
     *
     * @param f the field
     * @param x the point, read only
     * @return the symmetric Hessian
     * @throws IllegalArgumentException if x is empty or not finite
     * @throws NotDifferentiableException if a pass met a kink in a first derivative, as for |x₀|·x₁
     *     at (0, 1)
     * @throws NonFiniteValueException if f(x), a first derivative or an entry is infinite or f(x) is NaN
     */
    public static MatrixEstimate hessian(DualScalarField f, double[] x) {
        return hessian(f, x, ProgressListener.NONE);
    }

    /**
     * Computes the Hessian as {@link #hessian(DualScalarField, double[])} does, reporting progress
     * after each row.
     *
     * @param f the field
     * @param x the point, read only
     * @param listener receives (rows done, n)
     * @return the symmetric Hessian
     * @throws IllegalArgumentException if x is empty or not finite
     */
    public static MatrixEstimate hessian(DualScalarField f, double[] x, ProgressListener listener) {
        Arguments.notNull("listener", listener);
        Arguments.point("x", x, -1);
        Arguments.notNull("f", f);
        int n = x.length;
        long passes = 0;
        double[][] h = new double[n][n];
        double[] u = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                u[i] = 1;
                w[j] = 1;
                HyperDual y = result(f.value(HyperDual.seeded(x, u, w)), x);
                u[i] = 0;
                w[j] = 0;
                passes++;
                h[i][j] = secondDerivative(y, i, x);
                h[j][i] = h[i][j];
            }
            listener.progress(i + 1, n);
        }
        return new MatrixEstimate(h, new double[n][n], passes, "nested dual numbers (hyper-dual)");
    }

    /**
     * Computes the Hessian–vector product ∇²f(x)·v without forming the Hessian: component i is
     * the ε₁ε₂ part of one {@link HyperDual} pass seeded with eᵢ and v.
     *
     * @param f the field
     * @param x the point, read only
     * @param v the vector, finite, of the dimension of x
     * @return the product, with NaN in a component forward mode cannot decide
     * @throws IllegalArgumentException if a dimension differs or an input is not finite
     * @throws NotDifferentiableException if a pass met a kink in a first derivative
     * @throws NonFiniteValueException if f(x), a first derivative or a component is infinite or f(x)
     *     is NaN
     */
    public static GradientEstimate hessianVector(DualScalarField f, double[] x, double[] v) {
        Arguments.point("x", x, -1);
        Arguments.point("v", v, x.length);
        Arguments.notNull("f", f);
        int n = x.length;
        long passes = 0;
        double[] hv = new double[n];
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = 1;
            hv[i] = secondDerivative(result(f.value(HyperDual.seeded(x, u, v)), x), i, x);
            u[i] = 0;
            passes++;
        }
        return new GradientEstimate(hv, new double[n], passes,
                "nested dual numbers (hyper-dual), one pass per coordinate");
    }

    private static double partial(DualScalarField f, double[] x, int i, long[] passes) {
        return partial(f, x, i, Dual.seeded(x, new double[x.length]), passes);
    }

    /**
     * Returns ∂f/∂xᵢ from a pass over a copy of {@code constants}, the point as constants
     * xⱼ + 0ε, with element i seeded. Each pass gets its own array, so a field that writes into its
     * argument cannot change the passes after it. The immutable {@code Dual} objects are shared, so
     * a gradient allocates n of them and n arrays of references.
     */
    private static double partial(DualScalarField f, double[] x, int i, Dual[] constants, long[] passes) {
        Dual[] point = constants.clone();
        point[i] = Dual.of(x[i], 1);
        Dual y = result(f.value(point), x);
        passes[0]++;
        double d = y.derivative();
        requireFiniteValue(y.value(), x);
        if (Double.isNaN(d)) {
            throw new NotDifferentiableException(i, x);
        }
        if (y.atKink()) {
            Dual[] backward = constants.clone();
            backward[i] = Dual.of(x[i], -1);
            Dual back = result(f.value(backward), x);
            passes[0]++;
            if (back.derivative() != -d) {
                throw new NotDifferentiableException(i, d, back.derivative(), x);
            }
        }
        requireFinite(y.value(), new double[] {d}, x);
        return d;
    }

    /** Rejects a null result of f, which would otherwise surface as a NullPointerException. */
    /**
     * Returns the ε₁ε₂ part of a hyper-dual pass seeded along xᵢ: NaN when forward mode cannot decide
     * it, and an exception at a kink or when it is infinite.
     */
    private static double secondDerivative(HyperDual y, int i, double[] x) {
        requireFiniteValue(y.value(), x);
        if (y.atKink()) {
            throw NotDifferentiableException.secondOrder(i, x);
        }
        if (Double.isInfinite(y.first())) {
            requireFiniteDerivative(y.first(), x);
        }
        if (Double.isInfinite(y.second())) {
            requireFiniteDerivative(y.second(), x);
        }
        double mixed = y.mixed();
        if (Double.isInfinite(mixed)) {
            requireFiniteDerivative(mixed, x);
        }
        return mixed;
    }

    /** Returns the number a pass of f gave, after checking that f gave one. */
    private static <T extends DualNumber<T>> T result(T y, double[] x) {
        if (y == null) {
            throw new IllegalArgumentException("f must return a dual number, got null at "
                    + java.util.Arrays.toString(x));
        }
        return y;
    }

    private static void requireResult(Dual y, double[] x) {
        if (y == null) {
            throw new IllegalArgumentException("f must return a Dual, got null at " + java.util.Arrays.toString(x));
        }
    }

    private static void requireFiniteValue(double value, double[] x) {
        if (!Double.isFinite(value)) {
            throw new NonFiniteValueException(value, x, "a dual-number pass (the value of f)",
                    "the point is outside the domain of f, or f overflows there");
        }
    }

    private static void requireFinite(double value, double[] derivatives, double[] x) {
        requireFiniteValue(value, x);
        for (double d : derivatives) {
            requireFiniteDerivative(d, x);
        }
    }

    private static void requireFiniteDerivative(double d, double[] x) {
        if (!Double.isFinite(d)) {
            throw new NonFiniteValueException(d, x, "a dual-number pass (the derivative, not the value)",
                    "f has a vertical tangent there, as sqrt(x) at 0, or an intermediate result"
                            + " overflowed or underflowed to 0, as x^2 does at x = 1e-200");
        }
    }
}
