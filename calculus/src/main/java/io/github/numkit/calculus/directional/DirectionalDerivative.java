package io.github.numkit.calculus.directional;

/**
 * A directional derivative D_u f(P₀) with the unit vector it is taken along.
 *
 * @param value the rate of change of f per unit length along u
 * @param unitDirection u = v/‖v‖
 * @param errorEstimate an estimate of the absolute error; 0 for dual numbers
 * @param evaluations function evaluations or dual passes it cost
 * @param method how it was obtained
 */
public record DirectionalDerivative(double value, double[] unitDirection, double errorEstimate, long evaluations,
        String method) {

    /**
     * Creates the record, copying the direction.
     *
     * @param value the derivative
     * @param unitDirection the unit vector
     * @param errorEstimate the absolute error estimate
     * @param evaluations the cost
     * @param method how it was obtained
     */
    public DirectionalDerivative {
        unitDirection = unitDirection.clone();
    }

    /**
     * Returns the unit vector.
     *
     * @return a copy of u
     */
    @Override
    public double[] unitDirection() {
        return unitDirection.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DirectionalDerivative d && Double.compare(value, d.value) == 0
                && java.util.Arrays.equals(unitDirection, d.unitDirection) && method.equals(d.method);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value) * 31 + java.util.Arrays.hashCode(unitDirection);
    }

    @Override
    public String toString() {
        return "DirectionalDerivative[value=" + value + ", unitDirection=" + java.util.Arrays.toString(unitDirection)
                + ", errorEstimate=" + errorEstimate + ", method=" + method + "]";
    }
}
