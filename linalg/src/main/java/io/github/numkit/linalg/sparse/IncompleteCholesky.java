package io.github.numkit.linalg.sparse;

import java.util.Arrays;
import org.ejml.data.DMatrixSparseCSC;

/**
 * The zero-fill incomplete Cholesky preconditioner IC(0): M = LLᵀ where L has the sparsity of the
 * lower triangle of A and LLᵀ agrees with A on that pattern (Y. Saad, <i>Iterative Methods for
 * Sparse Linear Systems</i>, 2nd ed., SIAM 2003, section 10.3).
 *
 * <p>For some positive definite matrices the factorisation meets a non-positive pivot. It is then
 * restarted on A + α·diag(A) with α = 10⁻³, doubled until it succeeds (Manteuffel's shift), and
 * {@link #shift()} reports the α used. Applying M⁻¹ costs two triangular solves over the stored
 * entries. Immutable and thread-safe.
 */
public final class IncompleteCholesky implements Preconditioner {

    private final int n;
    private final int[] start;
    private final int[] rows;
    private final double[] values;
    private final double shift;
    /**
     * The reciprocals of the diagonal of L. The substitutions multiply by them, because each
     * division would lie on the chain of dependent steps from one unknown to the next.
     */
    private final double[] inverseDiagonal;

    private IncompleteCholesky(int n, int[] start, int[] rows, double[] values, double shift) {
        this.n = n;
        this.start = start;
        this.rows = rows;
        this.values = values;
        this.shift = shift;
        this.inverseDiagonal = new double[n];
        for (int k = 0; k < n; k++) {
            inverseDiagonal[k] = 1 / values[start[k]];
        }
    }

    /**
     * Factors the lower triangle of a symmetric sparse matrix.
     *
     * @param a a square symmetric matrix with a positive diagonal, read only
     * @return the preconditioner
     * @throws IllegalArgumentException if {@code a} is not square, a diagonal entry is missing or not
     *     positive, or no shift up to α = 10⁶ gives positive pivots
     */
    public static IncompleteCholesky of(DMatrixSparseCSC a) {
        if (a.numRows != a.numCols) {
            throw new IllegalArgumentException("matrix must be square, got " + a.numRows + " x " + a.numCols);
        }
        int n = a.numCols;
        int[] start = new int[n + 1];
        for (int j = 0; j < n; j++) {
            int count = 0;
            for (int k = a.col_idx[j]; k < a.col_idx[j + 1]; k++) {
                if (a.nz_rows[k] >= j) {
                    count++;
                }
            }
            start[j + 1] = start[j] + count;
        }
        int[] rows = new int[start[n]];
        double[] lower = new double[start[n]];
        for (int j = 0; j < n; j++) {
            int position = start[j];
            for (int k = a.col_idx[j]; k < a.col_idx[j + 1]; k++) {
                if (a.nz_rows[k] >= j) {
                    rows[position] = a.nz_rows[k];
                    lower[position++] = a.nz_values[k];
                }
            }
            sortColumn(rows, lower, start[j], start[j + 1]);
            if (start[j] == start[j + 1] || rows[start[j]] != j || !(lower[start[j]] > 0)) {
                throw new IllegalArgumentException("diagonal entry " + j + " must be present and > 0, got "
                        + (start[j] < start[j + 1] && rows[start[j]] == j ? String.valueOf(lower[start[j]]) : "none"));
            }
        }

        double[] values = lower.clone();
        int[] position = new int[n];
        Arrays.fill(position, -1);
        double alpha = 0;
        while (!factor(n, start, rows, values, position)) {
            alpha = alpha == 0 ? 1e-3 : 2 * alpha;
            if (alpha > 1e6) {
                throw new IllegalArgumentException("incomplete Cholesky failed even with the diagonal scaled by 1 + "
                        + alpha / 2 + "; the matrix is probably not positive definite");
            }
            System.arraycopy(lower, 0, values, 0, lower.length);
            for (int j = 0; j < n; j++) {
                values[start[j]] *= 1 + alpha;
            }
            Arrays.fill(position, -1);
        }
        return new IncompleteCholesky(n, start, rows, values, alpha);
    }

    /**
     * Returns the diagonal shift the factorisation needed.
     *
     * @return α ≥ 0 such that L was computed from A + α·diag(A); 0 when no shift was needed
     */
    public double shift() {
        return shift;
    }

    /** Right-looking IC(0) in place; returns false at a non-positive pivot. */
    private static boolean factor(int n, int[] start, int[] rows, double[] values, int[] position) {
        for (int k = 0; k < n; k++) {
            double pivot = values[start[k]];
            if (!(pivot > 0) || !Double.isFinite(pivot)) {
                return false;
            }
            double diagonal = Math.sqrt(pivot);
            values[start[k]] = diagonal;
            for (int t = start[k] + 1; t < start[k + 1]; t++) {
                values[t] /= diagonal;
            }
            // Update every column j listed below the diagonal of column k, on the pattern only.
            for (int t = start[k] + 1; t < start[k + 1]; t++) {
                int j = rows[t];
                double ljk = values[t];
                for (int s = start[j]; s < start[j + 1]; s++) {
                    position[rows[s]] = s;
                }
                for (int u = t; u < start[k + 1]; u++) {
                    int target = position[rows[u]];
                    if (target >= 0) {
                        values[target] -= values[u] * ljk;
                    }
                }
                for (int s = start[j]; s < start[j + 1]; s++) {
                    position[rows[s]] = -1;
                }
            }
        }
        return true;
    }

    @Override
    public void apply(double[] r, double[] z) {
        System.arraycopy(r, 0, z, 0, n);
        // Solve L w = r, column by column.
        for (int j = 0; j < n; j++) {
            double w = z[j] * inverseDiagonal[j];
            z[j] = w;
            for (int t = start[j] + 1; t < start[j + 1]; t++) {
                z[rows[t]] -= values[t] * w;
            }
        }
        // Solve Lᵀ z = w: row j of Lᵀ is column j of L.
        for (int j = n - 1; j >= 0; j--) {
            double sum = z[j];
            for (int t = start[j] + 1; t < start[j + 1]; t++) {
                sum -= values[t] * z[rows[t]];
            }
            z[j] = sum * inverseDiagonal[j];
        }
    }

    private static void sortColumn(int[] rows, double[] values, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int row = rows[i];
            double value = values[i];
            int k = i - 1;
            while (k >= from && rows[k] > row) {
                rows[k + 1] = rows[k];
                values[k + 1] = values[k];
                k--;
            }
            rows[k + 1] = row;
            values[k + 1] = value;
        }
    }
}
