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
     * Solves the normal equations XᵀX w = Xᵀy by Cholesky factorisation: the exact minimiser in
     * closed form, in O(m p² + p³) work. The normal equations square the condition number, so the
     * relative error is about κ(X)² times the unit roundoff. When X is ill-conditioned, a QR
     * factorisation is the better choice.
     *
     * @return the minimiser
     * @throws ArithmeticException if XᵀX is not numerically positive definite, which means the
     *     columns of X are linearly dependent
     */
    public double[] normalEquationsSolution() {
        double[] a = new double[p * p];
        double[] b = new double[p];
        for (int i = 0; i < m; i++) {
            int offset = i * p;
            for (int j = 0; j < p; j++) {
                double xj = x[offset + j];
                b[j] += xj * y[i];
                for (int l = 0; l <= j; l++) {
                    a[j * p + l] += xj * x[offset + l];
                }
            }
        }
        // Cholesky A = L Lᵀ in the lower triangle of a.
        for (int j = 0; j < p; j++) {
            double d = a[j * p + j];
            for (int l = 0; l < j; l++) {
                d -= a[j * p + l] * a[j * p + l];
            }
            if (!(d > 1e-13 * a[j * p + j])) {
                throw new ArithmeticException("XᵀX is not positive definite at column " + j
                        + ": the columns of the design are linearly dependent, so the minimiser"
                        + " is not unique");
            }
            double ljj = Math.sqrt(d);
            a[j * p + j] = ljj;
            for (int i = j + 1; i < p; i++) {
                double s = a[i * p + j];
                for (int l = 0; l < j; l++) {
                    s -= a[i * p + l] * a[j * p + l];
                }
                a[i * p + j] = s / ljj;
            }
        }
        // Solve L z = b, then Lᵀ w = z.
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int l = 0; l < i; l++) {
                s -= a[i * p + l] * b[l];
            }
            b[i] = s / a[i * p + i];
        }
        for (int i = p - 1; i >= 0; i--) {
            double s = b[i];
            for (int l = i + 1; l < p; l++) {
                s -= a[l * p + i] * b[l];
            }
            b[i] = s / a[i * p + i];
        }
        return b;
    }
}
