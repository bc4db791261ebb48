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

    /** The non-finite number that was found. */
    private final double value;

    /**
     * Creates the exception.
     *
     * @param value the value the function returned
     * @param point the point where it was evaluated, copied
     * @param context what the evaluation was for, for example "central difference in x[0]"
     */
    public NonFiniteValueException(double value, double[] point, String context) {
        this(value, point, context, "a node of the difference stencil left the domain of f, or f overflows"
                + " there; move the point inside the domain, or bound the coordinate (withBounds) so that"
                + " the stencil stays inside it");
    }

    /**
     * Creates the exception with a cause and remedy of its own.
     *
     * @param value the value the function returned
     * @param point the point where it was evaluated, copied
     * @param context what the evaluation was for, for example "a dual-number pass (the value of f)"
     * @param explanation the likely causes and what to do, as a sentence without a final stop
     */
    public NonFiniteValueException(double value, double[] point, String context, String explanation) {
        super("function returned " + value + " at " + Arrays.toString(point) + " during " + context + ": "
                + explanation);
        this.point = point.clone();
        this.value = value;
    }

    /**
     * Returns the non-finite number that was found: NaN or an infinity.
     *
     * @return the value
     */
    public double value() {
        return value;
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
