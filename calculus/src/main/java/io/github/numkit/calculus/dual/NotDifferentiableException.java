package io.github.numkit.calculus.dual;

/**
 * Thrown when a gradient or Hessian is requested at a point where the function has a kink along a
 * coordinate, so that the partial derivative does not exist: the one-sided derivatives along +eᵢ
 * and −eᵢ are not opposite. Also thrown when forward mode cannot decide whether a derivative
 * exists ({@link #undetermined()}), as for sqrt(x²) at 0. f(x, y) = |x| + |y| at the origin is the classic case; its one-sided
 * directional derivatives exist and {@link ForwardMode#directional(DualScalarField, double[], double[])}
 * computes them.
 */
public class NotDifferentiableException extends ArithmeticException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The coordinate without a partial derivative, or -1 for a directional derivative. */
    private final int coordinate;

    /** Whether forward mode could not decide, rather than found two one-sided derivatives that differ. */
    private final boolean undetermined;

    /** The one-sided derivative along +eᵢ, NaN when undetermined. */
    private final double forward;

    /** The one-sided derivative along −eᵢ, NaN when undetermined. */
    private final double backward;

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
        this.undetermined = false;
        this.forward = forward;
        this.backward = backward;
    }

    /**
     * Creates the exception for a derivative that forward mode cannot decide: its dual-number pass
     * gave a NaN derivative at a point where f itself is finite.
     *
     * @param coordinate the coordinate i of the partial derivative, or -1 for a directional derivative
     * @param point the point, for the message
     */
    public NotDifferentiableException(int coordinate, double[] point) {
        super((coordinate < 0 ? "the directional derivative" : "the partial derivative in x[" + coordinate + "]")
                + " at " + java.util.Arrays.toString(point) + " is undetermined by forward mode: f may not be"
                + " differentiable there. Its dual-number pass gave NaN, because a function whose derivative is"
                + " infinite or undefined there (sqrt or cbrt at 0, asin or acos at ±1, a fractional power of 0,"
                + " pow or atan2 at a base or point where they jump) met an argument whose own derivative is 0."
                + " Such a composite may be differentiable, as cbrt(x^3) = x, or not, as sqrt(x^2) = |x|;"
                + " use finite differences or a one-sided directional derivative");
        this.coordinate = coordinate;
        this.undetermined = true;
        this.forward = Double.NaN;
        this.backward = Double.NaN;
    }

    private NotDifferentiableException(String message, int coordinate) {
        super(message);
        this.coordinate = coordinate;
        this.undetermined = false;
        this.forward = Double.NaN;
        this.backward = Double.NaN;
    }

    /**
     * Creates the exception for a Hessian at a point where the first derivatives exist but a pass
     * seeded along xᵢ met a kink, so a second derivative in xᵢ does not.
     */
    static NotDifferentiableException secondOrder(int coordinate, double[] point) {
        return new NotDifferentiableException("f is not twice differentiable in x[" + coordinate + "] at "
                + java.util.Arrays.toString(point) + ": a pass seeded along x[" + coordinate + "] met a kink"
                + " (abs, min, max or hypot where their arguments tie) in a first derivative, so the Hessian does"
                + " not exist there; use one-sided directional derivatives of the gradient", coordinate);
    }

    /**
     * Returns the coordinate without a partial derivative.
     *
     * @return i, or -1 for a directional derivative
     */
    public int coordinate() {
        return coordinate;
    }

    /**
     * Returns whether forward mode could not decide whether the derivative exists, rather than
     * finding two one-sided derivatives that are not opposite.
     *
     * @return true if the derivative is undetermined
     */
    public boolean undetermined() {
        return undetermined;
    }

    /**
     * Returns the one-sided derivative lim_{t→0⁺} (f(x + t·eᵢ) − f(x))/t.
     *
     * @return the derivative along +eᵢ, or NaN when {@link #undetermined()}
     */
    public double forward() {
        return forward;
    }

    /**
     * Returns the one-sided derivative lim_{t→0⁺} (f(x − t·eᵢ) − f(x))/t, which equals −∂f/∂xᵢ when
     * the partial derivative exists.
     *
     * @return the derivative along −eᵢ, or NaN when {@link #undetermined()}
     */
    public double backward() {
        return backward;
    }
}
