package io.github.numkit.optimization.diagnostics;

import io.github.numkit.optimization.ProgressListener;
import io.github.numkit.optimization.validation.Require;
import java.util.Arrays;

/**
 * Progress curves over many seeds: a method is run with seeds s, s + 1, ..., s + n - 1 and the
 * error at each checkpoint is summarised by its median, a quantile band and its mean. Runs are
 * sequential on the calling thread, so the result does not depend on the thread count. Stateless
 * and thread-safe.
 */
public final class ProgressCurves {

    private ProgressCurves() {
    }

    /**
     * Runs a method over many seeds and summarises its errors.
     *
     * @param iterations the checkpoint iterations the runs report, in order; read only
     * @param seeds the number of seeds, at least 2
     * @param firstSeed the first seed
     * @param lowerQuantile the probability of the lower band, in [0, upperQuantile]
     * @param upperQuantile the probability of the upper band, in [lowerQuantile, 1]
     * @param run the method reduced to its errors at the checkpoints
     * @param listener receives the number of seeds done
     * @return the band
     * @throws IllegalArgumentException if an argument is out of range, or a run returns an array
     *     of the wrong length or a non-finite error
     */
    public static ProgressBand over(long[] iterations, int seeds, long firstSeed,
            double lowerQuantile, double upperQuantile, SeededRun run, ProgressListener listener) {
        Require.nonNull(iterations, "iterations");
        Require.atLeast(seeds, 2, "seeds");
        Require.nonNull(run, "run");
        Require.nonNull(listener, "listener");
        if (!(lowerQuantile >= 0 && lowerQuantile <= upperQuantile && upperQuantile <= 1)) {
            throw new IllegalArgumentException("quantiles must satisfy 0 <= lower <= upper <= 1,"
                    + " got " + lowerQuantile + " and " + upperQuantile);
        }
        int n = iterations.length;
        double[][] byCheckpoint = new double[n][seeds];
        listener.progress(0, seeds);
        for (int s = 0; s < seeds; s++) {
            double[] e = run.errors(firstSeed + s);
            if (e == null || e.length != n) {
                throw new IllegalArgumentException("run for seed " + (firstSeed + s)
                        + " must return " + n + " errors, got "
                        + (e == null ? "null" : String.valueOf(e.length)));
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(e[j])) {
                    throw new IllegalArgumentException("error at checkpoint " + iterations[j]
                            + " for seed " + (firstSeed + s) + " must be finite, got " + e[j]);
                }
                byCheckpoint[j][s] = e[j];
            }
            listener.progress(s + 1, seeds);
        }
        double[] median = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] mean = new double[n];
        for (int j = 0; j < n; j++) {
            double[] sorted = byCheckpoint[j];
            Arrays.sort(sorted);
            median[j] = quantile(sorted, 0.5);
            lower[j] = quantile(sorted, lowerQuantile);
            upper[j] = quantile(sorted, upperQuantile);
            double sum = 0;
            for (double v : sorted) {
                sum += v;
            }
            mean[j] = sum / seeds;
        }
        return new ProgressBand(iterations, median, lower, upper, mean, lowerQuantile,
                upperQuantile, seeds);
    }

    /**
     * Runs a method over many seeds without progress reports.
     *
     * @param iterations the checkpoint iterations the runs report, in order; read only
     * @param seeds the number of seeds, at least 2
     * @param firstSeed the first seed
     * @param lowerQuantile the probability of the lower band
     * @param upperQuantile the probability of the upper band
     * @param run the method reduced to its errors at the checkpoints
     * @return the band
     * @throws IllegalArgumentException as {@link #over(long[], int, long, double, double,
     *     SeededRun, ProgressListener)}
     */
    public static ProgressBand over(long[] iterations, int seeds, long firstSeed,
            double lowerQuantile, double upperQuantile, SeededRun run) {
        return over(iterations, seeds, firstSeed, lowerQuantile, upperQuantile, run,
                ProgressListener.NONE);
    }

    /**
     * Computes a quantile of sorted values by linear interpolation between order statistics
     * (Hyndman and Fan type 7): h = (n - 1) q, result x[⌊h⌋] + (h - ⌊h⌋)(x[⌊h⌋ + 1] - x[⌊h⌋]).
     *
     * @param sorted values in increasing order; read only
     * @param q the probability, in [0, 1]
     * @return the quantile
     */
    public static double quantile(double[] sorted, double q) {
        Require.nonNull(sorted, "sorted");
        if (sorted.length == 0) {
            throw new IllegalArgumentException("sorted must not be empty");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be in [0, 1], got " + q);
        }
        double h = (sorted.length - 1) * q;
        int i = (int) Math.floor(h);
        if (i >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }
}
