package io.github.numkit.linalg.quadratic;

import java.util.Arrays;

/**
 * The Cholesky factorisation sign·A = L Lᵀ of a definite symmetric matrix (sign = +1 for positive,
 * −1 for negative definite), by the kernel of {@link BlockedCholesky} at every order, kept as rows
 * of L, with the triangular solves, a cheap rigorous upper bound on ‖A⁻¹‖₁ and Hager's estimate of
 * it. Immutable once built, so solutions may keep it to estimate the condition number later, from
 * any thread.
 */
final class CholeskyFactor {

    final int n;
    final int sign;
    /** The rows of L: row i contains lᵢ₀ … lᵢᵢ. */
    private final double[][] l;
    /**
     * The reciprocals 1/lᵢᵢ. The substitutions multiply by them, because a division lies on the
     * chain of dependent operations from one unknown to the next. It takes three to four times as
     * long as a multiplication, and the reciprocal adds one rounding per unknown.
     */
    private final double[] inverseDiagonal;

    private CholeskyFactor(int n, int sign, double[][] l) {
        this.n = n;
        this.sign = sign;
        this.l = l;
        this.inverseDiagonal = new double[n];
        for (int i = 0; i < n; i++) {
            inverseDiagonal[i] = 1 / l[i][i];
        }
    }

