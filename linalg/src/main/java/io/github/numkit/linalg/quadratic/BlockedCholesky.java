package io.github.numkit.linalg.quadratic;

import java.util.stream.IntStream;

/**
 * A right-looking blocked Cholesky factorisation A = LLᵀ of a dense symmetric positive definite
 * matrix, with the trailing update written in a loop shape that the JIT can vectorise.
 *
 * <p>For each block column of width {@value #BLOCK}: factor the diagonal block, solve for the panel
 * below it (L₂₁ = A₂₁L₁₁⁻ᵀ), then update the trailing lower triangle A₂₂ ← A₂₂ − L₂₁L₂₁ᵀ, which is
 * where almost all of the n³/3 flops go. The update copies the panel transposed, so each pair of
 * rows of A₂₂ is updated by contiguous multiply-adds over four panel columns at a time. NOTE: that
 * C2 vectorises this loop is inferred from timings, not checked in the generated code. With
 * {@code threads} greater than 1 the rows of the update are shared among that many tasks of the
 * common fork-join pool; the result is bit for bit the same.
 *
 * <p>Pivots are checked as they are formed: a pivot that is not positive and finite means A is not
 * positive definite to working accuracy. Blocking only reorders the operations of unblocked
 * Cholesky, so the factorisation is backward stable in the same way. Instances are immutable and
 * thread-safe.
 */
public final class BlockedCholesky {

    /** The block width; the transposed panel of a 2000-row matrix then takes 1 MB, about an L2 cache. */
    static final int BLOCK = 64;

    private final int n;
    /** L, row-major, in the lower triangle; the strict upper triangle keeps stale values of A. */
    private final double[] l;

    private BlockedCholesky(int n, double[] l) {
        this.n = n;
        this.l = l;
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
        double[] l = a.clone();
        int pivot = factorInPlace(l, n, threads);
        if (pivot >= 0) {
            throw new IllegalArgumentException("matrix is not positive definite: pivot " + pivot + " is "
                    + l[pivot * n + pivot]);
        }
        return new BlockedCholesky(n, l);
    }

    /** Factors in place; returns −1 on success or the index of the first non-positive pivot. */
    static int factorInPlace(double[] l, int n, int threads) {
        // One scratch panel for all block columns: row p holds column k0 + p of L₂₁, that is Wᵀ.
        double[][] t = n > BLOCK ? new double[BLOCK][n - BLOCK] : null;
        for (int k0 = 0; k0 < n; k0 += BLOCK) {
            int kb = Math.min(BLOCK, n - k0);
            int end = k0 + kb;

            int pivot = factorDiagonalBlock(l, n, k0, end);
            if (pivot >= 0) {
                return pivot;
            }
            int m = n - end;
            if (m == 0) {
                break;
            }

            if (threads == 1 || m < 2 * BLOCK) {
                solvePanel(l, n, t, k0, kb, 0, m);
                updateRows(l, n, t, kb, end, 0, 1);
            } else {
                int chunks = 4 * threads;
                int start = k0;
                IntStream.range(0, chunks).parallel()
                        .forEach(chunk -> solvePanel(l, n, t, start, kb, chunk * m / chunks, (chunk + 1) * m / chunks));
                // Row blocks interleaved by chunk, because row i costs about i − end operations.
                IntStream.range(0, chunks).parallel().forEach(chunk -> updateRows(l, n, t, kb, end, chunk, chunks));
            }
        }
        return -1;
    }

    /**
     * Factors the diagonal block of rows and columns k0 … end − 1 by unblocked Cholesky, row by
     * row; returns −1 or the index of the first pivot that is not positive and finite, whose
     * square is left on the diagonal.
     */
    private static int factorDiagonalBlock(double[] l, int n, int k0, int end) {
        for (int i = k0; i < end; i++) {
            int row = i * n;
            for (int j = k0; j <= i; j++) {
                int other = j * n;
                double sum = l[row + j];
                for (int p = k0; p < j; p++) {
                    sum -= l[row + p] * l[other + p];
                }
                if (j < i) {
                    l[row + j] = sum / l[other + j];
                } else {
                    if (!(sum > 0) || !Double.isFinite(sum)) {
                        l[row + i] = sum;
                        return i;
                    }
                    l[row + i] = Math.sqrt(sum);
                }
            }
        }
        return -1;
    }

