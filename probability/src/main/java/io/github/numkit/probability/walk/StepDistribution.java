package io.github.numkit.probability.walk;

import io.github.numkit.probability.arguments.ArgumentChecks;
import io.github.numkit.probability.series.LaurentPolynomial;

/**
 * A walk on the integers whose steps are independent with any distribution on a finite range of
 * integers, such as the lazy walk that stays put with probability r.
 *
 * <p>The step generating function is the Laurent polynomial P(s) = Σ P(step = j) s<sup>j</sup>,
 * and the position after n steps has generating function P(s)<sup>n</sup>, computed by repeated
 * squaring with direct convolution ({@link LaurentPolynomial#pow}), never FFT, so probabilities far
 * in the tails keep their relative accuracy of about (log₂n)² ulps until they underflow. Cost: the
 * last squaring dominates, about (n·w)²/2 multiply-adds for a step range of width w + 1.
 *
 * <p>The probabilities must be non-negative and sum to 1 within 10<sup>−12</sup> + L·2<sup>−52</sup>
 * for L entries; they are used as given, not renormalised.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StepDistribution {

    private final LaurentPolynomial steps;

    private StepDistribution(LaurentPolynomial steps) {
        this.steps = steps;
    }

    /**
     * Creates the step distribution P(step = minStep + j) = probabilities[j].
     *
     * @param minStep the smallest step
     * @param probabilities the probabilities of consecutive steps; read, not retained
     * @return the distribution
     * @throws IllegalArgumentException if the array is empty, an entry is negative or not finite, or
     *     the sum differs from 1 by more than the stated tolerance
     */
    public static StepDistribution of(int minStep, double... probabilities) {
        ArgumentChecks.positive("number of probabilities", probabilities.length);
        double sum = 0;
        for (int j = 0; j < probabilities.length; j++) {
            double value = probabilities[j];
            if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("probability of step " + (minStep + j)
                        + " must be finite and >= 0, got " + value);
            }
            sum += value;
        }
        double tolerance = 1e-12 + probabilities.length * 0x1p-52;
        if (!(Math.abs(sum - 1) <= tolerance)) {
            throw new IllegalArgumentException("probabilities must sum to 1 within " + tolerance + ", got sum " + sum);
        }
        return new StepDistribution(LaurentPolynomial.of(minStep, probabilities));
    }

    /**
     * Creates the simple walk's steps: +1 with probability p, −1 with probability 1 − p.
     *
     * @param p probability of a step +1, in [0, 1]
     * @return the distribution
     * @throws IllegalArgumentException if p is outside [0, 1] or NaN
     */
    public static StepDistribution simple(double p) {
        ArgumentChecks.probability("p", p);
        return new StepDistribution(LaurentPolynomial.of(-1, 1 - p, 0, p));
    }

    /**
     * Creates the lazy walk: stay with probability r, otherwise step +1 with probability p and −1 with
     * probability 1 − p, so the steps are −1, 0, +1 with probabilities (1 − r)(1 − p), r, (1 − r)p.
     *
     * @param p probability of +1 given a move, in [0, 1]
     * @param r probability of staying, in [0, 1]
     * @return the distribution
     * @throws IllegalArgumentException if p or r is outside [0, 1] or NaN
     */
    public static StepDistribution lazy(double p, double r) {
        ArgumentChecks.probability("p", p);
        ArgumentChecks.probability("r", r);
        double move = 1 - r;
        return new StepDistribution(LaurentPolynomial.of(-1, move * (1 - p), r, move * p));
    }

    /**
     * Returns the step generating function P(s).
     *
     * @return P as a Laurent polynomial
     */
    public LaurentPolynomial generatingFunction() {
        return steps;
    }

    /**
     * Returns the distribution of the position after n steps as the Laurent polynomial
     * P(s)<sup>n</sup>: its coefficient of s<sup>k</sup> is P(S<sub>n</sub> = k).
     *
     * @param n number of steps, 0 or more
     * @return P(s)<sup>n</sup>
     * @throws IllegalArgumentException if n is negative or the result would not fit in memory
     */
    public LaurentPolynomial distribution(long n) {
        return steps.pow(n);
    }

    /**
     * Returns the mean of one step, Σ j P(step = j).
     *
     * @return the step mean
     */
    public double mean() {
        double sum = 0;
        for (int e = steps.minExponent(); e <= steps.maxExponent(); e++) {
            sum += e * steps.coefficient(e);
        }
        return sum;
    }

    /**
     * Returns the variance of one step, computed about the mean.
     *
     * @return the step variance
     */
    public double variance() {
        double mean = mean();
        double sum = 0;
        for (int e = steps.minExponent(); e <= steps.maxExponent(); e++) {
            double deviation = e - mean;
            sum += deviation * deviation * steps.coefficient(e);
        }
        return sum;
    }
}
