package io.github.numkit.optimization.gradientfree;

/**
 * Receiver of the per-iteration trace of a gradient-free method. It is called once per iteration
 * from the thread that runs the method.
 */
@FunctionalInterface
public interface IterationListener {

    /**
     * Receives one iteration.
     *
     * @param iteration the iteration, counted from 1
     * @param evaluations loss measurements used so far, including calibration and blocking
     * @param point the iterate after the iteration (unchanged when the step was blocked); read
     *     only, and overwritten by the next iteration, so copy it to keep it
     * @param loss the measured loss: with blocking, the measurement at the proposed point; without,
     *     the mean of the two measurements of the gradient estimate nearest the iterate
     * @param step the Euclidean length of the proposed step a<sub>k</sub> ĝ<sub>k</sub>
     * @param accepted false when blocking rejected the step
     */
    void iteration(long iteration, long evaluations, double[] point, double loss, double step,
            boolean accepted);
}
