package io.github.numkit.optimization.gradientfree;

import io.github.numkit.optimization.Trajectory;
import java.util.Arrays;

/**
 * The result of a Kiefer–Wolfowitz or SPSA run. Immutable: array accessors return copies.
 */
public final class GradientFreeResult {

    private final double[] point;
    private final long iterations;
    private final long evaluations;
    private final long blocked;
    private final double lastLoss;
    private final Gains gains;
    private final Trajectory trajectory;

    GradientFreeResult(double[] point, long iterations, long evaluations, long blocked,
            double lastLoss, Gains gains, Trajectory trajectory) {
        this.point = point.clone();
        this.iterations = iterations;
        this.evaluations = evaluations;
        this.blocked = blocked;
        this.lastLoss = lastLoss;
        this.gains = gains;
        this.trajectory = trajectory;
    }

    /**
     * Returns the final iterate, the estimate of the minimiser.
     *
     * @return a copy of the point
     */
    public double[] point() {
        return point.clone();
    }

    /**
     * Returns the number of iterations run.
     *
     * @return the iteration count
     */
    public long iterations() {
        return iterations;
    }

    /**
     * Returns the number of loss measurements, including calibration and blocking.
     *
     * @return the evaluation count
     */
    public long evaluations() {
        return evaluations;
    }

    /**
     * Returns the number of steps that blocking rejected.
     *
     * @return the blocked count, 0 without blocking
     */
    public long blocked() {
        return blocked;
    }

    /**
     * Returns the last measured loss, in the sense of {@link IterationListener}.
     *
     * @return the noisy loss
     */
    public double lastLoss() {
        return lastLoss;
    }

    /**
     * Returns the gains used, with the calibrated step scale when calibration was requested.
     *
     * @return the gains
     */
    public Gains gains() {
        return gains;
    }

    /**
     * Returns the iterates recorded at the checkpoints.
     *
     * @return the trajectory
     */
    public Trajectory trajectory() {
        return trajectory;
    }

    /**
     * Returns the final point, the counts, the last observed loss and the gains, for logs and
     * debugging.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "GradientFreeResult[point=" + Arrays.toString(point) + ", iterations=" + iterations + ", evaluations="
                + evaluations + ", blocked=" + blocked + ", lastLoss=" + lastLoss + ", gains=" + gains + "]";
    }
}
