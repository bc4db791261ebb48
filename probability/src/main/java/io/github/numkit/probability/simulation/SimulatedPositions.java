package io.github.numkit.probability.simulation;

/**
 * Simulated positions of independent walks after a fixed number of steps.
 *
 * @param positions the position S<sub>n</sub> of each path, in path order; owned by the record, so
 *     callers must not modify it
 * @param steps the number of steps n
 * @param p the probability of a step +1
 * @param generator the generator and the stream scheme used
 */
public record SimulatedPositions(long[] positions, long steps, double p, String generator) {

    /**
     * Returns the number of simulated paths.
     *
     * @return the length of {@link #positions()}
     */
    public int paths() {
        return positions.length;
    }

    /**
     * Returns the sample mean of the positions.
     *
     * @return the mean
     */
    public double mean() {
        double sum = 0;
        for (long x : positions) {
            sum += x;
        }
        return sum / positions.length;
    }

    /**
     * Returns the number of paths that ended at each position: entry j counts S<sub>n</sub> = 2j − n,
     * for j = 0 … n.
     *
     * @return a new array of length n + 1
     * @throws IllegalArgumentException if n is above 2<sup>28</sup>, too many bins for a histogram
     */
    public long[] histogram() {
        if (steps > (1 << 28)) {
            throw new IllegalArgumentException("steps must be <= " + (1 << 28) + " for a histogram, got " + steps);
        }
        long[] counts = new long[(int) steps + 1];
        for (long x : positions) {
            counts[(int) ((x + steps) / 2)]++;
        }
        return counts;
    }
}
