package io.github.numkit.optimization.streaming;

import io.github.numkit.optimization.validation.Require;

/**
 * Running mean and variance of a stream, updated one observation at a time in O(1) work and no
 * allocation.
 *
 * <p>The mean follows the stochastic approximation update with step 1/k,
 * m<sub>k</sub> = m<sub>k-1</sub> + (x<sub>k</sub> - m<sub>k-1</sub>) / k, and the sum of squared
 * deviations follows Welford's update
 * S<sub>k</sub> = S<sub>k-1</sub> + (x<sub>k</sub> - m<sub>k-1</sub>)(x<sub>k</sub> - m<sub>k</sub>).
 * Unlike the textbook formula Σx²/n - (Σx/n)², it does not cancel catastrophically when the mean
 * is large against the spread. Two partial results combine by the pairwise formula of Chan, Golub
 * and LeVeque: with δ = m<sub>B</sub> - m<sub>A</sub> and n = n<sub>A</sub> + n<sub>B</sub>,
 * m = m<sub>A</sub> + δ n<sub>B</sub>/n and S = S<sub>A</sub> + S<sub>B</sub> + δ² n<sub>A</sub>
 * n<sub>B</sub>/n.
 *
 * <p>References: B. P. Welford, "Note on a method for calculating corrected sums of squares and
 * products", Technometrics 4(3), 1962; T. F. Chan, G. H. Golub, R. J. LeVeque, "Algorithms for
 * computing the sample variance", The American Statistician 37(3), 1983.
 *
 * <p>Mutable and not thread-safe: give each thread its own instance and {@link #merge} them.
 */
public final class RunningMoments {

    private long count;
    /** The count as a double, kept beside it because converting it on every update is slow. */
    private double countAsDouble;
    private double mean;
    private double sumOfSquares;

    /** Creates an empty accumulator. */
    public RunningMoments() {
    }

    /**
     * Creates an accumulator holding every value of an array.
     *
     * @param values the observations; read only
     * @return the accumulator
     * @throws IllegalArgumentException if a value is not finite
     */
    public static RunningMoments of(double... values) {
        RunningMoments m = new RunningMoments();
        for (double v : values) {
            m.add(v);
        }
        return m;
    }

    /**
     * Adds one observation.
     *
     * @param x the observation
     * @throws IllegalArgumentException if {@code x} is not finite, because one NaN would make every
     *     later estimate NaN
     */
    public void add(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("observation " + (count + 1)
                    + " must be finite, got " + x);
        }
        count++;
        countAsDouble += 1;
        double delta = x - mean;
        mean += delta / countAsDouble;
        sumOfSquares += delta * (x - mean);
    }

    /**
     * Adds every observation of another accumulator, as if its stream had been added here.
     *
     * @param other the accumulator to merge; not modified
     * @return this accumulator
     */
    public RunningMoments merge(RunningMoments other) {
        Require.nonNull(other, "other");
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            count = other.count;
            countAsDouble = other.countAsDouble;
            mean = other.mean;
            sumOfSquares = other.sumOfSquares;
            return this;
        }
        long n = count + other.count;
        double delta = other.mean - mean;
        double fraction = (double) other.count / n;
        mean += delta * fraction;
        sumOfSquares += other.sumOfSquares + delta * delta * count * fraction;
        count = n;
        countAsDouble = n;
        return this;
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
     * Returns the mean of the observations.
     *
     * @return the mean
     * @throws IllegalStateException if there is no observation
     */
    public double mean() {
        if (count == 0) {
            throw new IllegalStateException("the mean of an empty stream is undefined; add an observation first");
        }
        return mean;
    }

    /**
     * Returns the unbiased sample variance S/(n - 1).
     *
     * @return the variance
     * @throws IllegalStateException if there are fewer than two observations
     */
    public double variance() {
        if (count < 2) {
            throw new IllegalStateException(
                    "the sample variance needs at least 2 observations, got " + count);
        }
        return sumOfSquares / (count - 1);
    }

    /**
     * Returns the population variance S/n.
     *
     * @return the variance
     * @throws IllegalStateException if there is no observation
     */
    public double populationVariance() {
        if (count == 0) {
            throw new IllegalStateException("the variance of an empty stream is undefined; add an observation first");
        }
        return sumOfSquares / count;
    }

    /**
     * Returns the standard error of the mean, sqrt(variance / n).
     *
     * @return the standard error
     * @throws IllegalStateException if there are fewer than two observations
     */
    public double standardError() {
        return Math.sqrt(variance() / count);
    }

    @Override
    public String toString() {
        return "RunningMoments[count=" + count + ", mean=" + mean + ", sumOfSquares="
                + sumOfSquares + "]";
    }
}
