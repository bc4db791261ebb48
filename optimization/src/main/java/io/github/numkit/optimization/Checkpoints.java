package io.github.numkit.optimization;

import io.github.numkit.optimization.validation.Require;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * The iterations at which a method records its iterate, chosen before the run so that the storage
 * is allocated once and the iterations themselves allocate nothing. Immutable and thread-safe.
 */
public final class Checkpoints {

    private static final Checkpoints NONE = new Checkpoints(new long[0]);

    private final long[] iterations;

    private Checkpoints(long[] iterations) {
        this.iterations = iterations;
    }

    /**
     * Returns the empty schedule: nothing is recorded.
     *
     * @return the empty schedule
     */
    public static Checkpoints none() {
        return NONE;
    }

    /**
     * Creates checkpoints at the given iterations.
     *
     * @param iterations iterations, each at least 1; read only, sorted and deduplicated in the copy
     * @return the schedule
     * @throws IllegalArgumentException if an iteration is below 1
     */
    public static Checkpoints at(long... iterations) {
        Require.nonNull(iterations, "iterations");
        TreeSet<Long> sorted = new TreeSet<>();
        for (long k : iterations) {
            Require.atLeast(k, 1, "checkpoint iteration");
            sorted.add(k);
        }
        return new Checkpoints(sorted.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Creates checkpoints spaced evenly on a logarithmic scale from 1 to {@code last}, which suits a
     * plot of error against iteration on log axes. The iterations 1 and {@code last} are included.
     *
     * @param last the last iteration, at least 1
     * @param perDecade points per factor of ten, at least 1
     * @return the schedule
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Checkpoints logarithmic(long last, int perDecade) {
        Require.atLeast(last, 1, "last");
        Require.atLeast(perDecade, 1, "perDecade");
        TreeSet<Long> sorted = new TreeSet<>();
        sorted.add(1L);
        sorted.add(last);
        double decades = Math.log10(last);
        int count = (int) Math.ceil(decades * perDecade);
        for (int j = 1; j < count; j++) {
            sorted.add(Math.min(last, Math.round(Math.pow(10, (double) j / perDecade))));
        }
        return new Checkpoints(sorted.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Creates checkpoints at every multiple of {@code every} up to {@code last}.
     *
     * @param every spacing, at least 1
     * @param last the last iteration considered, at least 1
     * @return the schedule
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Checkpoints every(long every, long last) {
        Require.atLeast(every, 1, "every");
        Require.atLeast(last, 1, "last");
        long[] k = new long[(int) (last / every)];
        for (int j = 0; j < k.length; j++) {
            k[j] = (j + 1) * every;
        }
        return new Checkpoints(k);
    }

    /**
     * Returns the number of checkpoints.
     *
     * @return the count
     */
    public int size() {
        return iterations.length;
    }

    /**
     * Returns the checkpoint iterations in increasing order.
     *
     * @return a copy of the iterations
     */
    public long[] iterations() {
        return iterations.clone();
    }

    /**
     * Returns the checkpoint at a position.
     *
     * @param index position, from 0 to {@code size() - 1}
     * @return the iteration
     */
    public long iteration(int index) {
        return iterations[index];
    }

    @Override
    public String toString() {
        return "Checkpoints" + Arrays.toString(iterations);
    }
}
