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
 * <p>Observations may be as large as {@link Double#MAX_VALUE}. When x - m or S would overflow,
 * the accumulator switches for good to a mode that stores S times 2<sup>-1200</sup> and forms
 * the differences from halved values, so the mean and the standard error stay finite whenever
 * their true values fit in a double. Data that never overflow take the plain path above, bit for
 * bit.
 *
 * <p>References: B. P. Welford, "Note on a method for calculating corrected sums of squares and
 * products", Technometrics 4(3), 1962; T. F. Chan, G. H. Golub, R. J. LeVeque, "Algorithms for
 * computing the sample variance", The American Statistician 37(3), 1983.
 *
 * <p>Mutable and not thread-safe: give each thread its own instance and {@link #merge} them.
 */
public final class RunningMoments {

    /** In scaled mode, sumOfSquares stores S times 2^(-2 SHIFT); S ≤ 2^2113 then fits with room. */
    private static final int SHIFT = 600;

    private long count;
    /** The count as a double, kept beside it because converting it on every update is slow. */
    private double countAsDouble;
    private double mean;
    private double sumOfSquares;
    /** Whether sumOfSquares is stored scaled by 2^(-2 SHIFT), after an overflow of the plain path. */
    private boolean scaled;

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
        if (!scaled) {
            double delta = x - mean;
            double updated = mean + delta / countAsDouble;
            double sum = sumOfSquares + delta * (x - updated);
            // An overflow of delta, of the mean or of S makes sum infinite or NaN.
            if (Double.isFinite(sum)) {
                mean = updated;
                sumOfSquares = sum;
                return;
            }
            enterScaledMode();
        }
        addScaled(x);
    }

    /**
     * Applies Welford's update in scaled mode. Halving before subtracting keeps x - m finite, and
     * count ≥ 2 here, because one observation leaves S = 0, so 2 (x - m)/2 / count cannot overflow.
     */
    private void addScaled(double x) {
        double halfDelta = 0.5 * x - 0.5 * mean;
        double updated = mean + 2 * (halfDelta / countAsDouble);
        double scaledDelta = Math.scalb(halfDelta, 1 - SHIFT);
        double scaledResidual = Math.scalb(0.5 * x - 0.5 * updated, 1 - SHIFT);
        mean = updated;
        sumOfSquares += scaledDelta * scaledResidual;
    }

    private void enterScaledMode() {
        sumOfSquares = Math.scalb(sumOfSquares, -2 * SHIFT);
        scaled = true;
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
            scaled = other.scaled;
            return this;
        }
        long n = count + other.count;
        double fraction = (double) other.count / n;
        if (!scaled && !other.scaled) {
            double delta = other.mean - mean;
            double updated = mean + delta * fraction;
            double sum = sumOfSquares + other.sumOfSquares + delta * delta * count * fraction;
            if (Double.isFinite(sum)) {
                mean = updated;
                sumOfSquares = sum;
                count = n;
                countAsDouble = n;
                return this;
            }
        }
        if (!scaled) {
            enterScaledMode();
        }
        double otherSum = other.scaled ? other.sumOfSquares
                : Math.scalb(other.sumOfSquares, -2 * SHIFT);
        double scaledDelta = Math.scalb(0.5 * other.mean - 0.5 * mean, 1 - SHIFT);
        // A convex combination of two finite means cannot overflow.
        mean = (1 - fraction) * mean + fraction * other.mean;
        sumOfSquares += otherSum + scaledDelta * scaledDelta * count * fraction;
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
     * @return the variance, or {@code +Infinity} if it exceeds {@link Double#MAX_VALUE}, which
     *     observations above about 10<sup>154</sup> in magnitude can cause; {@link
     *     #standardDeviation()} is finite then
     * @throws IllegalStateException if there are fewer than two observations
     */
    public double variance() {
        requireTwo();
        double v = sumOfSquares / (count - 1);
        return scaled ? Math.scalb(v, 2 * SHIFT) : v;
    }

    /**
     * Returns the sample standard deviation sqrt(S/(n - 1)).
     *
     * @return the standard deviation, or {@code +Infinity} if it exceeds
     *     {@link Double#MAX_VALUE}, which needs observations of both signs near that value
     * @throws IllegalStateException if there are fewer than two observations
     */
    public double standardDeviation() {
        requireTwo();
        double root = Math.sqrt(sumOfSquares / (count - 1));
        return scaled ? Math.scalb(root, SHIFT) : root;
    }

    private void requireTwo() {
        if (count < 2) {
            throw new IllegalStateException(
                    "the sample variance needs at least 2 observations, got " + count);
        }
    }

    /**
     * Returns the population variance S/n.
     *
     * @return the variance, or {@code +Infinity} if it exceeds {@link Double#MAX_VALUE}
     * @throws IllegalStateException if there is no observation
     */
    public double populationVariance() {
        if (count == 0) {
            throw new IllegalStateException("the variance of an empty stream is undefined; add an observation first");
        }
        double v = sumOfSquares / count;
        return scaled ? Math.scalb(v, 2 * SHIFT) : v;
    }

    /**
     * Returns the standard error of the mean, sqrt(variance / n).
     *
     * @return the standard error, finite for any finite observations because it is at most
     *     max |x<sub>i</sub> - x<sub>j</sub>| / 2
     * @throws IllegalStateException if there are fewer than two observations
     */
    public double standardError() {
        requireTwo();
        double root = Math.sqrt(sumOfSquares / (count - 1) / count);
        return scaled ? Math.scalb(root, SHIFT) : root;
    }

    @Override
    public String toString() {
        return "RunningMoments[count=" + count + ", mean=" + mean + ", sumOfSquares="
                + (scaled ? Math.scalb(sumOfSquares, 2 * SHIFT) : sumOfSquares) + "]";
    }
}
