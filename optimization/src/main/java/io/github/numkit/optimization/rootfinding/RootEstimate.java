package io.github.numkit.optimization.rootfinding;

import io.github.numkit.optimization.Trajectory;
import io.github.numkit.optimization.schedule.ScheduleCheck;
import java.util.Arrays;

/**
 * The result of a Robbins–Monro run. The averaged iterate is the estimate to use: under the
 * conditions of Polyak and Juditsky it attains the optimal asymptotic covariance whatever the step
 * exponent in (½, 1). The last iterate is returned beside it for comparison. Immutable: array
 * accessors return copies.
 */
public final class RootEstimate {

    private final double[] average;
    private final double[] last;
    private final long iterations;
    private final StopReason stopReason;
    private final double averageChange;
    private final Trajectory averagedTrajectory;
    private final Trajectory iterateTrajectory;
    private final ScheduleCheck scheduleCheck;

    RootEstimate(double[] average, double[] last, long iterations, StopReason stopReason,
            double averageChange, Trajectory averagedTrajectory, Trajectory iterateTrajectory,
            ScheduleCheck scheduleCheck) {
        this.average = average.clone();
        this.last = last.clone();
        this.iterations = iterations;
        this.stopReason = stopReason;
        this.averageChange = averageChange;
        this.averagedTrajectory = averagedTrajectory;
        this.iterateTrajectory = iterateTrajectory;
        this.scheduleCheck = scheduleCheck;
    }

    /**
     * Returns the Polyak–Ruppert averaged iterate, the estimate of the root.
     *
     * @return a copy of the averaged iterate
     */
    public double[] average() {
        return average.clone();
    }

    /**
     * Returns the averaged estimate of a scalar root.
     *
     * @return the only entry of {@link #average()}
     * @throws IllegalStateException if the dimension is not 1
     */
    public double root() {
        if (average.length != 1) {
            throw new IllegalStateException("root() is for a scalar problem; the dimension is "
                    + average.length + ", use average()");
        }
        return average[0];
    }

    /**
     * Returns the last iterate w<sub>n</sub>.
     *
     * @return a copy of the last iterate
     */
    public double[] last() {
        return last.clone();
    }

    /**
     * Returns the number of iterations run, one observation each.
     *
     * @return the iteration count
     */
    public long iterations() {
        return iterations;
    }

    /**
     * Returns why the run stopped.
     *
     * @return the stop reason
     */
    public StopReason stopReason() {
        return stopReason;
    }

    /**
     * Returns the relative change of the averaged iterate over the last completed tolerance window,
     * max|Δw̄| / (1 + max|w̄|), or NaN when no window completed. It measures how far the estimate is
     * still moving; it is not a bound on the distance to the root.
     *
     * @return the relative change
     */
    public double averageChange() {
        return averageChange;
    }

    /**
     * Returns the averaged iterates recorded at the checkpoints.
     *
     * @return the averaged trajectory
     */
    public Trajectory averagedTrajectory() {
        return averagedTrajectory;
    }

    /**
     * Returns the raw iterates recorded at the checkpoints.
     *
     * @return the iterate trajectory
     */
    public Trajectory iterateTrajectory() {
        return iterateTrajectory;
    }

    /**
     * Returns the Robbins–Monro check of the schedule that was used.
     *
     * @return the check
     */
    public ScheduleCheck scheduleCheck() {
        return scheduleCheck;
    }

    /**
     * Returns the averaged and last iterates, the iteration count, the stop reason and the last
     * change of the average, for logs and debugging.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "RootEstimate[average=" + Arrays.toString(average) + ", last=" + Arrays.toString(last)
                + ", iterations=" + iterations + ", stopReason=" + stopReason + ", averageChange=" + averageChange
                + "]";
    }
}
