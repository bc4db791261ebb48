package io.github.numkit.optimization.descent;

import io.github.numkit.optimization.validation.Require;

/**
 * Linear least squares F(w) = (1/2m) Σ (x<sub>i</sub>·w - y<sub>i</sub>)² as a finite sum, with
 * f<sub>i</sub>(w) = ½(x<sub>i</sub>·w - y<sub>i</sub>)² and ∇f<sub>i</sub>(w) =
 * (x<sub>i</sub>·w - y<sub>i</sub>) x<sub>i</sub>. The design is stored row-major in one array,
 * so a pass over the data reads memory in order.
 *
 * <p>Gradient descent with a constant step a converges exactly when a &lt; 2/λ<sub>max</sub>, where
 * λ<sub>max</sub> is the largest eigenvalue of XᵀX/m; {@link #maxCurvatureBound()} gives a cheap
 * upper bound of it. Immutable once built: {@link #of} copies its input, and {@link #wrap} keeps
 * the caller's arrays, which must then stay unchanged. Thread-safe for reading.
 */
public final class LeastSquares implements FiniteSum {

    private final double[] x;
    private final double[] y;
    private final int m;
    private final int p;

    private LeastSquares(double[] x, double[] y, int p) {
        this.x = x;
        this.y = y;
        this.m = y.length;
        this.p = p;
    }

