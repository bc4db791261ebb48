package io.github.numkit.linalg.quadratic;

import java.util.stream.IntStream;

/**
 * The engine of {@link BlockedCholesky}: a right-looking blocked Cholesky factorisation of the lower
 * triangle of A stored by rows, row i as an array of its i + 1 entries.
 *
 * <p>The loops that carry the flops are written in the one shape that C2 in JDK 17 vectorises here:
 * every array in the loop is indexed by the loop variable alone, the loop uses at most four
 * loop-invariant multipliers, and it is a small method of its own. Timed against
 * {@code -XX:-UseSuperWord} on JDK 17.0.15 with AVX-512, three variants ran at scalar speed: a loop
 * that reads rows of one flat array at loop-invariant offsets, the same loop written inline in a
 * larger method, and kernels with six to sixteen multipliers (2×3, 2×4 and 4×4 blocks). So the
 * factor works on separate row arrays with global column indices, the transposed panel is indexed
 * by global row number, and the kernels below stay separate and small.
 */
final class CholeskyKernel {

    /** The block width; the transposed panel of a 2000-row matrix then takes 1 MB, within an L2 cache. */
    static final int BLOCK = 64;

    private CholeskyKernel() {
    }

    /** Copies the lower triangle of the row-major n×n array a into rows of lengths 1, 2, …, n. */
    static double[][] lowerRows(double[] a, int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[i + 1];
            System.arraycopy(a, i * n, rows[i], 0, i + 1);
        }
        return rows;
    }

    /**
     * Overwrites the rows of the lower triangle of A with L. Returns −1 on success, or else the index
     * i of the first pivot that is not positive and finite, and then leaves the computed L[i][i]² on
     * the diagonal.
     */
    static int factor(double[][] rows, int n, int threads) {
        // Row p of t holds column k0 + p of L₂₁ for the current block column, indexed by global row.
        double[][] t = n > BLOCK ? new double[BLOCK][n] : null;
        for (int k0 = 0; k0 < n; k0 += BLOCK) {
            int kb = Math.min(BLOCK, n - k0);
            int end = k0 + kb;

            // Step 1: L₁₁ from the diagonal block.
            int pivot = factorDiagonalBlock(rows, k0, end);
            if (pivot >= 0) {
                return pivot;
            }
            int m = n - end;
            if (m == 0) {
                break;
            }

            // Step 2: the panel L₂₁ = A₂₁L₁₁⁻ᵀ. Step 3: A₂₂ ← A₂₂ − L₂₁L₂₁ᵀ.
            if (threads == 1 || m < 2 * BLOCK) {
                solvePanel(rows, t, k0, kb, end, n);
                updateRows(rows, n, t, kb, end, 0, 1);
            } else {
                int chunks = 4 * threads;
                int first = k0;
                IntStream.range(0, chunks).parallel().forEach(chunk -> solvePanel(rows, t, first, kb,
                        end + chunk * m / chunks, end + (chunk + 1) * m / chunks));
                // Row pairs interleaved by chunk, because row i costs about i − end operations.
                IntStream.range(0, chunks).parallel().forEach(chunk -> updateRows(rows, n, t, kb, end, chunk, chunks));
            }
        }
        return -1;
    }

    /**
     * Factors the diagonal block k0 … end − 1 by unblocked Cholesky, row by row, and returns what
     * {@link #factor} returns.
     */
    private static int factorDiagonalBlock(double[][] rows, int k0, int end) {
        for (int i = k0; i < end; i++) {
            double[] row = rows[i];
            for (int j = k0; j <= i; j++) {
                double[] other = rows[j];
                double sum = row[j];
                for (int p = k0; p < j; p++) {
                    sum -= row[p] * other[p];
                }
                if (j < i) {
                    row[j] = sum / other[j];
                } else {
                    if (!(sum > 0) || !Double.isFinite(sum)) {
                        row[i] = sum;
                        return i;
                    }
                    row[i] = Math.sqrt(sum);
                }
            }
        }
        return -1;
    }

    /**
     * Solves W L₁₁ᵀ = A₂₁ for the panel rows from … to − 1, where L₁₁ is the factored diagonal
     * block at k0 of width kb, and stores W in the rows and transposed in t.
     *
     * <p>The solve runs on the transposed copy: row j of Wᵀ is (a_j − Σ_{p&lt;j} L₁₁[j][p]·w_p) /
     * L₁₁[j][j], where a_j and w_p are rows of A₂₁ᵀ and Wᵀ. Each step is then a multiply-add along
     * contiguous rows, where the solve by rows of W would be a chain of dependent additions.
     */
    private static void solvePanel(double[][] rows, double[][] t, int k0, int kb, int from, int to) {
        copyToPanel(rows, t, k0, kb, from, to);

        for (int j = 0; j < kb; j++) {
            double[] tj = t[j];
            double[] diagonalRow = rows[k0 + j];
            int p = 0;
            for (; p + 4 <= j; p += 4) {
                multiplyAdd4(tj, t[p], t[p + 1], t[p + 2], t[p + 3], from, to, -diagonalRow[k0 + p],
                        -diagonalRow[k0 + p + 1], -diagonalRow[k0 + p + 2], -diagonalRow[k0 + p + 3]);
            }
            for (; p < j; p++) {
                multiplyAdd1(tj, t[p], from, to, -diagonalRow[k0 + p]);
            }
            divide(tj, from, to, diagonalRow[k0 + j]);
        }

        copyFromPanel(rows, t, k0, kb, from, to);
    }

    /**
     * Sets t[j][i] = A[i][k0 + j] for j &lt; kb and from ≤ i &lt; to, four rows at a time, so
     * that each write to a row of t fills part of a cache line that the next writes complete. One
     * row at a time, this copy and {@link #copyFromPanel} took about half of the panel step at
     * n = 2000.
     */
    private static void copyToPanel(double[][] rows, double[][] t, int k0, int kb, int from, int to) {
        int i = from;
        for (; i + 4 <= to; i += 4) {
            double[] r0 = rows[i];
            double[] r1 = rows[i + 1];
            double[] r2 = rows[i + 2];
            double[] r3 = rows[i + 3];
            for (int j = 0; j < kb; j++) {
                double[] tj = t[j];
                int column = k0 + j;
                tj[i] = r0[column];
                tj[i + 1] = r1[column];
                tj[i + 2] = r2[column];
                tj[i + 3] = r3[column];
            }
        }
        for (; i < to; i++) {
            double[] row = rows[i];
            for (int j = 0; j < kb; j++) {
                t[j][i] = row[k0 + j];
            }
        }
    }

    /** Sets L[i][k0 + j] = t[j][i] for j &lt; kb and from ≤ i &lt; to, the inverse of {@link #copyToPanel}. */
    private static void copyFromPanel(double[][] rows, double[][] t, int k0, int kb, int from, int to) {
        int i = from;
        for (; i + 4 <= to; i += 4) {
            double[] r0 = rows[i];
            double[] r1 = rows[i + 1];
            double[] r2 = rows[i + 2];
            double[] r3 = rows[i + 3];
            for (int j = 0; j < kb; j++) {
                double[] tj = t[j];
                int column = k0 + j;
                r0[column] = tj[i];
                r1[column] = tj[i + 1];
                r2[column] = tj[i + 2];
                r3[column] = tj[i + 3];
            }
        }
        for (; i < to; i++) {
            double[] row = rows[i];
            for (int j = 0; j < kb; j++) {
                row[k0 + j] = t[j][i];
            }
        }
    }

    /**
     * Updates the trailing rows end + 2q and end + 2q + 1 for q = first, first + stride, …, so that
     * each panel value loaded serves two multiply-adds.
     */
    private static void updateRows(double[][] rows, int n, double[][] t, int kb, int end, int first, int stride) {
        for (int i = end + 2 * first; i < n; i += 2 * stride) {
            if (i + 1 < n) {
                updatePair(rows[i], rows[i + 1], t, kb, end, i);
            } else {
                updateRow(rows[i], t, kb, end, i);
            }
        }
    }

    /**
     * Subtracts Σₚ W[i][p]·W[j][p] from A[i][j] and A[i + 1][j] for end ≤ j ≤ i, and from
     * A[i + 1][i + 1]. Every entry takes its multiply-adds in the order p = 0, 1, …, kb − 1,
     * whichever loop handles it, so the result does not depend on how rows are shared among threads.
     */
    private static void updatePair(double[] c0, double[] c1, double[][] t, int kb, int end, int i) {
        int p = 0;
        for (; p + 2 <= kb; p += 2) {
            double[] t0 = t[p];
            double[] t1 = t[p + 1];
            multiplyAdd2x2(c0, c1, t0, t1, end, i + 1, -t0[i], -t1[i], -t0[i + 1], -t1[i + 1]);
        }
        for (; p < kb; p++) {
            double[] tp = t[p];
            multiplyAdd1(c0, tp, end, i + 1, -tp[i]);
            multiplyAdd1(c1, tp, end, i + 1, -tp[i + 1]);
        }

        double diagonal = c1[i + 1];
        for (int q = 0; q < kb; q++) {
            double w = t[q][i + 1];
            diagonal = Math.fma(-w, w, diagonal);
        }
        c1[i + 1] = diagonal;
    }

    /** Subtracts Σₚ W[i][p]·W[j][p] from A[i][j] for end ≤ j ≤ i, in the order of p. */
    private static void updateRow(double[] c, double[][] t, int kb, int end, int i) {
        for (int p = 0; p < kb; p++) {
            double[] tp = t[p];
            multiplyAdd1(c, tp, end, i + 1, -tp[i]);
        }
    }

    /**
     * Sets c₀[j] += w₀₀u₀[j] + w₀₁u₁[j] and c₁[j] += w₁₀u₀[j] + w₁₁u₁[j] for from ≤ j &lt; to, one
     * fused multiply-add per term.
     */
    private static void multiplyAdd2x2(double[] c0, double[] c1, double[] u0, double[] u1, int from, int to,
            double w00, double w01, double w10, double w11) {
        for (int j = from; j < to; j++) {
            double x0 = u0[j];
            double x1 = u1[j];
            c0[j] = Math.fma(w01, x1, Math.fma(w00, x0, c0[j]));
            c1[j] = Math.fma(w11, x1, Math.fma(w10, x0, c1[j]));
        }
    }

    /** Sets c[j] += w₀u₀[j] + w₁u₁[j] + w₂u₂[j] + w₃u₃[j] for from ≤ j &lt; to, one fused multiply-add per term. */
    private static void multiplyAdd4(double[] c, double[] u0, double[] u1, double[] u2, double[] u3, int from,
            int to, double w0, double w1, double w2, double w3) {
        for (int j = from; j < to; j++) {
            c[j] = Math.fma(w3, u3[j], Math.fma(w2, u2[j], Math.fma(w1, u1[j], Math.fma(w0, u0[j], c[j]))));
        }
    }

    /** Sets c[j] += w·u[j] for from ≤ j &lt; to by a fused multiply-add. */
    private static void multiplyAdd1(double[] c, double[] u, int from, int to, double w) {
        for (int j = from; j < to; j++) {
            c[j] = Math.fma(w, u[j], c[j]);
        }
    }

    /** Sets c[j] /= d for from ≤ j &lt; to. */
    private static void divide(double[] c, int from, int to, double d) {
        for (int j = from; j < to; j++) {
            c[j] /= d;
        }
    }
}
