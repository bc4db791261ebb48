package io.github.numkit.linalg.exact;

import io.github.numkit.linalg.quadratic.Definiteness;
import io.github.numkit.linalg.quadratic.Extremum;

/**
 * The exact classification and stationary point of a quadratic form with rational coefficients.
 * Instances are immutable: arrays are copied on the way in and out.
 *
 * @param definiteness the sign pattern of the eigenvalues of the symmetric part of A, exactly
 * @param extremum what the stationary points are
 * @param positiveEigenvalues the number of positive eigenvalues, with multiplicity
 * @param negativeEigenvalues the number of negative eigenvalues, with multiplicity
 * @param rank the rank of A
 * @param point the minimum-norm solution of 2Ax = −b, or {@code null} when there is none
 * @param value f at the point, or {@code null} when there is no point
 * @param nullSpace a basis of the null space of A, one vector per row, in reduced row echelon
 *     form (not orthonormal, so that it stays rational)
 */
public record ExactSolution(Definiteness definiteness, Extremum extremum, int positiveEigenvalues,
        int negativeEigenvalues, int rank, Rational[] point, Rational value, Rational[][] nullSpace) {

    /**
     * Copies the arrays.
     *
     * @param definiteness the sign pattern of the eigenvalues of the symmetric part of A, exactly
     * @param extremum what the stationary points are
     * @param positiveEigenvalues the number of positive eigenvalues, with multiplicity
     * @param negativeEigenvalues the number of negative eigenvalues, with multiplicity
     * @param rank the rank of A
     * @param point the minimum-norm solution of 2Ax = −b, or {@code null} when there is none
     * @param value f at the point, or {@code null} when there is no point
     * @param nullSpace a basis of the null space of A, one vector per row, in reduced row echelon form (not
     *     orthonormal, so that it stays rational)
     */
    public ExactSolution {
        point = point == null ? null : point.clone();
        nullSpace = copy(nullSpace);
    }

    /**
     * Returns a copy of the point.
     *
     * @return x*, or {@code null} when 2Ax + b = 0 has no solution
     */
    @Override
    public Rational[] point() {
        return point == null ? null : point.clone();
    }

    /**
     * Returns a copy of the null-space basis.
     *
     * @return one basis vector per row
     */
    @Override
    public Rational[][] nullSpace() {
        return copy(nullSpace);
    }

    /**
     * Returns the point rounded to the nearest doubles.
     *
     * @return x* as doubles, or {@code null} when there is no point
     */
    public double[] pointAsDoubles() {
        if (point == null) {
            return null;
        }
        double[] x = new double[point.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = point[i].doubleValue();
        }
        return x;
    }

    private static Rational[][] copy(Rational[][] rows) {
        Rational[][] result = new Rational[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            result[i] = rows[i].clone();
        }
        return result;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExactSolution s && definiteness == s.definiteness && extremum == s.extremum
                && positiveEigenvalues == s.positiveEigenvalues && negativeEigenvalues == s.negativeEigenvalues
                && rank == s.rank && java.util.Arrays.equals(point, s.point) && java.util.Objects.equals(value, s.value)
                && java.util.Arrays.deepEquals(nullSpace, s.nullSpace);
    }

    @Override
    public int hashCode() {
        return extremum.hashCode() * 31 + java.util.Arrays.hashCode(point);
    }

    @Override
    public String toString() {
        return "ExactSolution[" + definiteness + ", " + extremum + ", point=" + java.util.Arrays.toString(point)
                + ", value=" + value + "]";
    }
}
