package io.github.numkit.linalg.sparse;

import org.ejml.data.DMatrixSparseCSC;

/**
 * The Jacobi (diagonal) preconditioner M = diag(A): zᵢ = rᵢ/aᵢᵢ. One division per entry, no
 * setup beyond reading the diagonal. Immutable and thread-safe.
 */
public final class JacobiPreconditioner implements Preconditioner {

    private final double[] inverseDiagonal;

    private JacobiPreconditioner(double[] inverseDiagonal) {
        this.inverseDiagonal = inverseDiagonal;
    }

    /**
     * Builds the preconditioner from the diagonal of a square sparse matrix.
     *
     * @param a the matrix, read only
     * @return the preconditioner
     * @throws IllegalArgumentException if {@code a} is not square or a diagonal entry is not positive
     */
    public static JacobiPreconditioner of(DMatrixSparseCSC a) {
        if (a.numRows != a.numCols) {
            throw new IllegalArgumentException("matrix must be square, got " + a.numRows + " x " + a.numCols);
        }
        double[] diagonal = new double[a.numCols];
        for (int j = 0; j < a.numCols; j++) {
            for (int k = a.col_idx[j]; k < a.col_idx[j + 1]; k++) {
                if (a.nz_rows[k] == j) {
                    diagonal[j] += a.nz_values[k];
                }
            }
        }
        return ofDiagonal(diagonal);
    }

    /**
     * Builds the preconditioner from the diagonal of A.
     *
     * @param diagonal aᵢᵢ, all positive and finite; read only
     * @return the preconditioner
     * @throws IllegalArgumentException if an entry is not positive and finite
     */
    public static JacobiPreconditioner ofDiagonal(double[] diagonal) {
        double[] inverse = new double[diagonal.length];
        for (int i = 0; i < diagonal.length; i++) {
            if (!(diagonal[i] > 0) || !Double.isFinite(diagonal[i])) {
                throw new IllegalArgumentException("diagonal entries must be finite and > 0 for a positive definite"
                        + " matrix, got " + diagonal[i] + " at " + i);
            }
            inverse[i] = 1 / diagonal[i];
        }
        return new JacobiPreconditioner(inverse);
    }

    @Override
    public void apply(double[] r, double[] z) {
        for (int i = 0; i < r.length; i++) {
            z[i] = r[i] * inverseDiagonal[i];
        }
    }
}
