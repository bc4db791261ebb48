package io.github.numkit.calculus;

import java.util.Arrays;

/**
 * Thrown when the function returns NaN or an infinity at a point that a derivative method needed,
 * for example log evaluated just left of 0. The message names the point; {@link #point()} returns
 * it.
 */
public class NonFiniteValueException extends ArithmeticException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The point where the function returned a non-finite value. */
    private final double[] point;

    /**
     * Creates the exception.
     *
     * @param value the value the function returned
     * @param point the point where it was evaluated, copied
     * @param context what the evaluation was for, for example "central difference in x[0]"
     */
    public NonFiniteValueException(double value, double[] point, String context) {
        super("function returned " + value + " at " + Arrays.toString(point) + " during " + context
                + "; restrict the coordinate with bounds or move the point away from the edge of the domain");
        this.point = point.clone();
    }

    /**
     * Returns the point where the function returned a non-finite value.
     *
     * @return a copy of the point
     */
    public double[] point() {
        return point.clone();
    }
}
