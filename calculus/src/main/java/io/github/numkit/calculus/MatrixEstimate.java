package io.github.numkit.calculus;

import java.util.Arrays;

/**
 * A matrix of derivatives (a Jacobian or a Hessian) with an error estimate per entry and its cost.
 *
 * @param values the entries, row-major: {@code values[i][j]}
 * @param errorEstimates an estimate of the absolute error of each entry; zeros for the dual-number
 *     methods
 * @param evaluations the number of function evaluations (or dual passes) it cost
 * @param method how the entries were obtained
 */
public record MatrixEstimate(double[][] values, double[][] errorEstimates, long evaluations, String method) {

    /**
     * Creates the record, copying both matrices.
     *
     * @param values the entries
     * @param errorEstimates the absolute error estimates, of the same shape
     * @param evaluations the number of evaluations
     * @param method how the entries were obtained
     */
    public MatrixEstimate {
        values = copy(values);
        errorEstimates = copy(errorEstimates);
    }

    /**
     * Returns the entries.
     *
     * @return a deep copy of the entries
     */
    @Override
    public double[][] values() {
        return copy(values);
    }

    /**
     * Returns the absolute error estimates.
     *
     * @return a deep copy of the estimates
     */
    @Override
    public double[][] errorEstimates() {
        return copy(errorEstimates);
    }

    /**
     * Returns one entry.
     *
     * @param i the row
     * @param j the column
     * @return {@code values[i][j]}
     */
    public double get(int i, int j) {
        return values[i][j];
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatrixEstimate m && Arrays.deepEquals(values, m.values)
                && Arrays.deepEquals(errorEstimates, m.errorEstimates) && evaluations == m.evaluations
                && method.equals(m.method);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "MatrixEstimate[values=" + Arrays.deepToString(values) + ", evaluations=" + evaluations
                + ", method=" + method + "]";
    }
}
