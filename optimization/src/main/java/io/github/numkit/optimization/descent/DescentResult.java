package io.github.numkit.optimization.descent;

import io.github.numkit.optimization.Trajectory;
import io.github.numkit.optimization.schedule.ScheduleCheck;
import java.util.Arrays;

/**
 * The result of a gradient descent run. The loss and gradient norm at the final point are computed
 * on request, in one pass over the data each, so a run pays for them only when they are read.
 * Immutable: array accessors return copies.
 */
public final class DescentResult {

    private final FiniteSum objective;
    private final double[] point;
    private final long iterations;
    private final long epochs;
    private final int batchSize;
    private final Sampling sampling;
    private final Update update;
    private final Trajectory trajectory;
    private final ScheduleCheck scheduleCheck;

    DescentResult(FiniteSum objective, double[] point, long iterations, long epochs, int batchSize,
            Sampling sampling, Update update, Trajectory trajectory, ScheduleCheck scheduleCheck) {
        this.objective = objective;
        this.point = point.clone();
        this.iterations = iterations;
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.sampling = sampling;
        this.update = update;
        this.trajectory = trajectory;
        this.scheduleCheck = scheduleCheck;
    }

    /**
     * Returns the final iterate.
     *
     * @return a copy of the point
     */
    public double[] point() {
        return point.clone();
    }

    /**
     * Computes the objective F at the final iterate, one pass over the data.
     *
     * @return F(w)
     */
    public double loss() {
        return objective.loss(point);
    }

    /**
     * Computes the Euclidean norm of the full gradient at the final iterate, one pass over the
     * data. At an exact minimiser it is 0.
     *
     * @return ‖∇F(w)‖
     */
    public double gradientNorm() {
        double[] g = new double[point.length];
        double weight = 1.0 / objective.size();
        for (int i = 0; i < objective.size(); i++) {
            objective.addGradient(i, point, weight, g);
        }
        double s = 0;
        for (double v : g) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /**
     * Computes the Euclidean distance of the final iterate from a point, such as a known
     * minimiser.
     *
     * @param solution the point; read only
     * @return ‖w - solution‖
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double distanceTo(double[] solution) {
        if (solution.length != point.length) {
            throw new IllegalArgumentException("solution must have length " + point.length
                    + ", got " + solution.length);
        }
        double s = 0;
        for (int j = 0; j < point.length; j++) {
            double d = point[j] - solution[j];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /**
     * Returns the number of iterations, one mini-batch step each.
     *
     * @return the iteration count
     */
    public long iterations() {
        return iterations;
    }

    /**
     * Returns the number of epochs run.
     *
     * @return the epoch count
     */
    public long epochs() {
        return epochs;
    }

    /**
     * Returns the batch size; equal to m for batch gradient descent.
     *
     * @return the batch size
     */
    public int batchSize() {
        return batchSize;
    }

    /**
     * Returns how terms were drawn.
     *
     * @return the sampling
     */
    public Sampling sampling() {
        return sampling;
    }

    /**
     * Returns the update rule used.
     *
     * @return the update
     */
    public Update update() {
        return update;
    }

    /**
     * Returns the iterates recorded at the checkpoints, counted in iterations.
     *
     * @return the trajectory
     */
    public Trajectory trajectory() {
        return trajectory;
    }

    /**
     * Returns the Robbins–Monro check of the step schedule. A constant step fails it, which is
     * expected for batch gradient descent, where the gradient carries no noise.
     *
     * @return the check
     */
    public ScheduleCheck scheduleCheck() {
        return scheduleCheck;
    }

    /**
     * Returns the final point and the run's counts and settings, for logs and debugging. It leaves
     * out the loss and the gradient norm, which cost a pass over the data each.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "DescentResult[point=" + Arrays.toString(point) + ", iterations=" + iterations + ", epochs=" + epochs
                + ", batchSize=" + batchSize + ", sampling=" + sampling + ", update=" + update + "]";
    }
}
