package io.github.numkit.optimization;

import java.util.Arrays;

/**
 * Thrown when the iterates of a stochastic approximation method grow without bound or stop being
 * finite, instead of returning a non-finite estimate.
 *
 * <p>A run is declared divergent at the first iteration where an iterate is not finite or its
 * maximum norm exceeds the divergence bound of the method. The onset is the iteration where the
 * final unbroken run of growth of the maximum norm of the iterates began, which is where the
 * instability started rather than where it was noticed.
 */
public final class DivergenceException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    /** The iteration where the final unbroken growth of the iterates began. */
    private final long onsetIteration;
    /** The iteration where divergence was declared. */
    private final long detectedIteration;
    /** The iterate at detection. */
    private final double[] point;

    /**
     * Creates the exception.
     *
     * @param method the name of the method, for the message
     * @param onsetIteration the iteration where the final unbroken growth of the iterates began
     * @param detectedIteration the iteration where divergence was declared
     * @param point the iterate at detection, whose entries may be infinite or NaN; copied
     * @param cause a sentence saying what was observed, for the message
     */
    public DivergenceException(String method, long onsetIteration, long detectedIteration,
            double[] point, String cause) {
        super(method + " diverged: " + cause + " at iteration " + detectedIteration
                + "; the iterates grew at every iteration since iteration " + onsetIteration
                + ". Reduce the step size or start closer to the solution.");
        this.onsetIteration = onsetIteration;
        this.detectedIteration = detectedIteration;
        this.point = point.clone();
    }

    /**
     * Returns the iteration where the final unbroken growth of the iterates began.
     *
     * @return the onset iteration, at least 1
     */
    public long onsetIteration() {
        return onsetIteration;
    }

    /**
     * Returns the iteration where divergence was declared.
     *
     * @return the detection iteration, at least the onset
     */
    public long detectedIteration() {
        return detectedIteration;
    }

    /**
     * Returns the iterate at the detection iteration. When divergence was declared because an
     * entry stopped being finite, the point contains that infinite or NaN entry.
     *
     * @return a copy of the point
     */
    public double[] point() {
        return point.clone();
    }

    @Override
    public String toString() {
        return super.toString() + " at point " + Arrays.toString(point);
    }
}
