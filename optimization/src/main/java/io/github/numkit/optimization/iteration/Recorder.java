package io.github.numkit.optimization.iteration;

import io.github.numkit.optimization.Checkpoints;
import io.github.numkit.optimization.Trajectory;
import java.util.Arrays;

/**
 * Copies iterates into storage allocated up front, at the iterations a {@link Checkpoints} names.
 */
public final class Recorder {

    private final long[] iterations;
    private final double[][] points;
    private int next;

    /**
     * Allocates storage for every checkpoint.
     *
     * @param checkpoints where to record
     * @param dimension the length of an iterate
     */
    public Recorder(Checkpoints checkpoints, int dimension) {
        this.iterations = checkpoints.iterations();
        this.points = new double[iterations.length][dimension];
    }

    /**
     * Records the iterate when {@code k} is the next checkpoint.
     *
     * @param k the iteration
     * @param w the iterate; read only
     */
    public void offer(long k, double[] w) {
        if (next < iterations.length && iterations[next] == k) {
            System.arraycopy(w, 0, points[next], 0, w.length);
            next++;
        }
    }

    /**
     * Returns the next iteration to record, so that a loop can compare against a local copy.
     *
     * @return the next checkpoint, or {@link Long#MAX_VALUE} when all are recorded
     */
    public long nextIteration() {
        return next < iterations.length ? iterations[next] : Long.MAX_VALUE;
    }

    /**
     * Records a scalar iterate when {@code k} is the next checkpoint.
     *
     * @param k the iteration
     * @param w the iterate
     */
    public void offer(long k, double w) {
        if (next < iterations.length && iterations[next] == k) {
            points[next][0] = w;
            next++;
        }
    }

    /**
     * Returns the iterates recorded so far.
     *
     * @return the trajectory
     */
    public Trajectory trajectory() {
        return new Trajectory(Arrays.copyOf(iterations, next), Arrays.copyOf(points, next));
    }
}
