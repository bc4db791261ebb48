package io.github.numkit.calculus;

import io.github.numkit.calculus.validation.Arguments;
import java.util.Arrays;

/**
 * A gradient (or any vector of derivatives) with an error estimate per component and its cost.
 *
 * @param values the derivatives, one per coordinate
 * @param errorEstimates an estimate of the absolute error of each component; zeros for the
 *     dual-number methods
 * @param evaluations the number of function evaluations (or dual passes) it cost
 * @param method how the values were obtained
 */
public record GradientEstimate(double[] values, double[] errorEstimates, long evaluations, String method) {

    /**
     * Creates the record, copying both arrays.
     *
     * @param values the derivatives
     * @param errorEstimates the absolute error estimates, of the same length
     * @param evaluations the number of evaluations
     * @param method how the values were obtained
     */
    public GradientEstimate {
        values = values.clone();
        errorEstimates = errorEstimates.clone();
    }

    /**
     * Returns the derivatives.
     *
     * @return a copy of the derivatives
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * Returns the absolute error estimates.
     *
     * @return a copy of the estimates
     */
    @Override
    public double[] errorEstimates() {
        return errorEstimates.clone();
    }

    /**
     * Returns the Euclidean norm of the values, which for a gradient is the rate of steepest ascent.
     *
     * @return ‖values‖₂
     */
    public double norm() {
        return Arguments.norm(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GradientEstimate g && Arrays.equals(values, g.values)
                && Arrays.equals(errorEstimates, g.errorEstimates) && evaluations == g.evaluations
                && method.equals(g.method);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + Arrays.hashCode(errorEstimates);
    }

    @Override
    public String toString() {
        return "GradientEstimate[values=" + Arrays.toString(values) + ", errorEstimates="
                + Arrays.toString(errorEstimates) + ", evaluations=" + evaluations + ", method=" + method + "]";
    }
}