    /**
     * Solves W L₁₁ᵀ = A₂₁ for the panel rows end + from … end + to − 1, with end = k0 + kb, and
     * stores W both in L and transposed in t.
     *
     * <p>The solve runs on the transposed copy: row j of Wᵀ is (a_j − Σ_{p&lt;j} L₁₁[j][p]·w_p) /
     * L₁₁[j][j], with a_j and w_p rows of A₂₁ᵀ and Wᵀ, so every step is a multiply-add along a
     * contiguous row that C2 can vectorise, where the row-wise solve would be a chain of dependent
     * additions.
     */
    private static void solvePanel(double[] l, int n, double[][] t, int k0, int kb, int from, int to) {
        int end = k0 + kb;
        for (int i = from; i < to; i++) {
            int row = (end + i) * n + k0;
            for (int j = 0; j < kb; j++) {
                t[j][i] = l[row + j];
            }
        }

        for (int j = 0; j < kb; j++) {
            double[] tj = t[j];
            int diagonalRow = (k0 + j) * n + k0;
            int p = 0;
            for (; p + 4 <= j; p += 4) {
                double c0 = -l[diagonalRow + p];
                double c1 = -l[diagonalRow + p + 1];
                double c2 = -l[diagonalRow + p + 2];
                double c3 = -l[diagonalRow + p + 3];
                double[] t0 = t[p];
                double[] t1 = t[p + 1];
                double[] t2 = t[p + 2];
                double[] t3 = t[p + 3];
                for (int i = from; i < to; i++) {
                    tj[i] = Math.fma(c3, t3[i], Math.fma(c2, t2[i], Math.fma(c1, t1[i], Math.fma(c0, t0[i], tj[i]))));
                }
            }
            for (; p < j; p++) {
                double c = -l[diagonalRow + p];
                double[] tp = t[p];
                for (int i = from; i < to; i++) {
                    tj[i] = Math.fma(c, tp[i], tj[i]);
                }
            }
            double pivot = l[diagonalRow + j];
            for (int i = from; i < to; i++) {
                tj[i] /= pivot;
            }
        }

        for (int i = from; i < to; i++) {
            int row = (end + i) * n + k0;
            for (int j = 0; j < kb; j++) {
                l[row + j] = t[j][i];
            }
        }
    }

    /**
     * Updates the rows end + 4q … end + 4q + 3 for q = first, first + stride, …, four rows at a
     * time, so that each panel value loaded serves four multiply-adds.
     */
    private static void updateRows(double[] l, int n, double[][] t, int kb, int end, int first, int stride) {
        int m = n - end;
        for (int q = first; 4 * q < m; q += stride) {
            int r = 4 * q;
            if (r + 4 <= m) {
                updateFourRows(l, n, t, kb, end, r);
            } else {
                for (int i = r; i < m; i++) {
                    updateRow(l, n, t, kb, end, i);
                }
            }
        }
    }

