package io.github.numkit.linalg.quadratic;

import java.util.Arrays;

/**
 * The classification of a quadratic form f(x) = xᵀAx + bᵀx + c by the eigenvalues of the
 * symmetric part of A and the position of b relative to its range.
 *
 * <p>An eigenvalue λ counts as zero when |λ| ≤ {@code tolerance}, where the tolerance is a fixed
 * multiple of the largest |λ|; scaling A by any positive factor therefore leaves the
 * classification unchanged. Instances are immutable: every array is copied on the way in and out.
 *
 * @param definiteness the sign pattern of the eigenvalues
 * @param extremum what the stationary points are
 * @param eigenvalues the eigenvalues of the symmetric part of A in ascending order, or an empty
 *     array when a Cholesky factorisation settled the case without computing them
 * @param tolerance the absolute threshold below which an eigenvalue counted as zero
 * @param rank the number of eigenvalues counted as nonzero
 * @param nullSpace an orthonormal basis of the null space of A, one basis vector per row (no rows
 *     when A is nonsingular)
 * @param decreasingDirection for a form without an extremum (saddle, unbounded or affine), a unit
 *     vector d such that f(x + t·d) → −∞ as t → ∞ from every x; {@code null} for the other cases
 *     and when f is bounded below
 * @param increasingDirection for a form without an extremum, a unit vector d such that
 *     f(x + t·d) → +∞ as t → ∞ from every x; {@code null} for the other cases and when f is
 *     bounded above
 * @param stationary whether 2Ax + b = 0 has a solution, that is whether b lies in the range of A
 *     (always for a minimum, maximum, minimum or maximum set and a constant form; for a saddle only
 *     when b lies in the range of A)
 */
public record Classification(Definiteness definiteness, Extremum extremum, double[] eigenvalues,
        double tolerance, int rank, double[][] nullSpace, double[] decreasingDirection,
        double[] increasingDirection, boolean stationary) {

    /**
     * Copies every array argument.
     *
     * @param definiteness the sign pattern of the eigenvalues
     * @param extremum what the stationary points are
     * @param eigenvalues the eigenvalues of the symmetric part of A in ascending order, or an empty array when a
     *     Cholesky factorisation settled the case without computing them
     * @param tolerance the absolute threshold below which an eigenvalue counted as zero
     * @param rank the number of eigenvalues counted as nonzero
     * @param nullSpace an orthonormal basis of the null space of A, one basis vector per row (no rows when A is
     *     nonsingular)
     * @param decreasingDirection for a form without an extremum (saddle, unbounded or affine), a unit vector d such
     *     that f(x + t·d) → −∞ as t → ∞ from every x; {@code null} for the other cases and when f is bounded below
     * @param increasingDirection for a form without an extremum, a unit vector d such that f(x + t·d) → +∞ as t → ∞
     *     from every x; {@code null} for the other cases and when f is bounded above
     * @param stationary whether 2Ax + b = 0 has a solution, that is whether b lies in the range of A (always for a
     *     minimum, maximum, minimum or maximum set and a constant form; for a saddle only when b lies in the range
     *     of A)
     */
    public Classification {
        eigenvalues = eigenvalues.clone();
        nullSpace = deepCopy(nullSpace);
        decreasingDirection = decreasingDirection == null ? null : decreasingDirection.clone();
        increasingDirection = increasingDirection == null ? null : increasingDirection.clone();
    }

    /**
     * Returns a copy of the eigenvalues in ascending order.
     *
     * @return the eigenvalues, or an empty array when they were not computed
     */
    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /**
     * Returns a copy of the null-space basis.
     *
     * @return orthonormal basis vectors of the null space of A, one per row
     */
    @Override
    public double[][] nullSpace() {
        return deepCopy(nullSpace);
    }

    /**
     * Returns a copy of the direction of unbounded decrease.
     *
     * @return a unit vector along which f decreases without bound, or {@code null}
     */
    @Override
    public double[] decreasingDirection() {
        return decreasingDirection == null ? null : decreasingDirection.clone();
    }

    /**
     * Returns a copy of the direction of unbounded increase.
     *
     * @return a unit vector along which f increases without bound, or {@code null}
     */
    @Override
    public double[] increasingDirection() {
        return increasingDirection == null ? null : increasingDirection.clone();
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Classification c && definiteness == c.definiteness && extremum == c.extremum
                && Arrays.equals(eigenvalues, c.eigenvalues) && tolerance == c.tolerance && rank == c.rank
                && Arrays.deepEquals(nullSpace, c.nullSpace)
                && Arrays.equals(decreasingDirection, c.decreasingDirection)
                && Arrays.equals(increasingDirection, c.increasingDirection) && stationary == c.stationary;
    }

    @Override
    public int hashCode() {
        return definiteness.hashCode() * 31 + extremum.hashCode() * 17 + Arrays.hashCode(eigenvalues) + rank;
    }

    @Override
    public String toString() {
        return "Classification[" + definiteness + ", " + extremum + ", eigenvalues=" + Arrays.toString(eigenvalues)
                + ", tolerance=" + tolerance + ", rank=" + rank + "]";
    }
}
