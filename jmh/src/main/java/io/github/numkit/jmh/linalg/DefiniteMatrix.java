package io.github.numkit.jmh.linalg;

import java.util.SplittableRandom;

/**
 * The test matrix of the dense solve benchmarks: A = MᵀM/n + I with the entries of M uniform in
 * (−1, 1) from a fixed seed, so A is symmetric positive definite with eigenvalues from 1 to about
 * 7/3 (the Marchenko–Pastur edge 4σ² = 4/3 of MᵀM/n, plus 1), and its condition number stays near
 * 2.3 at every order (at n = 300 the eigenvalues span 1.0000008 to 2.288).
 */
final class DefiniteMatrix {

    private DefiniteMatrix() {
    }

    /** Returns A as rows, drawing n² numbers from {@code random}, which the caller may go on using. */
    static double[][] rows(int n, SplittableRandom random) {
        double[][] m = new double[n][n];
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextDouble(-1, 1);
            }
        }
        // aᵢⱼ = Σₖ mₖᵢmₖⱼ/n, accumulated row k of M at a time so the inner loop reads memory in order.
        double[][] a = new double[n][n];
        for (int k = 0; k < n; k++) {
            double[] mk = m[k];
            for (int i = 0; i < n; i++) {
                double w = mk[i] / n;
                double[] ai = a[i];
                for (int j = 0; j <= i; j++) {
                    ai[j] += w * mk[j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            a[i][i] += 1;
            for (int j = 0; j < i; j++) {
                a[j][i] = a[i][j];
            }
        }
        return a;
    }

    /** Returns the rows of a square matrix packed row-major. */
    static double[] rowMajor(double[][] rows) {
        int n = rows.length;
        double[] data = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, data, i * n, n);
        }
        return data;
    }
}
