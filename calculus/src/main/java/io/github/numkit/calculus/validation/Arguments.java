package io.github.numkit.calculus.validation;

import java.util.Arrays;

/**
 * Argument checks shared by the packages of this module. The package is not exported. Each check
 * returns its argument and is phrased so that NaN fails it; messages read
 * "name must be …, got value".
 */
public final class Arguments {

    private Arguments() {
    }

    /**
     * Requires a finite point of the given dimension, or of any positive dimension when
     * {@code dimension} is negative.
     *
     * @param name the argument's name
     * @param x the point
     * @param dimension the expected length, or -1
     * @return x
     */
    public static double[] point(String name, double[] x, int dimension) {
        if (x == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one coordinate, got an empty array");
        }
        if (dimension >= 0 && x.length != dimension) {
            throw new IllegalArgumentException(name + " must have dimension " + dimension + ", got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + x[i]);
            }
        }
        return x;
    }

    /**
     * Requires a finite direction of the given dimension with a nonzero norm.
     *
     * @param name the argument's name
     * @param v the direction
     * @param dimension the expected length
     * @return v
     */
    public static double[] direction(String name, double[] v, int dimension) {
        point(name, v, dimension);
        double max = 0;
        for (double c : v) {
            max = Math.max(max, Math.abs(c));
        }
        if (max == 0) {
            throw new IllegalArgumentException(name + " must be a nonzero vector, got " + Arrays.toString(v)
                    + ": a zero direction has no unit vector");
        }
        return v;
    }

    /**
     * Requires a coordinate index in [0, n).
     *
     * @param name the argument's name
     * @param i the index
     * @param n the dimension
     * @return i
     */
    public static int index(String name, int i, int n) {
        if (i < 0 || i >= n) {
            throw new IllegalArgumentException(name + " must be in [0, " + n + "), got " + i);
        }
        return i;
    }

    /**
     * Requires a finite value &gt; 0.
     *
     * @param name the argument's name
     * @param value the value
     * @return value
     */
    public static double positive(String name, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /**
     * Requires a non-null reference.
     *
     * @param <T> the type
     * @param name the argument's name
     * @param value the reference
     * @return value
     */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * Returns the unit vector v/‖v‖, each entry as {@link #unitEntry} computes it from
     * {@link #unitScale} and {@link #sumOfSquares}. A scale that is a power of two keeps a vector
     * of subnormal entries at full precision, and one near {@link Double#MAX_VALUE} from
     * overflowing, although ‖v‖ itself may not be representable.
     *
     * @param v the vector, finite and nonzero
     * @return a new unit vector
     */
    public static double[] unit(double[] v) {
        double scale = unitScale(v, sumOfSquares(v, 1));
        double norm = Math.sqrt(sumOfSquares(v, scale));
        double[] u = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            u[k] = unitEntry(v[k], scale, norm);
        }
        return u;
    }

    /**
     * Returns Σ(s·vᵢ)² in eight partial sums, so that the additions do not wait on each other.
     * Entries 8j to 8j + 7 go to sums 0 to 7, and a remainder of fewer than eight entries to sum 0.
     * The result is ((sum₀ + sum₁) + (sum₂ + sum₃)) + ((sum₄ + sum₅) + (sum₆ + sum₇)). A caller that
     * computes the same sum in its own loop keeps this order, so that its unit vector agrees with
     * {@link #unit} to the bit.
     *
     * @param v the vector, read only
     * @param s the scale, a power of two
     * @return the sum of squares, possibly rounded to 0 or +∞ when s is 1
     */
    public static double sumOfSquares(double[] v, double s) {
        int n = v.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int i = 0;
        for (; i + 7 < n; i += 8) {
            double w0 = v[i] * s;
            double w1 = v[i + 1] * s;
            double w2 = v[i + 2] * s;
            double w3 = v[i + 3] * s;
            double w4 = v[i + 4] * s;
            double w5 = v[i + 5] * s;
            double w6 = v[i + 6] * s;
            double w7 = v[i + 7] * s;
            s0 += w0 * w0;
            s1 += w1 * w1;
            s2 += w2 * w2;
            s3 += w3 * w3;
            s4 += w4 * w4;
            s5 += w5 * w5;
            s6 += w6 * w6;
            s7 += w7 * w7;
        }
        for (; i < n; i++) {
            double w = v[i] * s;
            s0 += w * w;
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /**
     * Returns the power of two s by which v is scaled before its norm is taken: 1 when ‖v‖² lies
     * in [2⁻¹⁰⁰, 2¹⁰⁰], so that no square that matters overflows or underflows, else 2⁻ᵉ with
     * 2ᵉ ≤ max |vᵢ| &lt; 2ᵉ⁺¹. The entries of such an s·v lie in (−2, 2), and the largest has
     * magnitude at least 1, or at least 2⁻⁵¹ when max |vᵢ| is subnormal. Scaling by s is exact
     * unless an entry is smaller than about 2⁻¹⁰²² times the largest.
     *
     * @param v the vector, finite and nonzero
     * @param squares Σvᵢ² as {@code sumOfSquares(v, 1)} returns it
     * @return s
     */
    public static double unitScale(double[] v, double squares) {
        if (squares >= 0x1p-100 && squares <= 0x1p100) {
            return 1;
        }
        double max = 0;
        for (double c : v) {
            max = Math.max(max, Math.abs(c));
        }
        return Math.scalb(1.0, -Math.getExponent(max));
    }

    /**
     * Returns entry i of the unit vector, (s·vᵢ)/‖s·v‖ rounded once, since s·vᵢ is exact.
     *
     * @param vi the entry vᵢ
     * @param s the scale from {@link #unitScale}
     * @param norm ‖s·v‖, the square root of {@code sumOfSquares(v, s)}
     * @return uᵢ, in [−1, 1]
     */
    public static double unitEntry(double vi, double s, double norm) {
        return vi * s / norm;
    }

    /**
     * Returns the Euclidean norm of v, scaled to avoid overflow.
     *
     * @param v the vector
     * @return ‖v‖₂
     */
    public static double norm(double[] v) {
        double max = 0;
        for (double c : v) {
            max = Math.max(max, Math.abs(c));
        }
        if (max == 0) {
            return 0;
        }
        double sum = 0;
        for (double c : v) {
            double s = c / max;
            sum += s * s;
        }
        return max * Math.sqrt(sum);
    }
}
