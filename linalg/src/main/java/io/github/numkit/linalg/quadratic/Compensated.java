package io.github.numkit.linalg.quadratic;

/**
 * Sums and dot products accumulated in about twice the working precision, by the error-free
 * transformations TwoSum (Knuth) and TwoProduct (through {@link Math#fma}). The result is as
 * accurate as if computed in 106-bit arithmetic and then rounded once, up to the usual
 * condition-number factor (Ogita, Rump and Oishi, "Accurate sum and dot product", SIAM J. Sci.
 * Comput. 26(6), 2005, algorithm Dot2).
 */
final class Compensated {

    private Compensated() {
    }

    /**
     * Returns {@code start + scale * Σ_j a[offset + j] * x[j]} for j below {@code x.length},
     * accumulated in double-double. {@code scale} must be a power of two so that scaling is exact.
     */
    static double affineRow(double start, double scale, double[] a, int offset, double[] x) {
        double s = start;
        double e = 0;
        for (int j = 0; j < x.length; j++) {
            double factor = scale * a[offset + j];
            double p = factor * x[j];
            double pe = Math.fma(factor, x[j], -p);
            double t = s + p;
            double bv = t - s;
            e += (s - (t - bv)) + (p - bv) + pe;
            s = t;
        }
        return s + e;
    }

    /** Returns Σ x[i] y[i] accumulated in double-double. */
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

    /**
     * Returns the exponent e with 2^e ≤ v < 2^(e+1) for a positive finite v, also when v is
     * subnormal, and 0 for v = 0.
     */
    static int exponent(double v) {
        if (v == 0) {
            return 0;
        }
        if (v < Double.MIN_NORMAL) {
            return Math.getExponent(v * 0x1p600) - 600;
        }
        return Math.getExponent(v);
    }

    /** Returns a new array holding v/2^e, exact unless an entry becomes subnormal. */
    static double[] scaled(double[] v, int e) {
        double[] result = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            result[i] = Math.scalb(v[i], -e);
        }
        return result;
    }

    /** Returns the Euclidean norm of {@code v}, scaled so that it neither overflows nor underflows. */
    static double norm(double[] v) {
        double max = 0;
        for (double value : v) {
            max = Math.max(max, Math.abs(value));
        }
        if (max == 0 || !Double.isFinite(max)) {
            return max;
        }
        double sum = 0;
        for (double value : v) {
            double scaled = value / max;
            sum += scaled * scaled;
        }
        return max * Math.sqrt(sum);
    }
}
