package io.github.numkit.linalg.leastsquares;

/**
 * Dot products accumulated in about twice the working precision by TwoSum and TwoProduct
 * ({@link Math#fma}), as in Ogita, Rump and Oishi, "Accurate sum and dot product", SIAM J. Sci.
 * Comput. 26(6), 2005 (algorithm Dot2).
 */
final class Compensated {

    private Compensated() {
    }

    /**
     * Returns y − Σⱼ x[j]·β[j] − r (with an optional low-order part of each x[j]) accumulated in
     * double-double; {@code low} may be {@code null}. Subtracting r inside the accumulation matters
     * when the residual is large: rounding y − Xβ first would cost ε·|r|.
     */
    static double residual(double y, double[] row, double[] low, double[] beta, double r) {
        double s = y;
        double e = 0;
        double t0 = s - r;
        double b0 = t0 - s;
        e += (s - (t0 - b0)) + (-r - b0);
        s = t0;
        for (int j = 0; j < beta.length; j++) {
            double p = -row[j] * beta[j];
            double pe = Math.fma(-row[j], beta[j], -p);
            double t = s + p;
            double bv = t - s;
            e += (s - (t - bv)) + (p - bv) + pe;
            s = t;
            if (low != null) {
                e -= low[j] * beta[j];
            }
        }
        return s + e;
    }

    /** Returns Σ x[i]·y[i] accumulated in double-double. */
    static double dot(double[] x, double[] y) {
        double s = 0;
        double e = 0;
        for (int i = 0; i < x.length; i++) {
            double p = x[i] * y[i];
            double pe = Math.fma(x[i], y[i], -p);
            double t = s + p;
            double bv = t - s;
            e += (s - (t - bv)) + (p - bv) + pe;
            s = t;
        }
        return s + e;
    }
}
