package io.github.numkit.optimization.diagnostics;

/**
 * The distribution of the error over many seeds at each checkpoint: median, a quantile band and
 * the mean. When the runs return squared errors, {@link #mean()} is the mean squared error.
 * Quantiles use linear interpolation between order statistics (type 7 of Hyndman and Fan, the
 * default of R). Immutable: accessors return copies.
 */
public final class ProgressBand {

    private final long[] iterations;
    private final double[] median;
    private final double[] lower;
    private final double[] upper;
    private final double[] mean;
    private final double lowerQuantile;
    private final double upperQuantile;
    private final int seeds;

    ProgressBand(long[] iterations, double[] median, double[] lower, double[] upper,
            double[] mean, double lowerQuantile, double upperQuantile, int seeds) {
        this.iterations = iterations.clone();
        this.median = median.clone();
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.mean = mean.clone();
        this.lowerQuantile = lowerQuantile;
        this.upperQuantile = upperQuantile;
        this.seeds = seeds;
    }

    /**
     * Returns the checkpoint iterations.
     *
     * @return a copy of the iterations
     */
    public long[] iterations() {
        return iterations.clone();
    }

    /**
     * Returns the median error at each checkpoint.
     *
     * @return a copy of the medians
     */
    public double[] median() {
        return median.clone();
    }

    /**
     * Returns the lower quantile of the error at each checkpoint.
     *
     * @return a copy of the lower band
     */
    public double[] lower() {
        return lower.clone();
    }

    /**
     * Returns the upper quantile of the error at each checkpoint.
     *
     * @return a copy of the upper band
     */
    public double[] upper() {
        return upper.clone();
    }

    /**
     * Returns the mean error at each checkpoint.
     *
     * @return a copy of the means
     */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * Returns the probability of the lower band.
     *
     * @return the lower quantile level
     */
    public double lowerQuantile() {
        return lowerQuantile;
    }

    /**
     * Returns the probability of the upper band.
     *
     * @return the upper quantile level
     */
    public double upperQuantile() {
        return upperQuantile;
    }

    /**
     * Returns the number of seeds.
     *
     * @return the seed count
     */
    public int seeds() {
        return seeds;
    }
}
