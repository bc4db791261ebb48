package io.github.numkit.calculus;

/**
 * A vector field F: ℝⁿ → ℝᵐ evaluated at a point given as a primitive array.
 *
 * <p>A lambda, a method reference or Commons Math's {@code MultivariateVectorFunction::value}
 * fits this interface. Implementations must not modify or keep {@code x}, and must return a new
 * array (or one the caller may keep) of the same length m on every call.
 */
@FunctionalInterface
public interface VectorField {

    /**
     * Evaluates the field.
     *
     * @param x the point, read only
     * @return F(x), of length m
     */
    double[] value(double[] x);
}
