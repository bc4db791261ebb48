package io.github.numkit.linalg.quadratic;

/**
 * A right-looking blocked Cholesky factorisation A = LLᵀ of a dense symmetric positive definite
 * matrix, with the flops in loops that the JIT vectorises.
 *
 * <p>For each block column of width 64: factor the diagonal block, solve for the panel below it
 * (L₂₁ = A₂₁L₁₁⁻ᵀ), then update the trailing lower triangle A₂₂ ← A₂₂ − L₂₁L₂₁ᵀ, which is where
 * almost all of the n³/3 flops go. The panel is solved on a transposed copy, so that each step is a
 * multiply-add along contiguous memory. The update takes two rows of A₂₂ and two panel columns per
 * pass, so it does four fused multiply-adds for every two panel values loaded. That C2 vectorises
 * these loops is inferred from timings against {@code -XX:-UseSuperWord} on JDK 17.0.15, not read
 * from the generated code. With {@code threads} greater than 1 the panel rows and the rows of the
 * update are shared among that many tasks of the common fork-join pool. Every entry takes its
 * operations in the same order, so the result is bit for bit the same.
 *
 * <p>Pivots are checked as they are formed: a pivot that is not positive and finite means A is not
 * positive definite to working accuracy. Blocking only reorders the operations of unblocked
 * Cholesky, and fused multiply-adds round once where a multiplication and a subtraction round
 * twice, so the factorisation is backward stable in the same way. The factor costs n³/3 flops and
 * n²/2 doubles beside A, plus a 64×n scratch panel while it runs. Instances are immutable and
 * thread-safe.
 */
public final class BlockedCholesky {

    private final int n;
    /** L by rows: row i contains L[i][0 … i]. */
    private final double[][] rows;

    private BlockedCholesky(int n, double[][] rows) {
        this.n = n;
        this.rows = rows;
    }

    /**
     * Factors A on the calling thread.
     *
     * @param a the n×n matrix row-major; only its lower triangle is read; not modified
     * @param n the order, at least 1
     * @return the factorisation
     * @throws IllegalArgumentException if the array length is not n², or A is not positive
     *     definite, with the index of the failing pivot in the message
     */
    public static BlockedCholesky factor(double[] a, int n) {
        return factor(a, n, 1);
    }

    /**
     * Factors A, sharing the trailing updates among {@code threads} tasks.
     *
     * @param a the n×n matrix row-major; only its lower triangle is read; not modified
     * @param n the order, at least 1
     * @param threads the number of parallel tasks for the trailing update, at least 1
     * @return the factorisation
     * @throws IllegalArgumentException if the array length is not n², {@code threads} is below 1,
     *     or A is not positive definite, with the index of the failing pivot in the message
     */
    public static BlockedCholesky factor(double[] a, int n, int threads) {
        if (n < 1 || a == null || a.length != (long) n * n) {
            throw new IllegalArgumentException("a must hold n*n = " + ((long) n * n) + " entries for n = " + n
                    + ", got " + (a == null ? "null" : String.valueOf(a.length)));
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        double[][] rows = CholeskyKernel.lowerRows(a, n);
        int pivot = CholeskyKernel.factor(rows, n, threads);
        if (pivot >= 0) {
            throw new IllegalArgumentException("matrix is not positive definite: pivot " + pivot + " is "
                    + rows[pivot][pivot]);
        }
        return new BlockedCholesky(n, rows);
    }

    /**
     * Factors the lower triangle of the row-major n×n array l in place and leaves its strict upper
     * triangle as it was. Returns −1 on success, or else the index i of the first pivot that is not
     * positive and finite, with the computed L[i][i]² then on the diagonal.
     */
    static int factorInPlace(double[] l, int n, int threads) {
        double[][] rows = CholeskyKernel.lowerRows(l, n);
        int pivot = CholeskyKernel.factor(rows, n, threads);
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, l, i * n, i + 1);
        }
        return pivot;
    }

    /**
     * Returns the order of A.
     *
     * @return n
     */
    public int dimension() {
        return n;
    }

    /**
     * Solves Ax = b by forward and back substitution with L.
     *
     * @param b the right-hand side, of length n; read only
     * @return a new array holding x
     * @throws IllegalArgumentException if b has the wrong length
     */
    public double[] solve(double[] b) {
        if (b == null || b.length != n) {
            throw new IllegalArgumentException("b must have length " + n + ", got "
                    + (b == null ? "null" : String.valueOf(b.length)));
        }
        double[] x = b.clone();
        for (int i = 0; i < n; i++) {
            double[] row = rows[i];
            double sum = x[i];
            for (int k = 0; k < i; k++) {
                sum -= row[k] * x[k];
            }
            x[i] = sum / row[i];
        }
        // Solve Lᵀ x = y by columns of Lᵀ, which are rows of L, so the inner loop reads memory in order.
        for (int i = n - 1; i >= 0; i--) {
            double[] row = rows[i];
            double xi = x[i] / row[i];
            x[i] = xi;
            for (int k = 0; k < i; k++) {
                x[k] -= row[k] * xi;
            }
        }
        return x;
    }

    /**
     * Returns L.
     *
     * @return a new n×n array with L in its lower triangle and zeros above
     */
    public double[][] lower() {
        double[][] result = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, result[i], 0, i + 1);
        }
        return result;
    }
}
