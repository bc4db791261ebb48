package io.github.numkit.calculus;

/**
 * A scalar field f: ℝⁿ → ℝ evaluated at a point given as a primitive array.
 *
 * <p>A lambda, a method reference or Commons Math's {@code MultivariateFunction::value} fits this
 * interface without an adapter. Implementations must not modify {@code x}; the methods of this
 * module pass a scratch array that they reuse between calls, so an implementation must not keep a
 * reference to it either.
 */
@FunctionalInterface
public interface ScalarField {

    /**
     * Evaluates the field.
     *
     * @param x the point, read only
     * @return f(x)
     */
    double value(double[] x);
}
