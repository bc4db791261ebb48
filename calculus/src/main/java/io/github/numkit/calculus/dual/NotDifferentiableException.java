package io.github.numkit.calculus.dual;

/**
 * Thrown when a gradient or Hessian is requested at a point where the function has a kink along a
 * coordinate, so that the partial derivative does not exist: the one-sided derivatives along +eᵢ
 * and −eᵢ are not opposite. f(x, y) = |x| + |y| at the origin is the classic case; its one-sided
 * directional derivatives exist and {@link ForwardMode#directional(DualScalarField, double[], double[])}
 * computes them.
 */
public class NotDifferentiableException extends ArithmeticException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The coordinate without a partial derivative. */
    private final int coordinate;

    /**
     * Creates the exception.
     *
     * @param coordinate the coordinate i without a partial derivative
     * @param forward the one-sided derivative along +eᵢ
     * @param backward the one-sided derivative along −eᵢ
     * @param point the point, for the message
     */
    public NotDifferentiableException(int coordinate, double forward, double backward, double[] point) {
        super("f is not differentiable in x[" + coordinate + "] at " + java.util.Arrays.toString(point)
                + ": the one-sided derivative along +e" + coordinate + " is " + forward + " and along -e"
                + coordinate + " is " + backward + ", which are not opposite; use a one-sided directional derivative");
        this.coordinate = coordinate;
    }

    /**
     * Returns the coordinate without a partial derivative.
     *
     * @return i
     */
    public int coordinate() {
        return coordinate;
    }
}
