package io.github.numkit.calculus.difference;

import io.github.numkit.calculus.validation.Arguments;
import java.util.Arrays;

/**
 * Closed box constraints lᵢ ≤ xᵢ ≤ uᵢ that a difference stencil must respect, so that a function
 * defined only on part of ℝⁿ (log on x &gt; 0, sqrt on x ≥ 0) is never evaluated outside it.
 *
 * <p>Near a bound the stencils of {@link FiniteDifference} and {@link Richardson} shift to the
 * side away from it, keeping their order of accuracy, and shrink the step only when even a fully
 * one-sided stencil does not fit. A bound itself is a valid evaluation point, so for log give a
 * lower bound slightly above 0, or 0 together with a point well above it. Instances are
 * immutable.
 */
public final class Bounds {

    private static final Bounds UNBOUNDED = new Bounds(null, null);

    private final double[] lower;
    private final double[] upper;

    private Bounds(double[] lower, double[] upper) {
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * Returns the absence of bounds: every coordinate ranges over ℝ.
     *
     * @return the unbounded box
     */
    public static Bounds unbounded() {
        return UNBOUNDED;
    }

    /**
     * Creates bounds per coordinate. Use {@code Double.NEGATIVE_INFINITY} or
     * {@code Double.POSITIVE_INFINITY} for a side without a bound.
     *
     * @param lower the lower bounds, copied
     * @param upper the upper bounds, copied, of the same length
     * @return the box
     * @throws IllegalArgumentException if the lengths differ, a bound is NaN, or lᵢ &gt; uᵢ
     */
    public static Bounds of(double[] lower, double[] upper) {
        Arguments.notNull("lower", lower);
        Arguments.notNull("upper", upper);
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("upper must have the length of lower, " + lower.length + ", got "
                    + upper.length);
        }
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] <= upper[i])) {
                throw new IllegalArgumentException("lower[" + i + "] must be <= upper[" + i + "], got " + lower[i]
                        + " and " + upper[i]);
            }
        }
        return new Bounds(lower.clone(), upper.clone());
    }

    /**
     * Creates lower bounds only, for example {@code atLeast(0, 0)} for two positive coordinates.
     *
     * @param lower the lower bounds, copied
     * @return the box [lower, +∞)
     * @throws IllegalArgumentException if a bound is NaN or +∞
     */
    public static Bounds atLeast(double... lower) {
        Arguments.notNull("lower", lower);
        double[] upper = new double[lower.length];
        Arrays.fill(upper, Double.POSITIVE_INFINITY);
        return of(lower, upper);
    }

    /**
     * Returns the lower bound of coordinate i.
     *
     * @param i the coordinate
     * @return lᵢ, or −∞
     */
    public double lower(int i) {
        return lower == null ? Double.NEGATIVE_INFINITY : lower[i];
    }

    /**
     * Returns the upper bound of coordinate i.
     *
     * @param i the coordinate
     * @return uᵢ, or +∞
     */
    public double upper(int i) {
        return upper == null ? Double.POSITIVE_INFINITY : upper[i];
    }

    /**
     * Requires a point inside the box, with the dimension of the box.
     *
     * @param x the point
     * @throws IllegalArgumentException if the dimension differs or a coordinate lies outside
     */
    void check(double[] x) {
        if (lower == null) {
            return;
        }
        if (x.length != lower.length) {
            throw new IllegalArgumentException("x must have the dimension of the bounds, " + lower.length + ", got "
                    + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= lower[i] && x[i] <= upper[i])) {
                throw new IllegalArgumentException("x[" + i + "] must be in [" + lower[i] + ", " + upper[i] + "], got "
                        + x[i]);
            }
        }
    }

    @Override
    public String toString() {
        return lower == null ? "unbounded" : "Bounds[lower=" + Arrays.toString(lower) + ", upper="
                + Arrays.toString(upper) + "]";
    }
}
