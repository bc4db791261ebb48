package io.github.numkit.probability.series;

import java.util.Arrays;

import io.github.numkit.probability.arguments.ArgumentChecks;

/**
 * A Laurent polynomial a<sub>m</sub>s<sup>m</sup> + a<sub>m+1</sub>s<sup>m+1</sup> + … +
 * a<sub>M</sub>s<sup>M</sup> with integer exponents that may be negative, such as the step
 * generating function ps + q/s of a walk on the integers.
 *
 * <p>Unlike {@link PowerSeries} a Laurent polynomial is exact: it has finitely many terms and no
 * truncation. Products are direct convolutions, never FFT, because the coefficients are usually
 * probabilities whose tails matter; each coefficient of a product of non-negative polynomials keeps
 * a relative error of a few ulps per factor. Powers use repeated squaring, so P(s)<sup>n</sup> costs
 * O(log n) products, the last of length n(M − m) + 1.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LaurentPolynomial {

    private final int minExponent;
    private final double[] a;

    private LaurentPolynomial(int minExponent, double[] coefficients) {
        this.minExponent = minExponent;
        this.a = coefficients;
    }

    /**
     * Creates a Laurent polynomial from consecutive coefficients.
     *
     * @param minExponent the exponent m of the first coefficient
     * @param coefficients a<sub>m</sub>, a<sub>m+1</sub>, …; read, not retained; at least one
     * @return the polynomial
     * @throws IllegalArgumentException if there is no coefficient, if a coefficient is not finite, or if
     *     the largest exponent overflows an {@code int}
     */
    public static LaurentPolynomial of(int minExponent, double... coefficients) {
        ArgumentChecks.positive("number of coefficients", coefficients.length);
        ArgumentChecks.atMost("largest exponent", (long) minExponent + coefficients.length - 1, Integer.MAX_VALUE,
                "exponents are int");
        for (int j = 0; j < coefficients.length; j++) {
            ArgumentChecks.finite("coefficient of s^" + (minExponent + j), coefficients[j]);
        }
        return new LaurentPolynomial(minExponent, coefficients.clone());
    }

    /**
     * Returns the smallest exponent m of the stored range.
     *
     * @return m
     */
    public int minExponent() {
        return minExponent;
    }

    /**
     * Returns the largest exponent M of the stored range.
     *
     * @return M
     */
    public int maxExponent() {
        return minExponent + a.length - 1;
    }

    /**
     * Returns the coefficient of s<sup>e</sup>, zero outside the stored range.
     *
     * @param e the exponent
     * @return a<sub>e</sub>
     */
    public double coefficient(long e) {
        long j = e - minExponent;
        return j < 0 || j >= a.length ? 0 : a[(int) j];
    }

    /**
     * Returns a copy of the coefficients a<sub>m</sub> … a<sub>M</sub>.
     *
     * @return a new array
     */
    public double[] coefficients() {
        return a.clone();
    }

    /**
     * Evaluates the polynomial at a nonzero point.
     *
     * @param s the point; 0 is allowed only when m ≥ 0
     * @return the value
     */
    public double evaluate(double s) {
        double sum = 0;
        for (int j = a.length - 1; j >= 0; j--) {
            sum = sum * s + a[j];
        }
        return sum * Math.pow(s, minExponent);
    }

    /**
     * Multiplies by another Laurent polynomial by direct convolution.
     *
     * @param other the other factor
     * @return the product
     * @throws IllegalArgumentException if the product would not fit in memory
     */
    public LaurentPolynomial multiply(LaurentPolynomial other) {
        long length = (long) a.length + other.a.length - 1;
        ArgumentChecks.seriesOrder("product length", length - 1, Double.BYTES);
        long low = (long) minExponent + other.minExponent;
        ArgumentChecks.atMost("smallest exponent magnitude", Math.abs(low), Integer.MAX_VALUE, "exponents are int");
        ArgumentChecks.atMost("largest exponent", low + length - 1, Integer.MAX_VALUE, "exponents are int");
        return new LaurentPolynomial((int) low, Convolution.direct(a, other.a, (int) length - 1));
    }

    /**
     * Raises to a non-negative power by repeated squaring.
     *
     * @param exponent the power n, 0 or more
     * @return this<sup>n</sup>
     * @throws IllegalArgumentException if {@code exponent < 0} or the result would not fit in memory
     */
    public LaurentPolynomial pow(long exponent) {
        ArgumentChecks.nonNegative("exponent", exponent);
        long resultLength = exponent * (a.length - 1L) + 1;
        if (exponent > 0 && (resultLength - 1) / exponent != a.length - 1L) {
            resultLength = Long.MAX_VALUE;
        }
        ArgumentChecks.seriesOrder("length of the power minus one", resultLength - 1, Double.BYTES);
        if (exponent == 0) {
            return new LaurentPolynomial(0, new double[] {1});
        }
        LaurentPolynomial result = null;
        LaurentPolynomial square = this;
        for (long e = exponent; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result = result == null ? square : result.multiply(square);
            }
            if (e > 1) {
                square = square.multiply(square);
            }
        }
        return result;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LaurentPolynomial && minExponent == ((LaurentPolynomial) other).minExponent
                && Arrays.equals(a, ((LaurentPolynomial) other).a);
    }

    @Override
    public int hashCode() {
        return 31 * minExponent + Arrays.hashCode(a);
    }

    /** Returns the polynomial as text, such as {@code 0.5 s^-1 + 0.5 s^1}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < a.length; j++) {
            if (a[j] != 0) {
                if (text.length() > 0) {
                    text.append(a[j] < 0 ? " - " : " + ");
                } else if (a[j] < 0) {
                    text.append('-');
                }
                text.append(Math.abs(a[j])).append(" s^").append(minExponent + j);
            }
        }
        return text.length() == 0 ? "0" : text.toString();
    }
}
