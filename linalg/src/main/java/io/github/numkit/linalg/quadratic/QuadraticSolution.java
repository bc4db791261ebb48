package io.github.numkit.linalg.quadratic;

/**
 * The stationary point of a quadratic form f(x) = xᵀAx + bᵀx + c, how it was found and how far it
 * can be trusted.
 *
 * <p>When 2Ax + b = 0 has no solution ({@link Classification#stationary()} is false), there is no
 * point: {@link #point()} returns {@code null} and {@link #value()}, {@link #residualNorm()} and
 * {@link #forwardErrorBound()} are NaN. When A is singular and a solution exists, the point is the
 * one of minimum Euclidean norm. Instances are immutable.
 *
 * @param classification the classification of the form
 * @param point the stationary point x* (minimiser, maximiser, saddle point or minimum-norm
 *     member of the stationary set), or {@code null} when there is none
 * @param value f(x*), or NaN when there is no stationary point
 * @param residualNorm ‖2Ax* + b‖₂ computed in double-double arithmetic, or NaN when there is no point
 * @param conditionEstimate for {@link SolveMethod#EIGENDECOMPOSITION} the ratio of the largest to the
 *     smallest nonzero |λ| of A (κ₂ of A on its range; 1 when A is zero); for
 *     {@link SolveMethod#CHOLESKY} Hager's lower estimate of the 1-norm condition number
 * @param forwardErrorBound an estimate of the bound ‖x̂ − x*‖/‖x*‖ ≤ κ·‖2Ax̂ + b‖/‖b‖ on the relative
 *     error of the point (0 when b = 0, NaN when there is no point)
 * @param method the factorisation that produced the point
 * @param refinementSteps the number of iterative refinement steps applied
 * @param antisymmetricNorm the Frobenius norm of (A − Aᵀ)/2, the part of A that f ignores
 */
public record QuadraticSolution(Classification classification, double[] point, double value,
        double residualNorm, double conditionEstimate, double forwardErrorBound, SolveMethod method,
        int refinementSteps, double antisymmetricNorm) {

    /**
     * Copies the point.
     *
     * @param classification the classification of the form
     * @param point the stationary point x* (minimiser, maximiser, saddle point or minimum-norm member of the
     *     stationary set), or {@code null} when there is none
     * @param value f(x*), or NaN when there is no stationary point
     * @param residualNorm ‖2Ax* + b‖₂ computed in double-double arithmetic, or NaN when there is no point
     * @param conditionEstimate for {@link SolveMethod#EIGENDECOMPOSITION} the ratio of the largest to the smallest
     *     nonzero |λ| of A (κ₂ of A on its range; 1 when A is zero); for {@link SolveMethod#CHOLESKY} Hager's lower
     *     estimate of the 1-norm condition number
     * @param forwardErrorBound an estimate of the bound ‖x̂ − x*‖/‖x*‖ ≤ κ·‖2Ax̂ + b‖/‖b‖ on the relative error of
     *     the point (0 when b = 0, NaN when there is no point)
     * @param method the factorisation that produced the point
     * @param refinementSteps the number of iterative refinement steps applied
     * @param antisymmetricNorm the Frobenius norm of (A − Aᵀ)/2, the part of A that f ignores
     */
    public QuadraticSolution {
        point = point == null ? null : point.clone();
    }

    /**
     * Returns a copy of the stationary point.
     *
     * @return x*, or {@code null} when 2Ax + b = 0 has no solution
     */
    @Override
    public double[] point() {
        return point == null ? null : point.clone();
    }

    /**
     * Tells whether a stationary point was found.
     *
     * @return {@code true} exactly when {@link #point()} is not {@code null}
     */
    public boolean hasPoint() {
        return point != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuadraticSolution s && classification.equals(s.classification)
                && java.util.Arrays.equals(point, s.point) && Double.compare(value, s.value) == 0
                && Double.compare(residualNorm, s.residualNorm) == 0
                && Double.compare(conditionEstimate, s.conditionEstimate) == 0
                && Double.compare(forwardErrorBound, s.forwardErrorBound) == 0 && method == s.method
                && refinementSteps == s.refinementSteps
                && Double.compare(antisymmetricNorm, s.antisymmetricNorm) == 0;
    }

    @Override
    public int hashCode() {
        return classification.hashCode() * 31 + java.util.Arrays.hashCode(point) + Double.hashCode(value);
    }

    @Override
    public String toString() {
        return "QuadraticSolution[" + classification.extremum() + ", point="
                + java.util.Arrays.toString(point) + ", value=" + value + ", residualNorm=" + residualNorm
                + ", conditionEstimate=" + conditionEstimate + ", method=" + method + "]";
    }
}
