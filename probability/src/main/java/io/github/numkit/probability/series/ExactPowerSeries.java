package io.github.numkit.probability.series;

import java.math.BigInteger;
import java.util.Arrays;

import io.github.numkit.probability.arguments.ArgumentChecks;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A truncated power series f(t) = f<sub>0</sub> + … + f<sub>N</sub>t<sup>N</sup> +
 * O(t<sup>N+1</sup>) with exact rational coefficients ({@link BigFraction}).
 *
 * <p>The operations and the rules for the order are those of {@link PowerSeries}: the order N is
 * the precision, and each result has the largest order its inputs determine. All arithmetic is exact
 * and every product is a direct convolution, so the cost grows with N² times the cost of rational
 * arithmetic on growing numerators and denominators; the type is meant for teaching, for tests and
 * for checking the {@code double} methods. A square root exists only when the leading coefficient is
 * the square of a rational.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ExactPowerSeries {

    /** A generous estimate of the memory one coefficient needs, used to reject impossible orders. */
    private static final long BYTES_PER_COEFFICIENT = 64;

    private final BigFraction[] c;

    private ExactPowerSeries(BigFraction[] coefficients) {
        this.c = coefficients;
    }

    /**
     * Creates a series of the given order from its leading coefficients; the coefficients from
     * {@code coefficients.length} up to {@code order} are zero.
     *
     * @param order the precision N
     * @param coefficients f<sub>0</sub>, f<sub>1</sub>, …; read, not retained
     * @return the series
     * @throws IllegalArgumentException if the order is negative or too large for memory, or if more
     *     than {@code order + 1} coefficients are given
     * @throws NullPointerException if a coefficient is null
     */
    public static ExactPowerSeries of(int order, BigFraction... coefficients) {
        ArgumentChecks.seriesOrder("order", order, BYTES_PER_COEFFICIENT);
        if (coefficients.length > order + 1) {
            throw new IllegalArgumentException("coefficients must number at most order + 1 = " + (order + 1)
                    + ", got " + coefficients.length);
        }
        BigFraction[] c = new BigFraction[order + 1];
        Arrays.fill(c, BigFraction.ZERO);
        for (int k = 0; k < coefficients.length; k++) {
            if (coefficients[k] == null) {
                throw new NullPointerException("coefficient " + k + " is null");
            }
            c[k] = coefficients[k];
        }
        return new ExactPowerSeries(c);
    }

    /**
     * Creates a series of the given order from integer coefficients.
     *
     * @param order the precision N
     * @param coefficients f<sub>0</sub>, f<sub>1</sub>, …
     * @return the series
     * @throws IllegalArgumentException as {@link #of(int, BigFraction...)}
     */
    public static ExactPowerSeries ofIntegers(int order, long... coefficients) {
        BigFraction[] fractions = new BigFraction[coefficients.length];
        for (int k = 0; k < coefficients.length; k++) {
            fractions[k] = BigFraction.of(coefficients[k]);
        }
        return of(order, fractions);
    }

    /**
     * Returns the order N.
     *
     * @return the order
     */
    public int order() {
        return c.length - 1;
    }

    /**
     * Returns the index of the first nonzero coefficient, or {@code order() + 1} if there is none.
     *
     * @return the valuation
     */
    public int valuation() {
        int v = 0;
        while (v < c.length && c[v].isZero()) {
            v++;
        }
        return v;
    }

    /**
     * Returns the coefficient of t<sup>k</sup>.
     *
     * @param k the exponent, from 0 to {@link #order()}
     * @return f<sub>k</sub>
     * @throws IllegalArgumentException if {@code k} is negative or above the order
     */
    public BigFraction coefficient(int k) {
        ArgumentChecks.nonNegative("k", k);
        ArgumentChecks.atMost("k", k, order(), "coefficients above the order of the series are unknown");
        return c[k];
    }

    /**
     * Returns a copy of the coefficients.
     *
     * @return a new array of length {@code order() + 1}
     */
    public BigFraction[] coefficients() {
        return c.clone();
    }

    /**
     * Converts to a {@code double} series, each coefficient rounded by
     * {@link BigFraction#doubleValue()}.
     *
     * @return the rounded series
     */
    public PowerSeries toPowerSeries() {
        double[] d = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            d[k] = c[k].doubleValue();
        }
        return PowerSeries.wrap(d);
    }

    /**
     * Evaluates the polynomial part exactly at a rational point.
     *
     * @param x the point
     * @return f<sub>0</sub> + … + f<sub>N</sub>x<sup>N</sup>
     */
    public BigFraction evaluate(BigFraction x) {
        BigFraction sum = BigFraction.ZERO;
        for (int k = c.length - 1; k >= 0; k--) {
            sum = sum.multiply(x).add(c[k]);
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
    public ExactPowerSeries truncate(int order) {
        ArgumentChecks.nonNegative("order", order);
        ArgumentChecks.atMost("order", order, order(), "truncation cannot raise the order");
        return new ExactPowerSeries(Arrays.copyOf(c, order + 1));
    }

    /**
     * Adds another series; the order is the smaller of the two.
     *
     * @param other the other series
     * @return this + other
     */
    public ExactPowerSeries add(ExactPowerSeries other) {
        int n = Math.min(c.length, other.c.length);
        BigFraction[] h = new BigFraction[n];
        for (int k = 0; k < n; k++) {
            h[k] = c[k].add(other.c[k]);
        }
        return new ExactPowerSeries(h);
    }

    /**
     * Subtracts another series; the order is the smaller of the two.
     *
     * @param other the other series
     * @return this − other
     */
    public ExactPowerSeries subtract(ExactPowerSeries other) {
        return add(other.multiply(BigFraction.of(-1)));
    }

    /**
     * Multiplies every coefficient by a scalar.
     *
     * @param a the scalar
     * @return a · this
     */
    public ExactPowerSeries multiply(BigFraction a) {
        BigFraction[] h = new BigFraction[c.length];
        for (int k = 0; k < c.length; k++) {
            h[k] = c[k].multiply(a);
        }
        return new ExactPowerSeries(h);
    }

    /**
     * Multiplies by another series.
     *
     * @param other the other series
     * @return the product, of order min(N<sub>f</sub> + v<sub>g</sub>, N<sub>g</sub> + v<sub>f</sub>)
     */
    public ExactPowerSeries multiply(ExactPowerSeries other) {
        long order = Math.min((long) order() + other.valuation(), (long) other.order() + valuation());
        int n = ArgumentChecks.seriesOrder("product order", order, BYTES_PER_COEFFICIENT);
        return new ExactPowerSeries(product(c, other.c, n));
    }

    private static BigFraction[] product(BigFraction[] f, BigFraction[] g, int order) {
        BigFraction[] h = new BigFraction[order + 1];
        Arrays.fill(h, BigFraction.ZERO);
        for (int i = 0; i < f.length && i <= order; i++) {
            if (f[i].isZero()) {
                continue;
            }
            int jMax = Math.min(g.length - 1, order - i);
            for (int j = 0; j <= jMax; j++) {
                if (!g[j].isZero()) {
                    h[i + j] = h[i + j].add(f[i].multiply(g[j]));
                }
            }
        }
        return h;
    }

    /**
     * Raises to a non-negative integer power by repeated squaring.
     *
     * @param exponent the power, 0 or more
     * @return this<sup>exponent</sup>
     * @throws IllegalArgumentException if {@code exponent < 0}
     */
    public ExactPowerSeries pow(int exponent) {
        ArgumentChecks.nonNegative("exponent", exponent);
        if (exponent == 0) {
            return of(order(), BigFraction.ONE);
        }
        ExactPowerSeries result = null;
        ExactPowerSeries square = this;
        for (int e = exponent; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result = result == null ? square : result.multiply(square);
            }
            if (e > 1) {
                square = square.multiply(square);
            }
        }
        return result;
    }

    /**
     * Returns 1/f.
     *
     * @return the reciprocal, of the same order
     * @throws ArithmeticException if f<sub>0</sub> = 0, where 1/f has a pole at 0
     */
    public ExactPowerSeries reciprocal() {
        if (c[0].isZero()) {
            throw new ArithmeticException("reciprocal needs a nonzero constant term, got f(0) = 0 with valuation "
                    + valuation() + "; 1/f has a pole at 0");
        }
        return new ExactPowerSeries(reciprocalOf(c));
    }

    private static BigFraction[] reciprocalOf(BigFraction[] f) {
        BigFraction[] g = new BigFraction[f.length];
        BigFraction inverse = f[0].reciprocal();
        g[0] = inverse;
        for (int k = 1; k < f.length; k++) {
            BigFraction sum = BigFraction.ZERO;
            for (int j = 1; j <= k; j++) {
                if (!f[j].isZero()) {
                    sum = sum.add(f[j].multiply(g[k - j]));
                }
            }
            g[k] = sum.multiply(inverse).negate();
        }
        return g;
    }

    /**
     * Divides by another series, cancelling a common power t<sup>v</sup> first.
     *
     * @param divisor the series g, with valuation v
     * @return f/g, of order min(N<sub>f</sub>, N<sub>g</sub>) − v
     * @throws ArithmeticException if g is zero to its order, if f has valuation below v, or if no
     *     coefficient of the quotient is determined
     */
    public ExactPowerSeries divide(ExactPowerSeries divisor) {
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
        BigFraction[] g = Arrays.copyOfRange(divisor.c, v, v + order + 1);
        BigFraction[] f = Arrays.copyOfRange(c, v, v + order + 1);
        return new ExactPowerSeries(product(f, reciprocalOf(g), order));
    }

    /**
     * Returns the square root with positive leading coefficient, √(t<sup>v</sup>g) =
     * t<sup>v/2</sup>√g.
     *
     * @return √f, of order N − v/2
     * @throws ArithmeticException if f is zero to its order, if v is odd, or if the leading
     *     coefficient is not the square of a positive rational
     */
    public ExactPowerSeries sqrt() {
        int v = valuation();
        if (v > order()) {
            throw new ArithmeticException("square root is undetermined: the series is zero to its order " + order());
        }
        if (v % 2 != 0) {
            throw new ArithmeticException("square root needs an even valuation, got " + v
                    + "; sqrt(t^" + v + " ...) is not a power series");
        }
        BigFraction h0 = exactSqrt(c[v]);
        int half = v / 2;
        int gLength = c.length - v;
        BigFraction[] h = new BigFraction[half + gLength];
        Arrays.fill(h, BigFraction.ZERO);
        h[half] = h0;
        BigFraction twiceH0 = h0.multiply(2);
        for (int k = 1; k < gLength; k++) {
            BigFraction sum = BigFraction.ZERO;
            for (int j = 1; j < k; j++) {
                sum = sum.add(h[half + j].multiply(h[half + k - j]));
            }
            h[half + k] = c[v + k].subtract(sum).divide(twiceH0);
        }
        return new ExactPowerSeries(h);
    }

    private static BigFraction exactSqrt(BigFraction a) {
        if (a.signum() < 0) {
            throw new ArithmeticException("square root needs a positive leading coefficient, got " + a);
        }
        BigInteger p = a.getNumerator().abs();
        BigInteger q = a.getDenominator().abs();
        BigInteger rootP = p.sqrt();
        BigInteger rootQ = q.sqrt();
        if (!rootP.multiply(rootP).equals(p) || !rootQ.multiply(rootQ).equals(q)) {
            throw new ArithmeticException("square root needs a leading coefficient that is the square of a rational, got "
                    + a);
        }
        return BigFraction.of(rootP, rootQ);
    }

    /**
     * Returns the composition f(g(t)).
     *
     * @param inner the inner series g, with g(0) = 0
     * @return f ∘ g, of order min(v<sub>g</sub>(N<sub>f</sub> + 1) − 1, N<sub>g</sub>)
     * @throws IllegalArgumentException if g(0) ≠ 0
     */
    public ExactPowerSeries compose(ExactPowerSeries inner) {
        if (!inner.c[0].isZero()) {
            throw new IllegalArgumentException("inner series must have g(0) = 0, got " + inner.c[0]);
        }
        int vg = inner.valuation();
        long order = Math.min((long) vg * (order() + 1L) - 1, inner.order());
        int n = ArgumentChecks.seriesOrder("composition order", order, BYTES_PER_COEFFICIENT);
        BigFraction[] g = Arrays.copyOf(inner.c, n + 1);
        BigFraction[] result = new BigFraction[n + 1];
        Arrays.fill(result, BigFraction.ZERO);
        for (int k = c.length - 1; k >= 0; k--) {
            result = product(result, g, n);
            result[0] = result[0].add(c[k]);
        }
        return new ExactPowerSeries(result);
    }

    /**
     * Returns the derivative, of order N − 1.
     *
     * @return f′
     * @throws ArithmeticException if the order is 0
     */
    public ExactPowerSeries derivative() {
        if (c.length == 1) {
            throw new ArithmeticException("derivative of a series of order 0 has no known coefficient");
        }
        BigFraction[] h = new BigFraction[c.length - 1];
        for (int k = 1; k < c.length; k++) {
            h[k - 1] = c[k].multiply(k);
        }
        return new ExactPowerSeries(h);
    }

    /**
     * Returns the integral from 0, of order N + 1.
     *
     * @return ∫<sub>0</sub><sup>t</sup> f
     */
    public ExactPowerSeries integral() {
        ArgumentChecks.seriesOrder("integral order", c.length, BYTES_PER_COEFFICIENT);
        BigFraction[] h = new BigFraction[c.length + 1];
        h[0] = BigFraction.ZERO;
        for (int k = 0; k < c.length; k++) {
            h[k + 1] = c[k].divide(k + 1);
        }
        return new ExactPowerSeries(h);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExactPowerSeries && Arrays.equals(c, ((ExactPowerSeries) other).c);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(c);
    }

    /** Returns the series as text, such as {@code 1 - 1 / 2 t + O(t^2)}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < c.length; k++) {
            if (!c[k].isZero()) {
                PowerSeries.appendTerm(text, c[k].signum() < 0, c[k].abs().toString(), k);
            }
        }
        if (text.length() == 0) {
            text.append('0');
        }
        return text.append(" + O(t^").append(c.length).append(')').toString();
    }
}
