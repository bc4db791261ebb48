package io.github.numkit.calculus.directional;

/**
 * The direction of steepest ascent ∇f/‖∇f‖ and its rate ‖∇f‖, the largest directional derivative
 * at the point. At a stationary point (∇f = 0) every directional derivative is 0, the rate is 0
 * and {@link #direction()} is the zero vector.
 *
 * @param direction the unit vector of steepest ascent, or zeros at a stationary point
 * @param rate ‖∇f‖, the directional derivative along it
 */
public record SteepestAscent(double[] direction, double rate) {

    /**
     * Creates the record, copying the direction.
     *
     * @param direction the unit vector
     * @param rate the rate
     */
    public SteepestAscent {
        direction = direction.clone();
    }

    /**
     * Returns the direction.
     *
     * @return a copy of the unit vector
     */
    @Override
    public double[] direction() {
        return direction.clone();
    }

    /**
     * Returns whether the gradient is zero, so that no direction ascends.
     *
     * @return true at a stationary point
     */
    public boolean stationary() {
        return rate == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SteepestAscent s && Double.compare(rate, s.rate) == 0
                && java.util.Arrays.equals(direction, s.direction);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(rate) * 31 + java.util.Arrays.hashCode(direction);
    }

    @Override
    public String toString() {
        return "SteepestAscent[direction=" + java.util.Arrays.toString(direction) + ", rate=" + rate + "]";
    }
}