    /**
     * Builds the problem from rows of features, optionally with an intercept.
     *
     * @param features m rows of equal length; copied
     * @param response the m responses; copied
     * @param intercept whether to prepend a column of ones, so that w[0] is the intercept
     * @return the problem
     * @throws IllegalArgumentException if the data are empty, ragged, of mismatched length or not
     *     finite
     */
    public static LeastSquares of(double[][] features, double[] response, boolean intercept) {
        Require.nonNull(features, "features");
        Require.finiteVector(response, "response");
        if (features.length != response.length) {
            throw new IllegalArgumentException("features must have one row per response ("
                    + response.length + "), got " + features.length);
        }
        for (int i = 0; i < features.length; i++) {
            if (features[i] == null) {
                throw new IllegalArgumentException("features row " + i + " must not be null");
            }
        }
        int columns = features[0].length;
        int p = columns + (intercept ? 1 : 0);
        if (p == 0) {
            throw new IllegalArgumentException("features must have at least 1 column, got 0");
        }
        double[] x = new double[features.length * p];
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != columns) {
                throw new IllegalArgumentException("features row " + i + " must have length "
                        + columns + ", got " + features[i].length);
            }
            int offset = i * p;
            if (intercept) {
                x[offset++] = 1;
            }
            for (int j = 0; j < columns; j++) {
                double v = features[i][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("features[" + i + "][" + j
                            + "] must be finite, got " + v);
                }
                x[offset + j] = v;
            }
        }
        return new LeastSquares(x, response.clone(), p);
    }

    /**
     * Wraps a row-major design without copying it, for data too large to hold twice. The caller
     * must not change the arrays while the problem is in use.
     *
     * @param rowMajor the m × p design, row i in entries i p to i p + p - 1; kept, not copied
     * @param response the m responses; kept, not copied
     * @param p the number of columns, at least 1
     * @return the problem
     * @throws IllegalArgumentException if the lengths do not match or a value is not finite
     */
    public static LeastSquares wrap(double[] rowMajor, double[] response, int p) {
        Require.atLeast(p, 1, "p");
        Require.finiteVector(response, "response");
        Require.nonNull(rowMajor, "rowMajor");
        if (rowMajor.length != (long) response.length * p) {
            throw new IllegalArgumentException("rowMajor must have length m p = "
                    + (long) response.length * p + ", got " + rowMajor.length);
        }
        Require.finiteVector(rowMajor, "rowMajor");
        return new LeastSquares(rowMajor, response, p);
    }

    @Override
    public int size() {
        return m;
    }

    @Override
    public int dimension() {
        return p;
    }

    @Override
    public double value(int i, double[] w) {
        double r = residual(i, w);
        return 0.5 * r * r;
    }

    @Override
    public double addGradient(int i, double[] w, double weight, double[] gradient) {
        double r = residual(i, w);
        double scale = weight * r;
        int offset = i * p;
        for (int j = 0; j < p; j++) {
            gradient[j] += scale * x[offset + j];
        }
        return 0.5 * r * r;
    }

    /**
     * Applies one plain single-sample step w ← w - a (x<sub>i</sub>·w - y<sub>i</sub>) x<sub>i</sub>
     * in place. It performs the same floating-point operations as accumulating the gradient of
     * term i into a zeroed buffer and subtracting a times the buffer, without the buffer.
     */
    void step(int i, double[] w, double a) {
        double r = residual(i, w);
        int offset = i * p;
        for (int j = 0; j < p; j++) {
            w[j] -= a * (r * x[offset + j]);
        }
    }

    private double residual(int i, double[] w) {
        int offset = i * p;
        double s = -y[i];
        for (int j = 0; j < p; j++) {
            s += x[offset + j] * w[j];
        }
        return s;
    }

    /**
     * Computes the gradient of F in one pass: (1/m) Xᵀ(Xw - y).
     *
     * @param w the point; read only
     * @param gradient receives the gradient; overwritten, and not the same array as {@code w}
     * @return F(w)
     */
    public double gradient(double[] w, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        double loss = 0;
        double weight = 1.0 / m;
        for (int i = 0; i < m; i++) {
            loss += addGradient(i, w, weight, gradient);
        }
        return loss / m;
    }

    /**
     * Returns an upper bound of λ<sub>max</sub>(XᵀX/m): the mean squared row norm, which is the
     * trace of XᵀX/m. A constant step below 2 divided by this bound always converges.
     *
     * @return the bound
     */
    public double maxCurvatureBound() {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return s / m;
    }

    /**
     * Computes the exact minimiser argmin ‖Xw - y‖ by Householder QR factorisation of X, in
     * O(m p²) work and O(m p) memory. XᵀX is never formed, so the relative error is about
     * κ(X) ε plus κ(X)² ε times the relative residual, where the normal equations give κ(X)² ε
     * even for a zero residual: data with an offset near 10⁶ keep about 9 digits instead of 4.
     * Each column of X and the response are first scaled by a power of two, which is exact, so
     * data near 10<sup>±200</sup> neither overflow nor underflow.
     *
     * @return the minimiser
     * @throws ArithmeticException if the columns of X are numerically linearly dependent (a
     *     diagonal entry of R below m·p·ε times its column's norm), so the minimiser is not unique
     */
    public double[] exactMinimiser() {
        // Column-major copy of X with column j multiplied by 2^-columnExponent[j].
        double[] a = new double[m * p];
        int[] columnExponent = new int[p];
        for (int j = 0; j < p; j++) {
            double largest = 0;
            for (int i = 0; i < m; i++) {
                largest = Math.max(largest, Math.abs(x[i * p + j]));
            }
            if (largest == 0) {
                throw new ArithmeticException("column " + j + " of the design is zero: the columns"
                        + " of the design are linearly dependent, so the minimiser is not unique");
            }
            columnExponent[j] = Math.getExponent(largest);
            for (int i = 0; i < m; i++) {
                a[j * m + i] = Math.scalb(x[i * p + j], -columnExponent[j]);
            }
        }
        double largestResponse = 0;
        for (double v : y) {
            largestResponse = Math.max(largestResponse, Math.abs(v));
        }
        int responseExponent = largestResponse == 0 ? 0 : Math.getExponent(largestResponse);
        double[] b = new double[m];
        for (int i = 0; i < m; i++) {
            b[i] = Math.scalb(y[i], -responseExponent);
        }

        double[] diagonal = householder(a, b);
        if (largestResponse == 0) {
            // y = 0 gives w* = 0; back substitution would return -0 in some entries.
            return new double[p];
        }

        // Back substitution R z = Qᵀb, with R above the diagonal of a and its diagonal apart.
        double[] w = new double[p];
        for (int j = p - 1; j >= 0; j--) {
            double s = b[j];
            for (int l = j + 1; l < p; l++) {
                s -= a[l * m + j] * w[l];
            }
            w[j] = s / diagonal[j];
        }
        for (int j = 0; j < p; j++) {
            w[j] = Math.scalb(w[j], responseExponent - columnExponent[j]);
        }
        return w;
    }

    /**
     * Factorises the column-major m × p matrix a as QR in place and applies Qᵀ to b. On return the
     * strict upper triangle of a contains R without its diagonal, which is returned.
     */
    private double[] householder(double[] a, double[] b) {
        if (m < p) {
            throw new ArithmeticException("the design has fewer rows (" + m + ") than columns ("
                    + p + "): the columns of the design are linearly dependent, so the minimiser"
                    + " is not unique");
        }
        double[] diagonal = new double[p];
        double tolerance = (double) m * p * Math.ulp(1.0);
        for (int j = 0; j < p; j++) {
            int column = j * m;
            // The column's norm before any reflection, for a rank test that does not depend on scale.
            double original = 0;
            for (int i = 0; i < m; i++) {
                original += a[column + i] * a[column + i];
            }
            double norm = 0;
            for (int i = j; i < m; i++) {
                norm += a[column + i] * a[column + i];
            }
            norm = Math.sqrt(norm);
            if (!(norm > tolerance * Math.sqrt(original))) {
                throw new ArithmeticException("column " + j + " of the design is a linear"
                        + " combination of the columns before it (relative residual "
                        + norm / Math.sqrt(original) + "): the columns of the design are linearly"
                        + " dependent, so the minimiser is not unique");
            }
            // Reflect so that a[j][j] becomes -sign(a[j][j]) norm, which avoids cancellation.
            double alpha = a[column + j] > 0 ? -norm : norm;
            a[column + j] -= alpha;
            // v = a[j..m-1, j] now. H = I - 2vvᵀ/vᵀv, and vᵀv/2 = norm (norm + |a[j][j] before|)
            // = -alpha v[0].
            double halfVtv = -alpha * a[column + j];
            for (int l = j + 1; l < p; l++) {
                int other = l * m;
                double s = 0;
                for (int i = j; i < m; i++) {
                    s += a[column + i] * a[other + i];
                }
                double f = s / halfVtv;
                for (int i = j; i < m; i++) {
                    a[other + i] -= f * a[column + i];
                }
            }
            double s = 0;
            for (int i = j; i < m; i++) {
                s += a[column + i] * b[i];
            }
            double f = s / halfVtv;
            for (int i = j; i < m; i++) {
                b[i] -= f * a[column + i];
            }
            diagonal[j] = alpha;
        }
        return diagonal;
    }
}
