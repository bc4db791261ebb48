package io.github.numkit.calculus.dual;

/**
 * A number that carries derivative parts along with its value, so that a function written once over
 * this type computes its value and exact derivatives in one pass (forward-mode automatic
 * differentiation).
 *
 * <p>The implementations are {@link Dual} (one derivative along a seed direction),
 * {@link HyperDual} (a dual number whose parts are dual numbers: second derivatives) and
 * {@link GradientDual} (a vector of partial derivatives: a gradient in one pass). Every operation
 * applies the chain rule with the analytic derivative of the operation, so results match the
 * analytic derivative to within a few ulps, without truncation error.
 *
 * <p><b>Edges of the domains.</b> A derivative part that is exactly 0 stays 0 when the operation's
 * derivative is finite, or when the number does not depend on the seed at all, so sqrt(c) of a
 * constant c = 0 has derivative 0, and pow(x, p) with a zero base follows the limits of p·xᵖ⁻¹. When
 * the operation's derivative is infinite and the argument depends on the seed with a derivative
 * part of 0, as in sqrt(x²) or cbrt(x³) at 0, the part is NaN: forward mode cannot decide, because
 * the true derivative may not exist (sqrt(x²) = |x|) or may be anything (cbrt(x³) = x). Where a
 * derivative is infinite along a nonzero seed (sqrt or cbrt of x at 0) the part is infinite. abs, min, max and hypot at a tie return the
 * one-sided derivative along the seed: the sign of a number is that of its first nonzero part,
 * value first; for example |−x²| at 0 has second derivative 2. Such a tie sets {@link #atKink()},
 * which the methods of {@link ForwardMode} use to report a missing gradient. Outside a function's
 * domain the value is NaN as in {@link Math}, and so are the derivative parts.
 *
 * <p>Implementations are immutable and thread-safe. Like the arithmetic of {@link java.math.BigDecimal},
 * an operation given a null operand throws {@link NullPointerException}; the factories of each
 * kind throw {@link IllegalArgumentException} naming a null argument.
 *
 * @param <T> the implementing type
 */
public interface DualNumber<T extends DualNumber<T>> {

    /**
     * Returns the value part.
     *
     * @return the value
     */
    double value();

    /**
     * Returns a constant of the same kind (same dimension), with all derivative parts 0.
     *
     * @param c the value
     * @return the constant
     */
    T constant(double c);

    /**
     * Returns whether an abs, min, max or hypot in the computation of this number met a tie at which
     * its derivative jumps, so that the derivative parts are one-sided.
     *
     * @return true at a kink
     */
    boolean atKink();

    /**
     * Returns f(this) for a function f with value f0, first derivative f1 and second derivative f2
     * at {@link #value()}: the chain rule of this number's kind. A zero derivative part contributes
     * zero when f1 is finite or the number does not depend on the seed, and NaN (undetermined) when
     * f1 is infinite and it does.
     *
     * @param f0 f(a)
     * @param f1 f'(a)
     * @param f2 f''(a); ignored by first-order kinds
     * @return f(this)
     */
    T compose(double f0, double f1, double f2);

    /**
     * Returns the sign of the first nonzero part, value first: −1, 0 or 1.
     *
     * @return the lexicographic sign
     */
    int signum();

    /**
     * Returns this + other.
     *
     * @param other the addend
     * @return the sum
     */
    T add(T other);

    /**
     * Returns this + c.
     *
     * @param c the constant
     * @return the sum
     */
    T add(double c);

    /**
     * Returns this − other.
     *
     * @param other the subtrahend
     * @return the difference
     */
    T subtract(T other);

    /**
     * Returns this − c.
     *
     * @param c the constant
     * @return the difference
     */
    T subtract(double c);

    /**
     * Returns this · other.
     *
     * @param other the factor
     * @return the product
     */
    T multiply(T other);

    /**
     * Returns this · c.
     *
     * @param c the constant
     * @return the product
     */
    T multiply(double c);

    /**
     * Returns this / other.
     *
     * @param other the divisor
     * @return the quotient
     */
    T divide(T other);

    /**
     * Returns this / c.
     *
     * @param c the constant
     * @return the quotient
     */
    T divide(double c);

    /**
     * Returns −this.
     *
     * @return the negation
     */
    T negate();

    /**
     * Returns 1/this.
     *
     * @return the reciprocal
     */
    T reciprocal();

    /**
     * Returns eˣ.
     *
     * @return the exponential
     */
    T exp();

    /**
     * Returns eˣ − 1, accurate near 0.
     *
     * @return the result
     */
    T expm1();

    /**
     * Returns ln x; NaN for x &lt; 0.
     *
     * @return the natural logarithm
     */
    T log();

    /**
     * Returns ln(1 + x), accurate near 0.
     *
     * @return the result
     */
    T log1p();

    /**
     * Returns √x; at x = 0 the derivative is +∞ along a nonzero seed and 0 along a zero one.
     *
     * @return the square root
     */
    T sqrt();

    /**
     * Returns ∛x, defined for negative x too.
     *
     * @return the cube root
     */
    T cbrt();

    /**
     * Returns xᵖ for a constant exponent, with p·xᵖ⁻¹ read as its limit where the coefficient is 0:
     * x⁰ is the constant 1 and x¹ has derivative 1 at x = 0.
     *
     * @param p the exponent
     * @return the power
     */
    T pow(double p);

    /**
     * Returns xʸ = exp(y·ln x) for x &gt; 0. At x = 0 with y &gt; 0 the result is 0 and the
     * derivative with respect to y, xʸ·ln x, is its limit 0. For x &lt; 0 only a y without
     * derivative parts is valid, computed as {@link #pow(double)}; otherwise the result is NaN.
     *
     * @param y the exponent
     * @return the power
     */
    T pow(T y);

    /**
     * Returns sin x.
     *
     * @return the sine
     */
    T sin();

    /**
     * Returns cos x.
     *
     * @return the cosine
     */
    T cos();

    /**
     * Returns tan x.
     *
     * @return the tangent
     */
    T tan();

    /**
     * Returns asin x; the derivative is infinite at ±1.
     *
     * @return the arcsine
     */
    T asin();

    /**
     * Returns acos x; the derivative is infinite at ±1.
     *
     * @return the arccosine
     */
    T acos();

    /**
     * Returns atan x.
     *
     * @return the arctangent
     */
    T atan();

    /**
     * Returns the angle of the point (x, y) with this = y, as {@link Math#atan2(double, double)}.
     * At (0, 0) the derivative parts are NaN, because the angle has no limit there.
     *
     * @param x the abscissa
     * @return atan2(this, x)
     */
    T atan2(T x);

    /**
     * Returns sinh x.
     *
     * @return the hyperbolic sine
     */
    T sinh();

    /**
     * Returns cosh x.
     *
     * @return the hyperbolic cosine
     */
    T cosh();

    /**
     * Returns tanh x.
     *
     * @return the hyperbolic tangent
     */
    T tanh();

    /**
     * Returns |x|, with the one-sided derivative along the seed at 0.
     *
     * @return the absolute value
     */
    T abs();

    /**
     * Returns √(x² + y²) without overflow; at (0, 0) the one-sided derivative along the seed.
     *
     * @param y the other leg
     * @return the hypotenuse
     */
    T hypot(T y);

    /**
     * Returns the smaller of this and other; at a tie the one-sided derivative along the seed.
     *
     * @param other the other number
     * @return the minimum
     */
    T min(T other);

    /**
     * Returns the larger of this and other; at a tie the one-sided derivative along the seed.
     *
     * @param other the other number
     * @return the maximum
     */
    T max(T other);
}
