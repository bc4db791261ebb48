package io.github.numkit.linalg.leastsquares;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Linear least squares: the β that minimises ‖Xβ − y‖², which is the quadratic form with A = XᵀX,
 * solved without forming XᵀX because that would square the condition number.
 *
 * <p><b>Method.</b> Each column of X is divided by the power of two nearest below its norm (so the
 * rank decision does not depend on the units of each predictor, and the scaling is exact), then
 * factored by Householder QR with column pivoting. The
 * numerical rank counts the diagonal entries of R with |Rₖₖ| > max(m, p)·ε·|R₀₀|. For full rank,
 * β = R⁻¹Qᵀy, improved by iterative refinement of the augmented system [I X; Xᵀ 0][r; β] = [y; 0]
 * with residuals accumulated in double-double (Å. Björck, "Iterative refinement of linear least
 * squares solutions I", BIT 7, 1967), which gives full working accuracy while κ(X)·ε ≪ 1. For a
 * rank-deficient X a least-squares solution comes from EJML's SVD of the column-scaled X,
 * keeping the {@code rank} largest singular values, refined by z ← z + (XD⁻¹)⁺(y − Xβ) in the
 * scaled coordinates z = Dβ; its component in the null space of X is then removed, which leaves
 * the solution of minimum ‖β‖.
 *
 * <p>Standard deviations are s·√((XᵀX)⁻¹)ⱼⱼ, read from the rows of R⁻¹, so their relative accuracy
 * is about κ(X_scaled)·ε. Cost O(mp²). Stateless and thread-safe.
 */
public final class LeastSquares {

    /** The largest number of refinement steps. */
    private static final int MAX_REFINEMENT_STEPS = 20;

    private static final double EPSILON = Math.ulp(1.0);

    private LeastSquares() {
    }

    /**
     * Fits y ≈ Xβ.
     *
     * @param design X, m rows of p finite entries; read only
     * @param response y, m finite entries; read only
     * @return the fit
     * @throws IllegalArgumentException if X is empty or ragged, the lengths disagree, or an entry
     *     is not finite
     */
    public static LeastSquaresFit fit(double[][] design, double[] response) {
        int p = Checks.design(design);
        Checks.response(response, design.length);
        return new Engine(design, null, response, null, p).run();
    }

    /**
     * Fits y ≈ Xβ for data known to more than double precision, given as unevaluated sums
     * X = X_high + X_low and y = y_high + y_low (for example decimal data, or powers of x computed
     * in double-double). The low parts enter only the refinement residuals, which then see the data
     * to about 32 significant digits, so the solution is not limited by rounding the data to doubles.
     *
     * @param designHigh the leading part of X, m×p, finite
     * @param designLow the trailing part of X, m×p, finite (use zeros where the high part is exact)
     * @param responseHigh the leading part of y, m entries, finite
     * @param responseLow the trailing part of y, m entries, finite
     * @return the fit
     * @throws IllegalArgumentException if a shape disagrees or an entry is not finite
     */
    public static LeastSquaresFit fit(double[][] designHigh, double[][] designLow, double[] responseHigh,
            double[] responseLow) {
        int p = Checks.design(designHigh);
        int q = Checks.design(designLow);
        if (designLow.length != designHigh.length || q != p) {
            throw new IllegalArgumentException("designLow must be " + designHigh.length + "x" + p + " like designHigh, got "
                    + designLow.length + "x" + q);
        }
        Checks.response(responseHigh, designHigh.length);
        Checks.response(responseLow, designHigh.length);
        return new Engine(designHigh, designLow, responseHigh, responseLow, p).run();
    }

    /**
     * Builds the polynomial design matrix with columns 1, x, x², …, x^degree.
     *
     * @param x the abscissae, finite; read only
     * @param degree the degree, at least 0
     * @return a new m×(degree + 1) array
     * @throws IllegalArgumentException if x is null, the degree is negative or 2³¹ − 1 (whose column
     *     count does not fit an int), or an abscissa is not finite
     */
    public static double[][] polynomialDesign(double[] x, int degree) {
        if (x == null) {
            throw new IllegalArgumentException("x must be an array of abscissae, got null");
        }
        if (degree < 0 || degree == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("degree must be in [0, " + (Integer.MAX_VALUE - 1) + "], got "
                    + degree);
        }
        double[][] design = new double[x.length][degree + 1];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("x entries must be finite, got " + x[i] + " at " + i);
            }
            double power = 1;
            for (int k = 0; k <= degree; k++) {
                design[i][k] = power;
                power *= x[i];
            }
        }
        return design;
    }

    /**
     * Prepends a column of ones to a design matrix.
     *
     * @param predictors m×k predictor values; read only
     * @return a new m×(k + 1) array whose first column is 1
     * @throws IllegalArgumentException if {@code predictors} or one of its rows is null
     */
    public static double[][] withIntercept(double[][] predictors) {
        if (predictors == null) {
            throw new IllegalArgumentException("predictors must be an m×k array, got null");
        }
        double[][] design = new double[predictors.length][];
        for (int i = 0; i < predictors.length; i++) {
            if (predictors[i] == null) {
                throw new IllegalArgumentException("predictors rows must not be null, got null in row " + i);
            }
            design[i] = new double[predictors[i].length + 1];
            design[i][0] = 1;
            System.arraycopy(predictors[i], 0, design[i], 1, predictors[i].length);
        }
        return design;
    }

    /** One fit: the scaled QR, the solve, the refinement and the statistics. */
    private static final class Engine {
        private final double[][] x;
        private final double[][] xLow;
        private final double[] y;
        private final double[] yLow;
        private final int m;
        private final int p;
        /** The power of two that divides each column of X. */
        private final double[] scale;
        /** The exponent e of each {@link #scale} entry 2^e. */
        private final int[] exponents;
        /** The columns of X divided by {@link #scale}, exactly; column j is {@code scaled[j]}. */
        private double[][] scaled;

        Engine(double[][] x, double[][] xLow, double[] y, double[] yLow, int p) {
            this.x = x;
            this.xLow = xLow;
            this.y = y;
            this.yLow = yLow;
            this.m = x.length;
            this.p = p;
            this.scale = new double[p];
            this.exponents = new int[p];
        }

        LeastSquaresFit run() {
            double[][] columns = new double[p][m];
            for (int j = 0; j < p; j++) {
                for (int i = 0; i < m; i++) {
                    columns[j][i] = x[i][j];
                }
                int exponent = exponent(norm(columns[j]));
                exponents[j] = exponent;
                scale[j] = Math.scalb(1.0, exponent);
                for (int i = 0; i < m; i++) {
                    columns[j][i] = Math.scalb(columns[j][i], -exponent);
                }
            }
            scaled = new double[p][];
            for (int j = 0; j < p; j++) {
                scaled[j] = columns[j].clone();
            }
            PivotedQr qr = new PivotedQr(columns, m);
            int rank = 0;
            double cutoff = Math.max(m, p) * EPSILON * qr.absDiagonal(0);
            while (rank < Math.min(m, p) && qr.absDiagonal(rank) > cutoff) {
                rank++;
            }
            if (rank == p) {
                return fullRank(qr);
            }
            return rankDeficient(rank);
        }

        private LeastSquaresFit fullRank(PivotedQr qr) {
            double[] beta = new double[p];
            double[] r = new double[m];
            int steps = refine(qr, y, yLow, new double[p], beta, r);

            // With the right-hand side [0; −dⱼeⱼ], where dⱼ is the scale of column j, entry j of w in
            // the augmented system is dⱼ·((XᵀX)⁻¹)ⱼⱼ. It is solved and refined like the fit itself,
            // so it is as accurate as the coefficients, and it stays in range when ((XᵀX)⁻¹)ⱼⱼ alone
            // would overflow or underflow (columns near 1e-300 or 1e300).
            Statistics stats = statistics(beta, p);
            double[] sd = new double[p];
            double[] zero = new double[m];
            for (int j = 0; j < p; j++) {
                double[] c = new double[p];
                c[j] = -scale[j];
                double[] w = new double[p];
                refine(qr, zero, null, c, w, new double[m]);
                sd[j] = stats.residualSd * (Math.sqrt(w[j]) / Math.sqrt(scale[j]));
            }
            return new LeastSquaresFit(beta, sd, stats.residualSd, stats.rSquared, stats.rss, p, stats.centered,
                    "householder-qr", steps);
        }

        /**
         * Solves the augmented system [I X; Xᵀ 0][r; β] = [b; c] by iterative refinement from
         * β = 0, r = 0, with both block residuals accumulated in double-double and the corrections
         * solved through the QR factors. Returns the number of refinement steps after the first solve.
         */
        private int refine(PivotedQr qr, double[] b, double[] bLow, double[] c, double[] beta, double[] r) {
            double[] f = new double[m];
            double[] g = new double[p];
            double[] d = new double[m];
            int steps = 0;
            double previous = Double.POSITIVE_INFINITY;
            for (int pass = 0; pass <= MAX_REFINEMENT_STEPS; pass++) {
                for (int i = 0; i < m; i++) {
                    double low = bLow == null ? 0 : bLow[i];
                    f[i] = Compensated.residual(b[i], x[i], xLow == null ? null : xLow[i], beta, r[i]) + low;
                }
                // g = D⁻¹(c − Xᵀr), in the pivoted and scaled coordinates z = PᵀDβ of the
                // factorisation. The scaled columns XD⁻¹ are exact, and using them keeps Xᵀr in range
                // when X and r are both near 1e200.
                for (int k = 0; k < p; k++) {
                    int j = qr.permutation[k];
                    double lowPart = 0;
                    if (xLow != null) {
                        for (int i = 0; i < m; i++) {
                            lowPart += Math.scalb(xLow[i][j], -exponents[j]) * r[i];
                        }
                    }
                    g[k] = c[j] / scale[j] - Compensated.dot(scaled[j], r) - lowPart;
                }
                // With X D⁻¹ P = QR: h = R⁻ᵀg, e = Qᵀf, δz = R⁻¹(e₁ − h), δr = Q[h; e₂].
                System.arraycopy(f, 0, d, 0, m);
                qr.applyQTranspose(d);
                double[] h = g.clone();
                qr.solveRTranspose(h);
                double[] dz = new double[p];
                for (int k = 0; k < p; k++) {
                    dz[k] = d[k] - h[k];
                    d[k] = h[k];
                }
                qr.solveR(dz);
                qr.applyQ(d);

                double size = 0;
                double betaSize = 0;
                for (int k = 0; k < p; k++) {
                    int j = qr.permutation[k];
                    beta[j] += dz[k] / scale[j];
                    size = Math.max(size, Math.abs(dz[k]));
                    betaSize = Math.max(betaSize, Math.abs(beta[j]) * scale[j]);
                }
                for (int i = 0; i < m; i++) {
                    r[i] += d[i];
                }
                if (pass > 0) {
                    steps++;
                }
                if (size <= EPSILON * betaSize || (pass > 0 && size > 0.5 * previous)) {
                    break;
                }
                previous = size;
            }
            return steps;
        }

        /**
         * Returns the minimum-norm solution for a rank-deficient design. The SVD is taken of the
         * column-scaled design XD⁻¹, because columns that differ in scale by more than 1/ε would
         * otherwise drown the small ones in rounding; refinement runs in the scaled coordinates
         * z = Dβ. The minimum of ‖z‖ is not the minimum of ‖β‖, so the null-space component of β,
         * along D⁻¹ times the right singular vectors left out, is removed at the end.
         */
        private LeastSquaresFit rankDeficient(int rank) {
            DMatrixRMaj matrix = new DMatrixRMaj(m, p);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < p; j++) {
                    matrix.set(i, j, scaled[j][i]);
                }
            }
            SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m, p, true, true, false);
            if (!svd.decompose(matrix)) {
                throw new ArithmeticException("singular value decomposition of the " + m + "x" + p
                        + " design did not converge");
            }
            double[] sigma = svd.getSingularValues();
            DMatrixRMaj u = svd.getU(null, false);
            DMatrixRMaj v = svd.getV(null, false);
            Integer[] order = new Integer[sigma.length];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(sigma[b], sigma[a]));

            double[] z = new double[p];
            double[] beta = new double[p];
            double[] residual = y.clone();
            int steps = 0;
            double previous = Double.POSITIVE_INFINITY;
            for (int pass = 0; pass <= MAX_REFINEMENT_STEPS; pass++) {
                double[] step = new double[p];
                for (int t = 0; t < rank; t++) {
                    int k = order[t];
                    double coefficient = 0;
                    for (int i = 0; i < m; i++) {
                        coefficient += u.get(i, k) * residual[i];
                    }
                    coefficient /= sigma[k];
                    for (int j = 0; j < p; j++) {
                        step[j] += coefficient * v.get(j, k);
                    }
                }
                double size = 0;
                double zSize = 0;
                for (int j = 0; j < p; j++) {
                    z[j] += step[j];
                    beta[j] = z[j] / scale[j];
                    size = Math.max(size, Math.abs(step[j]));
                    zSize = Math.max(zSize, Math.abs(z[j]));
                }
                if (pass > 0) {
                    steps++;
                }
                if (size <= EPSILON * zSize || (pass > 0 && size > 0.5 * previous)) {
                    break;
                }
                previous = size;
                for (int i = 0; i < m; i++) {
                    residual[i] = Compensated.residual(y[i], x[i], xLow == null ? null : xLow[i], beta, 0)
                            + (yLow == null ? 0 : yLow[i]);
                }
            }

            // With the full SVD, V is p×p and its columns beyond the kept singular values span the
            // null space of XD⁻¹; the columns past min(m, p) have no singular value at all.
            double[][] nullSpace = new double[p - rank][p];
            for (int t = rank; t < p; t++) {
                int k = t < order.length ? order[t] : t;
                for (int j = 0; j < p; j++) {
                    nullSpace[t - rank][j] = v.get(j, k) / scale[j];
                }
            }
            beta = withoutComponents(beta, nullSpace);
            Statistics stats = statistics(beta, rank);
            double[] sd = new double[p];
            java.util.Arrays.fill(sd, Double.NaN);
            return new LeastSquaresFit(beta, sd, stats.residualSd, stats.rSquared, stats.rss, rank, stats.centered,
                    "svd", steps);
        }

        /**
         * Returns β minus its orthogonal projection onto the span of the given vectors. Each vector
         * is first divided by its largest entry, which leaves the span unchanged but keeps the
         * inner products in range, and then orthonormalised by Gram–Schmidt applied twice.
         */
        private static double[] withoutComponents(double[] beta, double[][] vectors) {
            int p = beta.length;
            double[][] basis = new double[vectors.length][];
            int count = 0;
            for (double[] vector : vectors) {
                double[] q = scaledBy(vector, exponent(maxAbs(vector)));
                for (int pass = 0; pass < 2; pass++) {
                    for (int b = 0; b < count; b++) {
                        double projection = Compensated.dot(basis[b], q);
                        for (int j = 0; j < p; j++) {
                            q[j] -= projection * basis[b][j];
                        }
                    }
                }
                double norm = norm(q);
                if (norm == 0) {
                    continue;
                }
                for (int j = 0; j < p; j++) {
                    q[j] /= norm;
                }
                basis[count++] = q;
            }
            double[] result = beta.clone();
            for (int b = 0; b < count; b++) {
                double projection = Compensated.dot(basis[b], result);
                for (int j = 0; j < p; j++) {
                    result[j] -= projection * basis[b][j];
                }
            }
            return result;
        }

        private record Statistics(double rss, double residualSd, double rSquared, boolean centered) {
        }

        private Statistics statistics(double[] beta, int rank) {
            double[] residual = new double[m];
            for (int i = 0; i < m; i++) {
                residual[i] = Compensated.residual(y[i], x[i], xLow == null ? null : xLow[i], beta, 0)
                        + (yLow == null ? 0 : yLow[i]);
            }
            // Sums of squares are taken of the vectors divided by a power of two, so that the
            // squares neither overflow (|y| > 1e154) nor underflow (|y| < 1e-154), and scaled back.
            int residualExponent = exponent(maxAbs(residual));
            double scaledRss = Compensated.dot(scaledBy(residual, residualExponent),
                    scaledBy(residual, residualExponent));
            double rss = Math.scalb(scaledRss, 2 * residualExponent);
            double residualSd = m > rank
                    ? Math.scalb(Math.sqrt(scaledRss / (m - rank)), residualExponent)
                    : Double.NaN;
            boolean centered = hasConstantColumn();
            double[] deviation = y.clone();
            if (centered) {
                double mean = mean(y);
                for (int i = 0; i < m; i++) {
                    deviation[i] = y[i] - mean;
                }
            }
            int totalExponent = exponent(maxAbs(deviation));
            double scaledTotal = Compensated.dot(scaledBy(deviation, totalExponent),
                    scaledBy(deviation, totalExponent));
            double rSquared = scaledTotal == 0 ? Double.NaN
                    : 1 - Math.scalb(scaledRss / scaledTotal, 2 * (residualExponent - totalExponent));
            return new Statistics(rss, residualSd, rSquared, centered);
        }

        /** Returns the mean of v, accumulated in double-double and summed in range. */
        private double mean(double[] v) {
            int e = exponent(maxAbs(v));
            double[] ones = new double[v.length];
            java.util.Arrays.fill(ones, 1);
            return Math.scalb(Compensated.dot(ones, scaledBy(v, e)) / v.length, e);
        }

        private boolean hasConstantColumn() {
            for (int j = 0; j < p; j++) {
                boolean constant = x[0][j] != 0;
                for (int i = 1; i < m && constant; i++) {
                    constant = x[i][j] == x[0][j];
                }
                if (constant) {
                    return true;
                }
            }
            return false;
        }

        /** Returns v divided by 2^e, exactly unless an entry becomes subnormal. */
        private static double[] scaledBy(double[] v, int e) {
            double[] result = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                result[i] = Math.scalb(v[i], -e);
            }
            return result;
        }

        private static double maxAbs(double[] v) {
            double max = 0;
            for (double value : v) {
                max = Math.max(max, Math.abs(value));
            }
            return max;
        }

        /**
         * Returns the exponent e with 2^e ≤ v < 2^(e+1) for a positive finite v, also for subnormal
         * v, and 0 for v = 0.
         */
        private static int exponent(double v) {
            if (v == 0) {
                return 0;
            }
            if (v < Double.MIN_NORMAL) {
                return Math.getExponent(v * 0x1p600) - 600;
            }
            return Math.getExponent(v);
        }

        private static double norm(double[] v) {
            double max = 0;
            for (double value : v) {
                max = Math.max(max, Math.abs(value));
            }
            if (max == 0) {
                return 0;
            }
            double sum = 0;
            for (double value : v) {
                sum += (value / max) * (value / max);
            }
            return max * Math.sqrt(sum);
        }
    }
}
