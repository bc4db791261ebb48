package io.github.numkit.linalg.sparse;

/**
 * The outcome of a preconditioned conjugate gradient solve. Instances are immutable: arrays are
 * copied on the way in and out.
 *
 * @param solution the last iterate x
 * @param status why the iteration stopped
 * @param iterations the number of iterations performed
 * @param relativeResidual ‖b − Ax‖/‖b‖ recomputed from x at the end, not the recurred value
 *     (0 when b = 0)
 * @param curvature for {@link Status#NEGATIVE_CURVATURE}, pᵀAp/pᵀp of the offending direction; NaN
 *     otherwise
 * @param direction for {@link Status#NEGATIVE_CURVATURE}, the direction p with pᵀAp ≤ 0, which
 *     shows that A is not positive definite; {@code null} otherwise
 */
public record ConjugateGradientResult(double[] solution, Status status, int iterations, double relativeResidual,
        double curvature, double[] direction) {

    /** The reason the iteration stopped. */
    public enum Status {
        /** The recurred relative residual fell to the tolerance. */
        CONVERGED,
        /** The iteration cap was reached first; the solution is the last iterate. */
        ITERATION_LIMIT,
        /** A search direction p had pᵀAp ≤ 0, so A is not positive definite. */
        NEGATIVE_CURVATURE,
        /** rᵀM⁻¹r ≤ 0 for a nonzero residual, so the preconditioner is not positive definite. */
        PRECONDITIONER_NOT_POSITIVE
    }

    /**
     * Copies the arrays.
     *
     * @param solution the last iterate x
     * @param status why the iteration stopped
     * @param iterations the number of iterations performed
     * @param relativeResidual ‖b − Ax‖/‖b‖ recomputed from x at the end, not the recurred value (0 when b = 0)
     * @param curvature for {@link Status#NEGATIVE_CURVATURE}, pᵀAp/pᵀp of the offending direction; NaN otherwise
     * @param direction for {@link Status#NEGATIVE_CURVATURE}, the direction p with pᵀAp ≤ 0, which shows that A is
     *     not positive definite; {@code null} otherwise
     */
    public ConjugateGradientResult {
        solution = solution.clone();
        direction = direction == null ? null : direction.clone();
    }

    /**
     * Returns a copy of the last iterate.
     *
     * @return x
     */
    @Override
    public double[] solution() {
        return solution.clone();
    }

    /**
     * Returns a copy of the negative-curvature direction.
     *
     * @return p with pᵀAp ≤ 0, or {@code null} when none was met
     */
    @Override
    public double[] direction() {
        return direction == null ? null : direction.clone();
    }

    /**
     * Tells whether the tolerance was reached.
     *
     * @return {@code true} for {@link Status#CONVERGED}
     */
    public boolean converged() {
        return status == Status.CONVERGED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConjugateGradientResult r && java.util.Arrays.equals(solution, r.solution)
                && status == r.status && iterations == r.iterations
                && Double.compare(relativeResidual, r.relativeResidual) == 0
                && Double.compare(curvature, r.curvature) == 0 && java.util.Arrays.equals(direction, r.direction);
    }

    @Override
    public int hashCode() {
        return status.hashCode() * 31 + iterations;
    }

    @Override
    public String toString() {
        return "ConjugateGradientResult[" + status + ", iterations=" + iterations + ", relativeResidual="
                + relativeResidual + "]";
    }
}