    /**
     * Subtracts Σₚ W[i][p]·W[j][p] from A[end + i][end + j] for the rows i = r … r + 3 and
     * j ≤ i. Each entry takes the multiply-adds in the order p = 0, 1, …, kb − 1, whichever loop
     * handles it, so the result does not depend on how the rows are shared among threads.
     */
    private static void updateFourRows(double[] l, int n, double[][] t, int kb, int end, int r) {
        int o0 = (end + r) * n + end;
        int o1 = o0 + n;
        int o2 = o1 + n;
        int o3 = o2 + n;
        int p = 0;
        for (; p + 4 <= kb; p += 4) {
            double[] t0 = t[p];
            double[] t1 = t[p + 1];
            double[] t2 = t[p + 2];
            double[] t3 = t[p + 3];
            double w00 = -t0[r];
            double w01 = -t1[r];
            double w02 = -t2[r];
            double w03 = -t3[r];
            double w10 = -t0[r + 1];
            double w11 = -t1[r + 1];
            double w12 = -t2[r + 1];
            double w13 = -t3[r + 1];
            double w20 = -t0[r + 2];
            double w21 = -t1[r + 2];
            double w22 = -t2[r + 2];
            double w23 = -t3[r + 2];
            double w30 = -t0[r + 3];
            double w31 = -t1[r + 3];
            double w32 = -t2[r + 3];
            double w33 = -t3[r + 3];
            for (int j = 0; j <= r; j++) {
                double u0 = t0[j];
                double u1 = t1[j];
                double u2 = t2[j];
                double u3 = t3[j];
                l[o0 + j] = Math.fma(w03, u3, Math.fma(w02, u2, Math.fma(w01, u1, Math.fma(w00, u0, l[o0 + j]))));
                l[o1 + j] = Math.fma(w13, u3, Math.fma(w12, u2, Math.fma(w11, u1, Math.fma(w10, u0, l[o1 + j]))));
                l[o2 + j] = Math.fma(w23, u3, Math.fma(w22, u2, Math.fma(w21, u1, Math.fma(w20, u0, l[o2 + j]))));
                l[o3 + j] = Math.fma(w33, u3, Math.fma(w32, u2, Math.fma(w31, u1, Math.fma(w30, u0, l[o3 + j]))));
            }
        }
        for (; p < kb; p++) {
            double[] tp = t[p];
            double w0 = -tp[r];
            double w1 = -tp[r + 1];
            double w2 = -tp[r + 2];
            double w3 = -tp[r + 3];
            for (int j = 0; j <= r; j++) {
                double u = tp[j];
                l[o0 + j] = Math.fma(w0, u, l[o0 + j]);
                l[o1 + j] = Math.fma(w1, u, l[o1 + j]);
                l[o2 + j] = Math.fma(w2, u, l[o2 + j]);
                l[o3 + j] = Math.fma(w3, u, l[o3 + j]);
            }
        }

        // The triangle above the loop's last column: rows r + 1 … r + 3, columns r + 1 … i.
        for (int i = r + 1; i <= r + 3; i++) {
            int row = (end + i) * n + end;
            for (int j = r + 1; j <= i; j++) {
                double sum = l[row + j];
                for (int q = 0; q < kb; q++) {
                    sum = Math.fma(-t[q][i], t[q][j], sum);
                }
                l[row + j] = sum;
            }
        }
    }

    /** Subtracts Σₚ W[i][p]·W[j][p] from A[end + i][end + j] for j ≤ i, in the order of p. */
    private static void updateRow(double[] l, int n, double[][] t, int kb, int end, int i) {
        int row = (end + i) * n + end;
        for (int p = 0; p < kb; p++) {
            double[] tp = t[p];
            double w = -tp[i];
            for (int j = 0; j <= i; j++) {
                l[row + j] = Math.fma(w, tp[j], l[row + j]);
            }
        }
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
            int row = i * n;
            double sum = x[i];
            for (int k = 0; k < i; k++) {
                sum -= l[row + k] * x[k];
            }
            x[i] = sum / l[row + i];
        }
        // Solve Lᵀ x = y by columns of Lᵀ, which are rows of L, so the inner loop reads memory in order.
        for (int i = n - 1; i >= 0; i--) {
            int row = i * n;
            double xi = x[i] / l[row + i];
            x[i] = xi;
            for (int k = 0; k < i; k++) {
                x[k] -= l[row + k] * xi;
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
            System.arraycopy(l, i * n, result[i], 0, i + 1);
        }
        return result;
    }
}
