package io.github.numkit.optimization;

import java.util.Arrays;

/**
 * Thrown when a function supplied by the caller returns NaN or an infinite value at a finite point,
 * so that the estimate would otherwise become NaN silently. It is an
 * {@link IllegalArgumentException} because the fault lies in the caller's function, not in the
 * method.
 */
public final class NonFiniteObservationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The iteration whose observation was not finite. */
    private final long iteration;
    /** The point where the function was evaluated. */
    private final double[] point;
    /** The non-finite value. */
    private final double observation;

    /**
     * Creates the exception.
     *
     * @param what what was observed, for example "g(w)" or "loss"
     * @param iteration the iteration whose observation was not finite
     * @param point the point where the function was evaluated, empty when the function takes no
     *     point (a sampler); copied
     * @param observation the non-finite value
     */
    public NonFiniteObservationException(String what, long iteration, double[] point,
            double observation) {
        super(what + " must be finite, got " + observation + " at iteration " + iteration
                + (point.length == 0 ? "; check the function for overflow or an undefined"
                        + " operation"
                        : " at point " + Arrays.toString(point) + "; check the function for"
                        + " overflow or an undefined operation at that point"));
        this.iteration = iteration;
        this.point = point.clone();
        this.observation = observation;
    }

    /**
     * Returns the iteration whose observation was not finite.
     *
     * @return the iteration, counted from 1
     */
    public long iteration() {
        return iteration;
    }

    /**
     * Returns the point where the function was evaluated.
     *
     * @return a copy of the point
     */
    public double[] point() {
        return point.clone();
    }

    /**
     * Returns the non-finite value that was observed.
     *
     * @return NaN or an infinity
     */
    public double observation() {
        return observation;
    }
}
