package io.github.numkit.linalg.leastsquares;

/**
 * Householder QR factorisation with column pivoting, A·P = Q·R, of an m×p matrix stored by columns
 * (Golub and Van Loan, <i>Matrix Computations</i>, 4th ed., 2013, algorithm 5.4.1). At step k the
 * remaining column of largest norm moves to position k, so |R₀₀| ≥ |R₁₁| ≥ … and the diagonal
 * reveals the numerical rank. Cost about 2mp² − 2p³/3 flops.
 */
final class PivotedQr {

    final int m;
    final int p;
    /** Columns of the factored matrix: Householder vectors below the diagonal, R above it. */
    private final double[][] columns;
    private final double[] tau;
    private final double[] diagonal;
    /** Column k of A·P is column {@code permutation[k]} of A. */
    final int[] permutation;

    /** Factors the matrix given by columns; the array is taken over and overwritten. */
    PivotedQr(double[][] columns, int m) {
        this.m = m;
        this.p = columns.length;
        this.columns = columns;
        this.tau = new double[p];
        this.diagonal = new double[p];
        this.permutation = new int[p];
        for (int j = 0; j < p; j++) {
            permutation[j] = j;
        }
        int steps = Math.min(m, p);
        for (int k = 0; k < steps; k++) {
            int best = k;
            double bestNorm = -1;
            for (int j = k; j < p; j++) {
                double norm = norm(columns[j], k);
                if (norm > bestNorm) {
                    bestNorm = norm;
                    best = j;
                }
            }
            swap(k, best);
            reflect(k);
        }
    }

    /** Returns |R_kk|. */
    double absDiagonal(int k) {
        return Math.abs(diagonal[k]);
    }

    /** Overwrites the m-vector {@code v} with Qᵀv. */
    void applyQTranspose(double[] v) {
        for (int k = 0; k < Math.min(m, p); k++) {
            applyReflector(k, v);
        }
    }

    /** Overwrites the m-vector {@code v} with Qv. */
    void applyQ(double[] v) {
        for (int k = Math.min(m, p) - 1; k >= 0; k--) {
            applyReflector(k, v);
        }
    }

    /** Overwrites the first p entries of {@code v} with R⁻¹v (R is p×p upper triangular, m ≥ p). */
    void solveR(double[] v) {
        for (int i = p - 1; i >= 0; i--) {
            double sum = v[i];
            for (int j = i + 1; j < p; j++) {
                sum -= r(i, j) * v[j];
            }
            v[i] = sum / diagonal[i];
        }
    }

    /** Overwrites the first p entries of {@code v} with R⁻ᵀv. */
    void solveRTranspose(double[] v) {
        for (int i = 0; i < p; i++) {
            double sum = v[i];
            for (int j = 0; j < i; j++) {
                sum -= r(j, i) * v[j];
            }
            v[i] = sum / diagonal[i];
        }
    }

    /** Returns the squared row norms of R⁻¹, the diagonal of (RᵀR)⁻¹. */
    double[] inverseGramDiagonal() {
        double[][] inverse = new double[p][p];
        for (int col = 0; col < p; col++) {
            double[] e = new double[p];
            e[col] = 1;
            solveR(e);
            inverse[col] = e;
        }
        double[] result = new double[p];
        for (int i = 0; i < p; i++) {
            double sum = 0;
            for (int col = 0; col < p; col++) {
                sum += inverse[col][i] * inverse[col][i];
            }
            result[i] = sum;
        }
        return result;
    }

    private double r(int i, int j) {
        return i == j ? diagonal[i] : columns[j][i];
    }

    private void applyReflector(int k, double[] v) {
        if (tau[k] == 0) {
            return;
        }
        double[] u = columns[k];
        double s = v[k];
        for (int i = k + 1; i < m; i++) {
            s += u[i] * v[i];
        }
        s *= tau[k];
        v[k] -= s;
        for (int i = k + 1; i < m; i++) {
            v[i] -= s * u[i];
        }
    }

    /**
     * Builds the reflector H = I − τuuᵀ with u₀ = 1 that maps column k below row k to (α, 0, …, 0),
     * choosing the sign of α opposite to the leading entry so that u₀ suffers no cancellation.
     */
    private void reflect(int k) {
        double[] x = columns[k];
        double norm = norm(x, k);
        if (norm == 0) {
            tau[k] = 0;
            diagonal[k] = 0;
            return;
        }
        double alpha = x[k] >= 0 ? -norm : norm;
        double u0 = x[k] - alpha;
        for (int i = k + 1; i < m; i++) {
            x[i] /= u0;
        }
        tau[k] = -u0 / alpha;
        diagonal[k] = alpha;
        x[k] = 1;
        for (int j = k + 1; j < p; j++) {
            applyReflector(k, columns[j]);
        }
        x[k] = alpha;
    }

    private void swap(int k, int j) {
        if (k == j) {
            return;
        }
        double[] column = columns[k];
        columns[k] = columns[j];
        columns[j] = column;
        int index = permutation[k];
        permutation[k] = permutation[j];
        permutation[j] = index;
    }

    /** Returns the norm of v[from..m), scaled against overflow. */
    private double norm(double[] v, int from) {
        double max = 0;
        for (int i = from; i < m; i++) {
            max = Math.max(max, Math.abs(v[i]));
        }
        if (max == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = from; i < m; i++) {
            double scaled = v[i] / max;
            sum += scaled * scaled;
        }
        return max * Math.sqrt(sum);
    }
}
