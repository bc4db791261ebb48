package io.github.numkit.linalg.exact;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact rational number p/q with arbitrary-precision integers, kept in lowest terms with q > 0.
 *
 * <p>Arithmetic is exact, so costs grow with the size of the numbers: adding or multiplying two
 * values with d-digit parts costs O(d²) plus a gcd. Instances are immutable and thread-safe, and
 * {@link #equals(Object)} compares values, because the representation is unique.
 */
public final class Rational implements Comparable<Rational> {

    /** Zero. */
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    /** One. */
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Returns the integer {@code value}.
     *
     * @param value the integer
     * @return value/1
     */
    public static Rational of(long value) {
        return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /**
     * Returns {@code numerator/denominator} in lowest terms.
     *
     * @param numerator p
     * @param denominator q, nonzero
     * @return p/q
     * @throws IllegalArgumentException if q is zero
     */
    public static Rational of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * Returns {@code numerator/denominator} in lowest terms.
     *
     * @param numerator p, not null
     * @param denominator q, nonzero
     * @return p/q
     * @throws IllegalArgumentException if q is zero
     */
    public static Rational of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("denominator must be nonzero, got 0 (numerator " + numerator + ")");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Rational(numerator, denominator);
    }

    /**
     * Returns the exact value of a double: every finite double is a dyadic rational m·2ᵉ.
     *
     * @param value a finite double
     * @return the rational equal to {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static Rational valueOf(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, got " + value);
        }
        BigDecimal exact = new BigDecimal(value);
        return ofDecimal(exact);
    }

    /**
     * Parses a fraction "p/q", an integer, or a decimal with an optional exponent ("0.125", "-3e-2"),
     * exactly: "0.1" is 1/10, not the double nearest to it.
     *
     * @param text the number, surrounding blanks allowed
     * @return its exact value
     * @throws IllegalArgumentException if {@code text} is not such a number or has a zero denominator
     */
    public static Rational parse(String text) {
        String trimmed = text.strip();
        try {
            int slash = trimmed.indexOf('/');
            if (slash >= 0) {
                return of(new BigInteger(trimmed.substring(0, slash).strip()),
                        new BigInteger(trimmed.substring(slash + 1).strip()));
            }
            return ofDecimal(new BigDecimal(trimmed));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("text must be a fraction p/q or a decimal number, got \"" + text + "\"",
                    e);
        }
    }

    private static Rational ofDecimal(BigDecimal decimal) {
        BigInteger unscaled = decimal.unscaledValue();
        int scale = decimal.scale();
        if (scale <= 0) {
            return new Rational(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
        }
        return of(unscaled, BigInteger.TEN.pow(scale));
    }

    /**
     * Returns the numerator in lowest terms; it carries the sign.
     *
     * @return p
     */
    public BigInteger numerator() {
        return numerator;
    }

    /**
     * Returns the denominator in lowest terms, always positive.
     *
     * @return q
     */
    public BigInteger denominator() {
        return denominator;
    }

    /**
     * Returns the sum.
     *
     * @param other the addend
     * @return this + other
     */
    public Rational add(Rational other) {
        if (denominator.equals(other.denominator)) {
            return of(numerator.add(other.numerator), denominator);
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /**
     * Returns the difference.
     *
     * @param other the subtrahend
     * @return this − other
     */
    public Rational subtract(Rational other) {
        return add(other.negate());
    }

    /**
     * Returns the product.
     *
     * @param other the factor
     * @return this · other
     */
    public Rational multiply(Rational other) {
        if (numerator.signum() == 0 || other.numerator.signum() == 0) {
            return ZERO;
        }
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /**
     * Returns the quotient.
     *
     * @param other the divisor, nonzero
     * @return this / other
     * @throws ArithmeticException if {@code other} is zero
     */
    public Rational divide(Rational other) {
        if (other.numerator.signum() == 0) {
            throw new ArithmeticException("division by zero: " + this + " / 0");
        }
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    /**
     * Returns the negation.
     *
     * @return −this
     */
    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    /**
     * Returns the sign.
     *
     * @return −1, 0 or 1
     */
    public int signum() {
        return numerator.signum();
    }

    /**
     * Returns the double nearest to this value, ties to even. Values beyond the double range give
     * ±∞; in the subnormal range the result may be one ulp off, because the final scaling rounds a
     * second time.
     *
     * @return the nearest double
     */
    public double doubleValue() {
        if (numerator.signum() == 0) {
            return 0;
        }
        BigInteger p = numerator.abs();
        BigInteger q = denominator;
        // Choose a shift s so that the integer quotient floor(p·2^s / q) has 55 or 56 bits; the
        // remainder then only decides the sticky bit, and one rounding of that integer is exact.
        int s = 55 - (p.bitLength() - q.bitLength());
        BigInteger[] quotient = (s >= 0 ? p.shiftLeft(s) : p).divideAndRemainder(s >= 0 ? q : q.shiftLeft(-s));
        long bits = quotient[0].longValueExact();
        long sticky = quotient[1].signum() == 0 ? 0 : 1;
        double rounded = (double) ((bits << 1) | sticky);
        double result = Math.scalb(rounded, -s - 1);
        return numerator.signum() < 0 ? -result : result;
    }

    @Override
    public int compareTo(Rational other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }

    @Override
    public int hashCode() {
        return numerator.hashCode() * 31 + denominator.hashCode();
    }

    /**
     * Formats the value as "p/q", or as "p" when q = 1.
     *
     * @return the fraction in lowest terms
     */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
