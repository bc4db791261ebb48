package io.github.numkit.optimization;

import java.util.Arrays;

/**
 * Iterates recorded at checkpoints during a run. When a run stops before a checkpoint, that
 * checkpoint and the later ones are absent, so {@link #size()} may be smaller than the number of
 * checkpoints requested. Immutable: accessors return copies.
 */
public final class Trajectory {

    private final long[] iterations;
    private final double[][] points;

    /**
     * Creates a trajectory.
     *
     * @param iterations the recorded iterations, increasing; copied
     * @param points the recorded iterates, one row per iteration; copied
     * @throws IllegalArgumentException if the lengths differ
     */
    public Trajectory(long[] iterations, double[][] points) {
        if (iterations.length != points.length) {
            throw new IllegalArgumentException("points must have one row per iteration ("
                    + iterations.length + "), got " + points.length);
        }
        this.iterations = iterations.clone();
        this.points = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            this.points[i] = points[i].clone();
        }
    }

    /**
     * Returns the number of recorded iterates.
     *
     * @return the count
     */
    public int size() {
        return iterations.length;
    }

    /**
     * Returns the recorded iterations.
     *
     * @return a copy of the iterations
     */
    public long[] iterations() {
        return iterations.clone();
    }

    /**
     * Returns one recorded iterate.
     *
     * @param index position, from 0 to {@code size() - 1}
     * @return a copy of the iterate
     */
    public double[] point(int index) {
        return points[index].clone();
    }

    /**
     * Computes the Euclidean distance of each recorded iterate from a known solution, which is the
     * error against iteration.
     *
     * @param solution the exact solution; read only
     * @return the error at each recorded iteration
     * @throws IllegalArgumentException if the dimension differs from that of the iterates
     */
    public double[] errors(double[] solution) {
        double[] e = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != solution.length) {
                throw new IllegalArgumentException("solution must have length "
                        + points[i].length + ", got " + solution.length);
            }
            double s = 0;
            for (int j = 0; j < solution.length; j++) {
                double d = points[i][j] - solution[j];
                s += d * d;
            }
            e[i] = Math.sqrt(s);
        }
        return e;
    }

    @Override
    public String toString() {
        return "Trajectory" + Arrays.toString(iterations);
    }
}
