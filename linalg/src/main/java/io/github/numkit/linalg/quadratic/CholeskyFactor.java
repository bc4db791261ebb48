package io.github.numkit.linalg.quadratic;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * The Cholesky factorisation sign·A = L Lᵀ of a definite symmetric matrix (sign = +1 for positive,
 * −1 for negative definite), by EJML below order {@value #BLOCKED_THRESHOLD} and by
 * {@link BlockedCholesky} from there on, with the triangular solves and Hager's estimate of the
 * 1-norm condition number. Not thread-safe, because the condition estimate is memoised; each
 * solve owns its own instance.
 */
final class CholeskyFactor {

    /**
     * The order from which the module's own {@link BlockedCholesky} replaces EJML's factorisation.
     * NOTE: chosen from timings at n = 1000 and 2000 only; the crossover was not measured.
     */
    static final int BLOCKED_THRESHOLD = 256;

    final int n;
    final int sign;
    /** L stored row-major, lower triangle. */
    private final double[] l;
    /** The memoised estimate of ‖A⁻¹‖₁, negative until computed. */
    private double inverseNormOne = -1;

    private CholeskyFactor(int n, int sign, double[] l) {
        this.n = n;
        this.sign = sign;
        this.l = l;
    }

    /** Factors sign·A, returning {@code null} when a pivot is not positive. */
    static CholeskyFactor factor(double[] a, int n, int sign) {
        double[] data = a.clone();
        if (sign < 0) {
            for (int i = 0; i < data.length; i++) {
                data[i] = -data[i];
            }
        }
        double[] l;
        if (n >= BLOCKED_THRESHOLD) {
            if (BlockedCholesky.factorInPlace(data, n, 1) >= 0) {
                return null;
            }
            l = data;
        } else {
            CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
            if (!chol.decompose(new DMatrixRMaj(n, n, true, data))) {
                return null;
            }
            l = chol.getT(null).data;
        }
        for (int i = 0; i < n; i++) {
            double pivot = l[i * n + i];
            if (!(pivot > 0) || !Double.isFinite(pivot)) {
                return null;
            }
        }
        return new CholeskyFactor(n, sign, l);
    }

    /** Overwrites {@code v} with A⁻¹v, that is sign·L⁻ᵀL⁻¹v. */
    void solveInPlace(double[] v) {
        for (int i = 0; i < n; i++) {
            double sum = v[i];
            int row = i * n;
            for (int k = 0; k < i; k++) {
                sum -= l[row + k] * v[k];
            }
            v[i] = sum / l[row + i];
        }
        // Solve Lᵀ x = y by columns of Lᵀ, which are rows of L, so the inner loop reads memory in order.
        for (int i = n - 1; i >= 0; i--) {
            int row = i * n;
            double xi = v[i] / l[row + i];
            v[i] = xi;
            for (int k = 0; k < i; k++) {
                v[k] -= l[row + k] * xi;
            }
        }
        if (sign < 0) {
            for (int i = 0; i < n; i++) {
                v[i] = -v[i];
            }
        }
    }

    /**
     * Estimates ‖A⁻¹‖₁ by Hager's method (W. W. Hager, "Condition estimates", SIAM J. Sci. Stat.
     * Comput. 5(2), 1984), which uses A⁻ᵀ = A⁻¹ here because A is symmetric. The estimate is a lower
     * bound, in practice within a factor of about 3.
     */
    double inverseNormOneEstimate() {
        if (inverseNormOne < 0) {
            inverseNormOne = hagerEstimate();
        }
        return inverseNormOne;
    }

    private double hagerEstimate() {
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1.0 / n);
        double estimate = 0;
        for (int iteration = 0; iteration < 5; iteration++) {
            double[] y = x.clone();
            solveInPlace(y);
            double norm = 0;
            for (double value : y) {
                norm += Math.abs(value);
            }
            if (iteration > 0 && norm <= estimate) {
                break;
            }
            estimate = norm;
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                z[i] = y[i] >= 0 ? 1 : -1;
            }
            solveInPlace(z);
            int j = 0;
            double zx = 0;
            for (int i = 0; i < n; i++) {
                zx += z[i] * x[i];
                if (Math.abs(z[i]) > Math.abs(z[j])) {
                    j = i;
                }
            }
            if (Math.abs(z[j]) <= zx) {
                break;
            }
            java.util.Arrays.fill(x, 0);
            x[j] = 1;
        }
        return estimate;
    }
}
