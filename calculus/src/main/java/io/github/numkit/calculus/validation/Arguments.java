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
     * Returns the unit vector v/‖v‖. The entries are divided by the largest |vᵢ| before the norm is
     * taken, so that a vector of subnormal entries keeps full precision and one near
     * {@link Double#MAX_VALUE} does not overflow: ‖v‖ itself may not be representable.
     *
     * @param v the vector, finite and nonzero
     * @return a new unit vector
     */
    public static double[] unit(double[] v) {
        double max = 0;
        for (double c : v) {
            max = Math.max(max, Math.abs(c));
        }
        double[] u = new double[v.length];
        double sum = 0;
        for (int k = 0; k < v.length; k++) {
            u[k] = v[k] / max;
            sum += u[k] * u[k];
        }
        double length = Math.sqrt(sum);
        for (int k = 0; k < v.length; k++) {
            u[k] /= length;
        }
        return u;
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
