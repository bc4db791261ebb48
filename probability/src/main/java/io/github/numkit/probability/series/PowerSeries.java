package io.github.numkit.probability.series;

import java.util.Arrays;

import io.github.numkit.probability.arguments.ArgumentChecks;

/**
 * A truncated power series f(t) = f<sub>0</sub> + f<sub>1</sub>t + … + f<sub>N</sub>t<sup>N</sup>
 * + O(t<sup>N+1</sup>) with {@code double} coefficients.
 *
 * <p>The order N is the precision: coefficients above N are unknown, not zero. Every operation
 * returns the largest order its inputs determine, so leading zeros are never a silent loss. For
 * example, with valuations v (the index of the first nonzero coefficient) the product of orders
 * N<sub>f</sub> and N<sub>g</sub> has order min(N<sub>f</sub> + v<sub>g</sub>, N<sub>g</sub> +
 * v<sub>f</sub>), the quotient f/g has order min(N<sub>f</sub>, N<sub>g</sub>) − v<sub>g</sub>, and
 * √f has order N − v/2. So √(t² + t³) given to order 11 is known to order 10, and the same input
 * given to order 10 yields order 9, which {@link #order()} reports.
 *
 * <p>Products use direct convolution below a measured crossover length and the FFT above it
 * ({@link #multiply}); the FFT error is absolute, of order ε log₂L · Σ|f<sub>i</sub>| ·
 * Σ|g<sub>j</sub>|, so small coefficients in a tail lose their relative accuracy. Use
 * {@link #multiplyDirect} where the tail matters: probabilities far from the mode, for example. The
 * reciprocal, quotient and square root use the O(N²) recurrences, which keep relative accuracy.
 *
 * <p>Every operation that returns a series throws an {@link ArithmeticException} naming the
 * operation and the first coefficient index when a coefficient of the result overflows to an
 * infinity or NaN, so no result ever carries a non-finite coefficient.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PowerSeries {

    private final double[] c;

    private PowerSeries(double[] coefficients) {
        this.c = coefficients;
    }

    /**
     * Creates a series of the given order from its leading coefficients; the coefficients from
     * {@code coefficients.length} up to {@code order} are zero.
     *
     * @param order the precision N: the series is known up to t<sup>N</sup>
     * @param coefficients f<sub>0</sub>, f<sub>1</sub>, …; read, not retained
     * @return the series
     * @throws IllegalArgumentException if the order is negative or too large for memory, if more than
     *     {@code order + 1} coefficients are given, or if a coefficient is not finite
     */
    public static PowerSeries of(int order, double... coefficients) {
        ArgumentChecks.seriesOrder("order", order, Double.BYTES);
        if (coefficients.length > order + 1) {
            throw new IllegalArgumentException("coefficients must number at most order + 1 = " + (order + 1)
                    + ", got " + coefficients.length);
        }
        double[] c = new double[order + 1];
        for (int k = 0; k < coefficients.length; k++) {
            c[k] = ArgumentChecks.finite("coefficient " + k, coefficients[k]);
        }
        return new PowerSeries(c);
    }

    /**
     * Returns the monomial a·t<sup>k</sup> of the given order.
     *
     * @param order the precision N, at least {@code k}
     * @param k the exponent, 0 or more
     * @param a the coefficient
     * @return the series
     * @throws IllegalArgumentException if {@code k < 0}, {@code k > order} or {@code a} is not finite
     */
    public static PowerSeries monomial(int order, int k, double a) {
        ArgumentChecks.nonNegative("k", k);
        ArgumentChecks.atMost("k", k, order, "the order of the series");
        PowerSeries s = of(order);
        s.c[k] = ArgumentChecks.finite("a", a);
        return s;
    }

    static PowerSeries wrap(double[] coefficients) {
        return new PowerSeries(coefficients);
    }

    /**
     * Returns the order N: the series is known up to t<sup>N</sup>.
     *
     * @return the order
     */
    public int order() {
        return c.length - 1;
    }

    /**
     * Returns the valuation: the index of the first nonzero coefficient, or {@code order() + 1} when
     * every known coefficient is zero.
     *
     * @return the valuation
     */
    public int valuation() {
        int v = 0;
        while (v < c.length && c[v] == 0) {
            v++;
        }
        return v;
    }

    /**
     * Returns the coefficient of t<sup>k</sup>.
     *
     * @param k the exponent, from 0 to {@link #order()}
     * @return f<sub>k</sub>
     * @throws IllegalArgumentException if {@code k} is negative or above the order, where the
     *     coefficient is unknown
     */
    public double coefficient(int k) {
        ArgumentChecks.nonNegative("k", k);
        ArgumentChecks.atMost("k", k, order(), "coefficients above the order of the series are unknown");
        return c[k];
    }

    /**
     * Returns a copy of the coefficients f<sub>0</sub> … f<sub>N</sub>.
     *
     * @return a new array of length {@code order() + 1}
     */
    public double[] coefficients() {
        return c.clone();
    }

    /**
     * Evaluates the polynomial part f<sub>0</sub> + … + f<sub>N</sub>x<sup>N</sup> by Horner's rule.
     * The truncation error O(x<sup>N+1</sup>) is not included.
     *
     * @param x the point
     * @return the value of the polynomial part at {@code x}
     */
    public double evaluate(double x) {
        double sum = 0;
        for (int k = c.length - 1; k >= 0; k--) {
            sum = sum * x + c[k];
        }
        return sum;
    }

    /**
     * Truncates to a lower order.
     *
     * @param order the new order, at most {@link #order()}
     * @return the truncated series
     * @throws IllegalArgumentException if {@code order} is negative or above the current order
     */
    public PowerSeries truncate(int order) {
        ArgumentChecks.nonNegative("order", order);
        ArgumentChecks.atMost("order", order, order(), "truncation cannot raise the order");
        return new PowerSeries(Arrays.copyOf(c, order + 1));
    }

    /**
     * Adds another series; the order is the smaller of the two.
     *
     * @param other the other series
     * @return this + other
     * @throws ArithmeticException if a coefficient overflows
     */
    public PowerSeries add(PowerSeries other) {
        int n = Math.min(c.length, other.c.length);
        double[] h = new double[n];
        for (int k = 0; k < n; k++) {
            h[k] = c[k] + other.c[k];
        }
        return finite("sum", h);
    }

    /**
     * Subtracts another series; the order is the smaller of the two.
     *
     * @param other the other series
     * @return this − other
     * @throws ArithmeticException if a coefficient overflows
     */
    public PowerSeries subtract(PowerSeries other) {
        return add(other.multiply(-1.0));
    }

    /**
     * Multiplies every coefficient by a scalar.
     *
     * @param a the scalar
     * @return a · this, of the same order
     * @throws IllegalArgumentException if {@code a} is not finite
     * @throws ArithmeticException if a coefficient overflows
     */
    public PowerSeries multiply(double a) {
        ArgumentChecks.finite("a", a);
        double[] h = c.clone();
        for (int k = 0; k < h.length; k++) {
            h[k] *= a;
        }
        return finite("scalar multiple", h);
    }

    /**
     * Multiplies by another series, directly when either factor has fewer than 1024 coefficients, the
     * crossover measured with the JMH benchmark {@code SeriesProductBenchmark}, and by FFT above. The FFT error is absolute (see the class comment), so use
     * {@link #multiplyDirect} when small coefficients matter.
     *
     * @param other the other series
     * @return the product, of order min(N<sub>f</sub> + v<sub>g</sub>, N<sub>g</sub> + v<sub>f</sub>)
     * @throws IllegalArgumentException if the product, or the FFT's working arrays of about 3L + N
     *     doubles for a transform of length L ≥ 2N + 1, would not fit in the maximum heap
     * @throws ArithmeticException if a coefficient overflows
     */
    public PowerSeries multiply(PowerSeries other) {
        int order = productOrder(other);
        return finite("product", Convolution.auto(c, other.c, order));
    }

    /**
     * Multiplies by another series by direct convolution, which keeps the relative accuracy of
     * every coefficient whose terms share a sign.
     *
     * @param other the other series
     * @return the product, of order min(N<sub>f</sub> + v<sub>g</sub>, N<sub>g</sub> + v<sub>f</sub>)
     * @throws ArithmeticException if a coefficient overflows
     */
    public PowerSeries multiplyDirect(PowerSeries other) {
        return finite("product", Convolution.direct(c, other.c, productOrder(other)));
    }

    /**
     * Multiplies by another series by FFT whatever the length, for benchmarks and for callers who
     * accept an absolute error of order ε log₂L · Σ|f<sub>i</sub>| · Σ|g<sub>j</sub>|.
     *
     * @param other the other series
     * @return the product, of order min(N<sub>f</sub> + v<sub>g</sub>, N<sub>g</sub> + v<sub>f</sub>)
     * @throws IllegalArgumentException if the product or the FFT's working arrays would not fit in the
     *     maximum heap
     * @throws ArithmeticException if a coefficient overflows
     */
    public PowerSeries multiplyFft(PowerSeries other) {
        return finite("product", Convolution.fft(c, other.c, productOrder(other)));
    }

    private int productOrder(PowerSeries other) {
        long order = Math.min((long) order() + other.valuation(), (long) other.order() + valuation());
        return ArgumentChecks.seriesOrder("product order", order, Double.BYTES);
    }

    /**
     * Raises to a non-negative integer power. With f = t<sup>v</sup>g, the power is
     * t<sup>ev</sup>g<sup>e</sup>, and g<sup>e</sup> comes from repeated squaring with
     * {@link #multiply}: at most 2 log₂e products, all at the order N − v of g.
     *
     * @param exponent the power e, 0 or more
     * @return this<sup>exponent</sup>; the order is N + (exponent − 1)·v for exponent ≥ 1
     * @throws IllegalArgumentException if {@code exponent < 0} or the result would not fit in memory,
     *     checked before any product is formed
     * @throws ArithmeticException if a coefficient overflows
     */
    public PowerSeries pow(int exponent) {
        ArgumentChecks.nonNegative("exponent", exponent);
        if (exponent == 0) {
            return monomial(order(), 0, 1.0);
        }
        int v = valuation();
        int order = ArgumentChecks.seriesOrder("order of the power", order() + (exponent - 1L) * v, Double.BYTES);
        double[] h = new double[order + 1];
        if (v > order()) {
            return new PowerSeries(h);
        }
        PowerSeries g = new PowerSeries(Arrays.copyOfRange(c, v, c.length));
        PowerSeries result = null;
        PowerSeries square = g;
        for (int e = exponent; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result = result == null ? square : result.multiplyChecked(square, "pow");
            }
            if (e > 1) {
                square = square.multiplyChecked(square, "pow");
            }
        }
        // g^e is known to the order N − v of g. A product reports a higher order when a leading
        // coefficient underflows to 0, so only the first N − v + 1 coefficients are copied, shifted up by e·v.
        int gOrder = order() - v;
        System.arraycopy(result.c, 0, h, order - gOrder, gOrder + 1);
        return finite("pow", h);
    }

    private PowerSeries multiplyChecked(PowerSeries other, String operation) {
        return finite(operation, Convolution.auto(c, other.c, productOrder(other)));
    }

    /**
     * Wraps the coefficients of a result of {@code operation}, or throws if one overflowed.
     *
     * @throws ArithmeticException naming the operation and the first non-finite coefficient
     */
    private static PowerSeries finite(String operation, double[] h) {
        for (int k = 0; k < h.length; k++) {
            if (!Double.isFinite(h[k])) {
                throw new ArithmeticException(operation + " overflows the double range at coefficient " + k
                        + " (got " + h[k] + ")");
            }
        }
        return new PowerSeries(h);
    }

    /**
     * Returns 1/f by the recurrence g<sub>k</sub> = −(f<sub>1</sub>g<sub>k−1</sub> + … +
     * f<sub>k</sub>g<sub>0</sub>)/f<sub>0</sub>, in O(N²) operations.
     *
     * @return the reciprocal, of the same order
     * @throws ArithmeticException if f<sub>0</sub> = 0: then 1/f has a pole at 0 and is not a power
     *     series (use {@link #divide} when the numerator vanishes to the same order, or
     *     {@link LaurentPolynomial}); or if a coefficient overflows
     */
    public PowerSeries reciprocal() {
        if (c[0] == 0) {
            throw new ArithmeticException("reciprocal needs a nonzero constant term, got f(0) = 0 with valuation "
                    + valuation() + "; 1/f has a pole at 0");
        }
        return finite("reciprocal", reciprocalOf(c));
    }

    private static double[] reciprocalOf(double[] f) {
        double[] g = new double[f.length];
        double inverse = 1 / f[0];
        g[0] = inverse;
        for (int k = 1; k < f.length; k++) {
            double sum = 0;
            for (int j = 1; j <= k; j++) {
                sum += f[j] * g[k - j];
            }
            g[k] = -sum * inverse;
        }
        return g;
    }

    /**
     * Divides by another series. When g has valuation v, both are divided by t<sup>v</sup> first, so
     * t/(t + t²) is the power series 1 − t + t² − …; the quotient has order min(N<sub>f</sub>,
     * N<sub>g</sub>) − v.
     *
     * @param divisor the series g
     * @return f/g
     * @throws ArithmeticException if every known coefficient of g is zero, if f has valuation below
     *     that of g (then f/g has a pole at 0), if the quotient would have a negative order, or if a
     *     coefficient overflows
     */
    public PowerSeries divide(PowerSeries divisor) {
        int v = divisor.valuation();
        if (v > divisor.order()) {
            throw new ArithmeticException("divisor is zero to its order " + divisor.order());
        }
        int vf = valuation();
        if (vf < v) {
            throw new ArithmeticException("quotient has a pole at 0: the dividend has valuation " + vf
                    + ", below the divisor's valuation " + v);
        }
        int order = Math.min(order(), divisor.order()) - v;
        if (order < 0) {
            throw new ArithmeticException("quotient is undetermined: dividing by t^" + v
                    + " leaves no known coefficient");
        }
        double[] g = Arrays.copyOfRange(divisor.c, v, v + order + 1);
        double[] f = Arrays.copyOfRange(c, v, v + order + 1);
        double[] reciprocal = reciprocalOf(g);
        finite("quotient (reciprocal of the divisor)", reciprocal);
        return finite("quotient", Convolution.direct(f, reciprocal, order));
    }

    /**
     * Returns the square root with positive leading coefficient. For f = t<sup>v</sup>·g with g(0) >
     * 0 and v even, √f = t<sup>v/2</sup>√g, computed by the recurrence h<sub>k</sub> =
     * (g<sub>k</sub> − Σ<sub>0&lt;j&lt;k</sub> h<sub>j</sub>h<sub>k−j</sub>)/(2h<sub>0</sub>).
     *
     * @return √f, of order N − v/2
     * @throws ArithmeticException if every known coefficient is zero, if the valuation v is odd (then
     *     √f is not a power series), if the leading coefficient is negative, or if a coefficient
     *     overflows
     */
    public PowerSeries sqrt() {
        int v = valuation();
        if (v > order()) {
            throw new ArithmeticException("square root is undetermined: the series is zero to its order " + order());
        }
        if (v % 2 != 0) {
            throw new ArithmeticException("square root needs an even valuation, got " + v
                    + "; sqrt(t^" + v + " ...) is not a power series");
        }
        if (c[v] < 0) {
            throw new ArithmeticException("square root needs a positive leading coefficient, got " + c[v]);
        }
        int half = v / 2;
        int gLength = c.length - v;
        double[] h = new double[half + gLength];
        double h0 = Math.sqrt(c[v]);
        h[half] = h0;
        for (int k = 1; k < gLength; k++) {
            double sum = 0;
            for (int j = 1; j < k; j++) {
                sum += h[half + j] * h[half + k - j];
            }
            h[half + k] = (c[v + k] - sum) / (2 * h0);
        }
        return finite("square root", h);
    }

    /**
     * Returns the composition f(g(t)) by Horner's rule in the series algebra.
     *
     * @param inner the inner series g, with g(0) = 0
     * @return f ∘ g, of order min(v<sub>g</sub>(N<sub>f</sub> + 1) − 1, N<sub>g</sub>)
     * @throws IllegalArgumentException if g(0) ≠ 0, where the composition needs every coefficient of f
     * @throws ArithmeticException if a coefficient overflows
     */
    public PowerSeries compose(PowerSeries inner) {
        if (inner.c[0] != 0) {
            throw new IllegalArgumentException("inner series must have g(0) = 0, got " + inner.c[0]);
        }
        int vg = inner.valuation();
        long order = Math.min((long) vg * (order() + 1L) - 1, inner.order());
        int n = ArgumentChecks.seriesOrder("composition order", order, Double.BYTES);
        double[] g = Arrays.copyOf(inner.c, n + 1);
        double[] result = new double[n + 1];
        for (int k = c.length - 1; k >= 0; k--) {
            result = Convolution.auto(result, g, n);
            result[0] += c[k];
        }
        return finite("composition", result);
    }

    /**
     * Returns the derivative f′, of order N − 1.
     *
     * @return the derivative
     * @throws ArithmeticException if the order is 0, where f′ has no known coefficient, or if a
     *     coefficient overflows
     */
    public PowerSeries derivative() {
        if (c.length == 1) {
            throw new ArithmeticException("derivative of a series of order 0 has no known coefficient");
        }
        double[] h = new double[c.length - 1];
        for (int k = 1; k < c.length; k++) {
            h[k - 1] = k * c[k];
        }
        return finite("derivative", h);
    }

    /**
     * Returns the integral from 0, ∫<sub>0</sub><sup>t</sup> f, of order N + 1.
     *
     * @return the integral, with constant term 0
     */
    public PowerSeries integral() {
        ArgumentChecks.seriesOrder("integral order", c.length, Double.BYTES);
        double[] h = new double[c.length + 1];
        for (int k = 0; k < c.length; k++) {
            h[k + 1] = c[k] / (k + 1);
        }
        return new PowerSeries(h);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PowerSeries && Arrays.equals(c, ((PowerSeries) other).c);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(c);
    }

    /** Returns the series as text, such as {@code 1.0 - 1.0 t + 1.0 t^2 + O(t^3)}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < c.length; k++) {
            if (c[k] == 0) {
                continue;
            }
            appendTerm(text, c[k] < 0, Double.toString(Math.abs(c[k])), k);
        }
        if (text.length() == 0) {
            text.append('0');
        }
        return text.append(" + O(t^").append(c.length).append(')').toString();
    }

    static void appendTerm(StringBuilder text, boolean negative, String magnitude, int k) {
        if (text.length() > 0) {
            text.append(negative ? " - " : " + ");
        } else if (negative) {
            text.append('-');
        }
        text.append(magnitude);
        if (k == 1) {
            text.append(" t");
        } else if (k > 1) {
            text.append(" t^").append(k);
        }
    }
}
