package io.github.numkit.optimization.streaming;

import io.github.numkit.optimization.validation.Require;

/**
 * Exponentially weighted mean m<sub>k</sub> = m<sub>k-1</sub> + λ (x<sub>k</sub> - m<sub>k-1</sub>)
 * with m<sub>1</sub> = x<sub>1</sub>: the stochastic approximation update with a constant step λ.
 * Observation x<sub>k-j</sub> carries weight λ(1 - λ)<sup>j</sup>, so the estimate tracks a drifting
 * mean over an effective window of about 1/λ observations but never settles: its variance for
 * independent observations of variance σ² tends to σ²λ/(2 - λ), not to zero.
 *
 * <p>Mutable and not thread-safe.
 */
public final class ExponentialMean {

    private final double lambda;
    private long count;
    private double mean;

    /**
     * Creates an empty estimate.
     *
     * @param lambda the constant step, in (0, 1]
     * @throws IllegalArgumentException if {@code lambda} is outside (0, 1]
     */
    public ExponentialMean(double lambda) {
        this.lambda = Require.inLeftOpen(lambda, 0, 1, "lambda");
    }

    /**
     * Adds one observation.
     *
     * @param x the observation
     * @throws IllegalArgumentException if {@code x} is not finite
     */
    public void add(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("observation " + (count + 1)
                    + " must be finite, got " + x);
        }
        count++;
        if (count == 1) {
            mean = x;
            return;
        }
        double updated = mean + lambda * (x - mean);
        // x - m overflows only for opposite signs near Double.MAX_VALUE; the convex combination
        // (1 - λ) m + λ x, which rounds differently, cannot.
        mean = Double.isFinite(updated) ? updated : (1 - lambda) * mean + lambda * x;
    }

    /**
     * Returns the current estimate.
     *
     * @return the weighted mean
     * @throws IllegalStateException if there is no observation
     */
    public double mean() {
        if (count == 0) {
            throw new IllegalStateException("the mean of an empty stream is undefined; add an observation first");
        }
        return mean;
    }

    /**
     * Returns the number of observations.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * Returns the constant step.
     *
     * @return λ
     */
    public double lambda() {
        return lambda;
    }
}
