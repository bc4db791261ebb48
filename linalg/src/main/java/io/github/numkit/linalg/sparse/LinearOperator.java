package io.github.numkit.linalg.sparse;

import org.ejml.data.DMatrixSparseCSC;

/**
 * A square linear map x ↦ Ax given by its action, for matrix-free solvers.
 */
@FunctionalInterface
public interface LinearOperator {

    /**
     * Writes Ax into {@code y}.
     *
     * @param x the input vector, read only
     * @param y the output vector of the same length, overwritten; must not alias {@code x}
     */
    void apply(double[] x, double[] y);

    /**
     * Returns the product with a symmetric sparse matrix. Because A = Aᵀ, the product is formed
     * row by row from the compressed columns (yᵢ = Σₖ aₖᵢxₖ over column i), which reads x by index
     * and writes each yᵢ once. The matrix is not copied, so it must not change afterwards, and its
     * symmetry is not checked.
     *
     * @param a a square symmetric matrix
     * @return the operator x ↦ Ax
     * @throws IllegalArgumentException if {@code a} is not square
     */
    static LinearOperator ofSymmetric(DMatrixSparseCSC a) {
        if (a.numRows != a.numCols) {
            throw new IllegalArgumentException("matrix must be square, got " + a.numRows + " x " + a.numCols);
        }
        int n = a.numCols;
        int[] start = a.col_idx;
        int[] rows = a.nz_rows;
        double[] values = a.nz_values;
        return (x, y) -> {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int k = start[i]; k < start[i + 1]; k++) {
                    sum += values[k] * x[rows[k]];
                }
                y[i] = sum;
            }
        };
    }
}