    /** Factors sign·A, returning {@code null} when a pivot is not positive and finite. */
    static CholeskyFactor factor(double[] a, int n, int sign) {
        double[][] rows = CholeskyKernel.lowerRows(a, n);
        if (sign < 0) {
            for (double[] row : rows) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = -row[j];
                }
            }
        }
        if (CholeskyKernel.factor(rows, n, 1) >= 0) {
            return null;
        }
        return new CholeskyFactor(n, sign, rows);
    }

    /** Overwrites {@code v} with A⁻¹v, that is sign·L⁻ᵀL⁻¹v. */
    void solveInPlace(double[] v) {
        for (int i = 0; i < n; i++) {
            double[] row = l[i];
            // Four partial sums break the chain of dependent additions that would otherwise bound
            // the forward substitution by the latency of one addition per entry.
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int k = 0;
            for (; k + 4 <= i; k += 4) {
                s0 = Math.fma(row[k], v[k], s0);
                s1 = Math.fma(row[k + 1], v[k + 1], s1);
                s2 = Math.fma(row[k + 2], v[k + 2], s2);
                s3 = Math.fma(row[k + 3], v[k + 3], s3);
            }
            for (; k < i; k++) {
                s0 = Math.fma(row[k], v[k], s0);
            }
            v[i] = (v[i] - ((s0 + s1) + (s2 + s3))) * inverseDiagonal[i];
        }
        // Solve Lᵀ x = y by columns of Lᵀ, which are rows of L, so the inner loop reads memory in order.
        for (int i = n - 1; i >= 0; i--) {
            double[] row = l[i];
            double xi = v[i] * inverseDiagonal[i];
            v[i] = xi;
            for (int k = 0; k < i; k++) {
                v[k] -= row[k] * xi;
            }
        }
        if (sign < 0) {
            for (int i = 0; i < n; i++) {
                v[i] = -v[i];
            }
        }
    }

    /**
     * Returns an upper bound on ‖A⁻¹‖₁ from two triangular solves with nonnegative data.
     *
     * <p>Since A⁻¹ = L⁻ᵀL⁻¹, ‖A⁻¹‖₁ ≤ ‖L⁻ᵀ‖₁‖L⁻¹‖₁ = ‖L⁻¹‖∞‖L⁻¹‖₁. For a triangular L with a
     * positive diagonal, |L⁻¹| ≤ M(L)⁻¹ entry by entry, where the comparison matrix M(L) keeps the
     * diagonal and negates the absolute values of the other entries (N. J. Higham, <i>Accuracy and
     * Stability of Numerical Algorithms</i>, 2nd ed., SIAM 2002, theorem 8.12). M(L)⁻¹ has no
     * negative entry, so ‖L⁻¹‖∞ ≤ max(M(L)⁻¹e) and ‖L⁻¹‖₁ ≤ max(M(L)⁻ᵀe) with e = (1, …, 1): the
     * solves add only nonnegative terms, with no cancellation, and their rounding changes the bound
     * by a relative n·ε at most. The bound can exceed the norm by a factor that grows exponentially
     * with n, up to +∞ after an overflow. On the random well-conditioned matrices of the benchmarks
     * it is 1.2 to 17 times Hager's estimate for n from 2 to 100, and 180 times at n = 300.
     */
    double inverseNormOneUpperBound() {
        double[] y = new double[n];
        double rows = 0;
        for (int i = 0; i < n; i++) {
            double[] row = l[i];
            double sum = 1;
            for (int k = 0; k < i; k++) {
                sum += Math.abs(row[k]) * y[k];
            }
            y[i] = sum * inverseDiagonal[i];
            rows = Math.max(rows, y[i]);
        }
        // Solve M(L)ᵀz = e by columns of M(L)ᵀ, which are rows of L. The array y is reused for
        // the right-hand side.
        Arrays.fill(y, 1);
        double columns = 0;
        for (int i = n - 1; i >= 0; i--) {
            double[] row = l[i];
            double zi = y[i] * inverseDiagonal[i];
            columns = Math.max(columns, zi);
            for (int k = 0; k < i; k++) {
                y[k] += Math.abs(row[k]) * zi;
            }
        }
        return rows * columns;
    }

    /**
     * Estimates ‖A⁻¹‖₁ by Hager's method (W. W. Hager, "Condition estimates", SIAM J. Sci. Stat.
     * Comput. 5(2), 1984), which uses A⁻ᵀ = A⁻¹ here because A is symmetric. The estimate is a lower
     * bound, in practice within a factor of about 3. It takes five solves or more, each a chain of
     * 2n dependent steps. Each call computes it afresh, so concurrent calls share no state.
     */
    double hagerEstimate() {
        double[] x = new double[n];
        double[] y = new double[n];
        Arrays.fill(x, 1.0 / n);
        double estimate = 0;
        for (int iteration = 0; iteration < 5; iteration++) {
            System.arraycopy(x, 0, y, 0, n);
            solveInPlace(y);
            double norm = 0;
            for (double value : y) {
                norm += Math.abs(value);
            }
            if (iteration > 0 && norm <= estimate) {
                break;
            }
            estimate = norm;
            // z = A⁻ᵀ sign(y) is a subgradient of ‖A⁻¹x‖₁ at x; it overwrites y.
            for (int i = 0; i < n; i++) {
                y[i] = y[i] >= 0 ? 1 : -1;
            }
            solveInPlace(y);
            int j = 0;
            double zx = 0;
            for (int i = 0; i < n; i++) {
                zx += y[i] * x[i];
                if (Math.abs(y[i]) > Math.abs(y[j])) {
                    j = i;
                }
            }
            if (Math.abs(y[j]) <= zx) {
                break;
            }
            Arrays.fill(x, 0);
            x[j] = 1;
        }
        // Higham's extra test vector, with entries of alternating sign and growing size, catches
        // matrices on which the iteration above stalls, such as a block-diagonal A whose nearly
        // singular block is orthogonal to the starting vector (N. J. Higham, "FORTRAN codes for
        // estimating the one-norm of a real or complex matrix", ACM TOMS 14(4), 1988).
        if (n > 1) {
            for (int i = 0; i < n; i++) {
                double size = 1 + (double) i / (n - 1);
                y[i] = i % 2 == 0 ? size : -size;
            }
            solveInPlace(y);
            double norm = 0;
            for (double value : y) {
                norm += Math.abs(value);
            }
            estimate = Math.max(estimate, 2 * norm / (3 * n));
        }
        return estimate;
    }

    /**
     * Returns max lᵢᵢ² / min lᵢᵢ², a lower bound on κ₂(A) and so on κ₁(A). The pivot lₖₖ² is
     * 1/(Aₖ⁻¹)ₖₖ for the leading k×k block Aₖ, so it lies between the extreme eigenvalues of Aₖ,
     * and by interlacing between those of A.
     */
    double pivotRatio() {
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double pivot = l[i][i];
            largest = Math.max(largest, pivot);
            smallest = Math.min(smallest, pivot);
        }
        double ratio = largest / smallest;
        return ratio * ratio;
    }
}
