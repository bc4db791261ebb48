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
        for (int k0 = 0; k0 < n; k0 += BLOCK) {
            int kb = Math.min(BLOCK, n - k0);
            int end = k0 + kb;

            // Diagonal block: unblocked Cholesky, row by row.
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

            int m = n - end;
            if (m == 0) {
                break;
            }
            // Panel: each row below solves a triangular system with L₁₁; the result is also stored
            // transposed in t so that the trailing update reads it contiguously.
            double[][] t = new double[kb][m];
            for (int i = end; i < n; i++) {
                int row = i * n;
                for (int j = k0; j < end; j++) {
                    int other = j * n;
                    double sum = l[row + j];
                    for (int p = k0; p < j; p++) {
                        sum -= l[row + p] * l[other + p];
                    }
                    double value = sum / l[other + j];
                    l[row + j] = value;
                    t[j - k0][i - end] = value;
                }
            }

            // Trailing update of the lower triangle, row by row.
            if (threads == 1 || m < 2 * BLOCK) {
                updateRows(l, n, t, kb, end, 0, 1);
            } else {
                int chunks = 4 * threads;
                // Row pairs interleaved by chunk, because row i costs about i − end operations.
                IntStream.range(0, chunks).parallel().forEach(chunk -> updateRows(l, n, t, kb, end, chunk, chunks));
            }
        }
        return -1;
    }

    /**
     * Updates the rows end + 2q and end + 2q + 1 for q = first, first + stride, …, two rows at a
     * time, so that each panel value loaded serves two multiply-adds.
     */
    private static void updateRows(double[] l, int n, double[][] t, int kb, int end, int first, int stride) {
        int m = n - end;
        for (int q = first; 2 * q < m; q += stride) {
            int r = 2 * q;
            if (r + 1 < m) {
                updatePair(l, n, t, kb, end, r);
            } else {
                updateRow(l, n, t, kb, end, r);
            }
        }
    }

    /** Subtracts Σₚ L[i][k0 + p]·L[j][k0 + p] from A[i][j] for rows i = end + r and end + r + 1. */
    private static void updatePair(double[] l, int n, double[][] t, int kb, int end, int r) {
        int row0 = (end + r) * n + end;
        int row1 = row0 + n;
        int p = 0;
        for (; p + 4 <= kb; p += 4) {
            double[] t0 = t[p];
            double[] t1 = t[p + 1];
            double[] t2 = t[p + 2];
            double[] t3 = t[p + 3];
            double a0 = t0[r];
            double a1 = t1[r];
            double a2 = t2[r];
            double a3 = t3[r];
            double b0 = t0[r + 1];
            double b1 = t1[r + 1];
            double b2 = t2[r + 1];
            double b3 = t3[r + 1];
            for (int j = 0; j <= r; j++) {
                double u0 = t0[j];
                double u1 = t1[j];
                double u2 = t2[j];
                double u3 = t3[j];
                l[row0 + j] -= a0 * u0 + a1 * u1 + a2 * u2 + a3 * u3;
                l[row1 + j] -= b0 * u0 + b1 * u1 + b2 * u2 + b3 * u3;
            }
            l[row1 + r + 1] -= b0 * b0 + b1 * b1 + b2 * b2 + b3 * b3;
        }
        for (; p < kb; p++) {
            double[] tp = t[p];
            double a = tp[r];
            double b = tp[r + 1];
            for (int j = 0; j <= r; j++) {
                l[row0 + j] -= a * tp[j];
                l[row1 + j] -= b * tp[j];
            }
            l[row1 + r + 1] -= b * b;
        }
    }

    /** Subtracts Σₚ L[i][k0 + p]·L[j][k0 + p] from A[i][j] for end ≤ j ≤ i = end + r. */
    private static void updateRow(double[] l, int n, double[][] t, int kb, int end, int r) {
        int row = (end + r) * n + end;
        for (int p = 0; p < kb; p++) {
            double[] tp = t[p];
            double a = tp[r];
            for (int j = 0; j <= r; j++) {
                l[row + j] -= a * tp[j];
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
