package io.github.numkit.linalg.leastsquares;

/**
 * The result of a linear least-squares fit y ≈ Xβ: the coefficients with their standard
 * deviations, the residual standard deviation, R², the numerical rank and the method used.
 * Instances are immutable: arrays are copied on the way in and out.
 *
 * @param coefficients β, one per design column; the minimum-norm solution when X is rank-deficient
 * @param standardDeviations s·√((XᵀX)⁻¹)ⱼⱼ for each coefficient; NaN when X is rank-deficient
 *     (the coefficients are then not identifiable) or when there are no residual degrees of freedom
 * @param residualStandardDeviation s = √(RSS/(m − rank)); NaN when m equals the rank
 * @param rSquared 1 − RSS/TSS, with TSS = Σ(yᵢ − ȳ)² when the design has a constant column and
 *     TSS = Σyᵢ² otherwise (the convention of the NIST StRD certified values)
 * @param residualSumOfSquares RSS = Σ(yᵢ − xᵢᵀβ)², accumulated in double-double
 * @param rank the numerical rank of X
 * @param centeredRSquared whether R² used the centred total sum of squares
 * @param method {@code "householder-qr"} for full rank, {@code "svd"} for a rank-deficient design
 * @param refinementSteps the iterative refinement steps applied
 */
public record LeastSquaresFit(double[] coefficients, double[] standardDeviations, double residualStandardDeviation,
        double rSquared, double residualSumOfSquares, int rank, boolean centeredRSquared, String method,
        int refinementSteps) {

    /**
     * Copies the arrays.
     *
     * @param coefficients β, one per design column; the minimum-norm solution when X is rank-deficient
     * @param standardDeviations s·√((XᵀX)⁻¹)ⱼⱼ for each coefficient; NaN when X is rank-deficient (the coefficients
     *     are then not identifiable) or when there are no residual degrees of freedom
     * @param residualStandardDeviation s = √(RSS/(m − rank)); NaN when m equals the rank
     * @param rSquared 1 − RSS/TSS, with TSS = Σ(yᵢ − ȳ)² when the design has a constant column and TSS = Σyᵢ²
     *     otherwise (the convention of the NIST StRD certified values)
     * @param residualSumOfSquares RSS = Σ(yᵢ − xᵢᵀβ)², accumulated in double-double
     * @param rank the numerical rank of X
     * @param centeredRSquared whether R² used the centred total sum of squares
     * @param method {@code "householder-qr"} for full rank, {@code "svd"} for a rank-deficient design
     * @param refinementSteps the iterative refinement steps applied
     */
    public LeastSquaresFit {
        coefficients = coefficients.clone();
        standardDeviations = standardDeviations.clone();
    }

    /**
     * Returns a copy of the coefficients.
     *
     * @return β
     */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /**
     * Returns a copy of the coefficient standard deviations.
     *
     * @return the standard deviation of each coefficient
     */
    @Override
    public double[] standardDeviations() {
        return standardDeviations.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LeastSquaresFit f && java.util.Arrays.equals(coefficients, f.coefficients)
                && java.util.Arrays.equals(standardDeviations, f.standardDeviations)
                && Double.compare(residualStandardDeviation, f.residualStandardDeviation) == 0
                && Double.compare(rSquared, f.rSquared) == 0
                && Double.compare(residualSumOfSquares, f.residualSumOfSquares) == 0 && rank == f.rank
                && centeredRSquared == f.centeredRSquared && method.equals(f.method)
                && refinementSteps == f.refinementSteps;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(coefficients) * 31 + rank;
    }

    @Override
    public String toString() {
        return "LeastSquaresFit[coefficients=" + java.util.Arrays.toString(coefficients) + ", standardDeviations="
                + java.util.Arrays.toString(standardDeviations) + ", residualStandardDeviation="
                + residualStandardDeviation + ", rSquared=" + rSquared + ", rank=" + rank + ", method=" + method
                + "]";
    }
}
