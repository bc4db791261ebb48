package io.github.numkit.linalg.sparse;

import org.ejml.data.DMatrixSparseCSC;

/**
 * The 5-point finite-difference Laplacian −Δ on an m×m grid of interior points with zero Dirichlet
 * boundary values, scaled by h² so the entries are 4 on the diagonal and −1 for each grid
 * neighbour. Unknown (i, j) has index i·m + j. The matrix is symmetric positive definite with
 * eigenvalues 4 − 2cos(kπ/(m+1)) − 2cos(lπ/(m+1)), so κ ≈ 4(m+1)²/π². Stateless and thread-safe.
 */
public final class Poisson2d {

    private Poisson2d() {
    }

    /**
     * Builds the matrix in compressed sparse column form, rows sorted within each column.
     *
     * @param m the grid side, at least 1; the matrix has m² rows
     * @return the m²×m² matrix with 5m² − 4m stored entries
     * @throws IllegalArgumentException if m is below 1 or m² exceeds the largest array
     */
    public static DMatrixSparseCSC matrix(int m) {
        long n = checkSide(m);
        long entries = 5 * n - 4L * m;
        DMatrixSparseCSC a = new DMatrixSparseCSC((int) n, (int) n, (int) entries);
        int[] start = a.col_idx;
        int[] rows = a.nz_rows;
        double[] values = a.nz_values;
        int k = 0;
        for (int column = 0; column < n; column++) {
            int i = column / m;
            int j = column % m;
            start[column] = k;
            if (i > 0) {
                rows[k] = column - m;
                values[k++] = -1;
            }
            if (j > 0) {
                rows[k] = column - 1;
                values[k++] = -1;
            }
            rows[k] = column;
            values[k++] = 4;
            if (j < m - 1) {
                rows[k] = column + 1;
                values[k++] = -1;
            }
            if (i < m - 1) {
                rows[k] = column + m;
                values[k++] = -1;
            }
        }
        start[(int) n] = k;
        a.nz_length = k;
        a.indicesSorted = true;
        return a;
    }

    /**
     * Returns the matrix-free operator of the same Laplacian, which stores nothing.
     *
     * @param m the grid side, at least 1
     * @return the operator on vectors of length m²
     * @throws IllegalArgumentException if m is below 1 or m² exceeds the largest array
     */
    public static LinearOperator operator(int m) {
        checkSide(m);
        return (x, y) -> {
            for (int i = 0; i < m; i++) {
                int row = i * m;
                for (int j = 0; j < m; j++) {
                    int index = row + j;
                    double sum = 4 * x[index];
                    if (j > 0) {
                        sum -= x[index - 1];
                    }
                    if (j < m - 1) {
                        sum -= x[index + 1];
                    }
                    if (i > 0) {
                        sum -= x[index - m];
                    }
                    if (i < m - 1) {
                        sum -= x[index + m];
                    }
                    y[index] = sum;
                }
            }
        };
    }

    private static long checkSide(int m) {
        long n = (long) m * m;
        if (m < 1 || 5 * n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("grid side must be between 1 and 20724, got " + m);
        }
        return n;
    }
}
