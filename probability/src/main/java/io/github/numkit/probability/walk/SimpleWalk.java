package io.github.numkit.probability.walk;

import io.github.numkit.probability.arguments.ArgumentChecks;

/**
 * The simple random walk on the integers: S<sub>0</sub> = 0 and each step is +1 with probability p
 * and −1 with probability q = 1 − p.
 *
 * <p>The position after n steps has generating function (ps + q/s)<sup>n</sup>, so S<sub>n</sub> =
 * 2X − n with X binomial(n, p), and P(S<sub>n</sub> = k) = C(n, (n + k)/2)
 * p<sup>(n+k)/2</sup>q<sup>(n−k)/2</sup> when n + k is even and |k| ≤ n, zero otherwise. The
 * probabilities come from {@link Binomial}, accurate to a few ulps relative for n ≤ 2<sup>53</sup>;
 * q is the exact real 1 − p, not its rounded {@code double}. p = 0 and p = 1 are valid degenerate
 * walks.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SimpleWalk {

    /** Distance between entries of {@link #distribution} computed directly rather than by ratios. */
    private static final int ANCHOR_SPACING = 128;

    private final double p;

    private SimpleWalk(double p) {
        this.p = p;
    }

    /**
     * Creates the walk with up-step probability p.
     *
     * @param p probability of a step +1, in [0, 1]
     * @return the walk
     * @throws IllegalArgumentException if p is outside [0, 1] or NaN
     */
    public static SimpleWalk of(double p) {
        return new SimpleWalk(ArgumentChecks.probability("p", p));
    }

    /**
     * Creates the fair walk, p = ½.
     *
     * @return the walk
     */
    public static SimpleWalk fair() {
        return new SimpleWalk(0.5);
    }

    /**
     * Returns the probability p of a step +1.
     *
     * @return p
     */
    public double p() {
        return p;
    }

    /**
     * Returns q = 1 − p rounded to a {@code double}; computations inside the class use the exact
     * value.
     *
     * @return q
     */
    public double q() {
        return 1 - p;
    }

    /**
     * Returns P(S<sub>n</sub> = k).
     *
     * @param n number of steps, 0 to {@link Binomial#MAX_TRIALS}
     * @param k position; any value
     * @return the probability, 0 when n + k is odd or |k| &gt; n, and 0 when it underflows (use
     *     {@link #logProbability})
     * @throws IllegalArgumentException if n is negative or too large
     */
    public double probability(long n, long k) {
        checkSteps(n);
        if (!reachable(n, k)) {
            return 0;
        }
        return Binomial.probability(n, (n + k) / 2, p);
    }

    /**
     * Returns log P(S<sub>n</sub> = k), finite wherever the probability is positive.
     *
     * @param n number of steps
     * @param k position
     * @return the logarithm, −∞ where the probability is 0
     * @throws IllegalArgumentException if n is negative or too large
     */
    public double logProbability(long n, long k) {
        checkSteps(n);
        if (!reachable(n, k)) {
            return Double.NEGATIVE_INFINITY;
        }
        return Binomial.logProbability(n, (n + k) / 2, p);
    }

    /**
     * Returns P(S<sub>n</sub> ≤ k). A lower tail below the mean is summed term by term from k
     * downward, with compensation, until a geometric bound on the rest falls below 2<sup>−60</sup> of
     * the sum, so it keeps its relative accuracy; above the
     * mean the result is 1 minus the upper tail summed the same way, accurate to about 10<sup>−16</sup>
     * absolute. The cost is O(√(npq)) binomial terms: for p = ½ one call took 1.1 s at n =
     * 2<sup>46</sup> and 4.3 s at n = 2<sup>50</sup> on a shared 2-core machine, so about 12 s at
     * n = 2<sup>53</sup>. The regularized incomplete beta function I<sub>p</sub>(x + 1, n − x)
     * would cost O(1), but the distribution function changes by about √n times any change in p, so a
     * step that rounds 1 − p to a double moves the result by up to about 5·10<sup>−9</sup> at n =
     * 2<sup>53</sup> when p ≠ ½.
     *
     * @param n number of steps
     * @param k position
     * @return the distribution function at k
     * @throws IllegalArgumentException if n is negative or too large
     */
    public double cumulativeProbability(long n, long k) {
        checkSteps(n);
        if (k < -n) {
            return 0;
        }
        if (k >= n) {
            return 1;
        }
        long x = Math.floorDiv(n + k, 2);
        double mode = (n + 1) * p;
        if (x <= mode) {
            return lowerTail(n, x);
        }
        return 1 - upperTail(n, x + 1);
    }

    /**
     * Returns P(S<sub>n</sub> &gt; k), with the same accuracy rules as
     * {@link #cumulativeProbability} mirrored.
     *
     * @param n number of steps
     * @param k position
     * @return 1 − P(S<sub>n</sub> ≤ k)
     * @throws IllegalArgumentException if n is negative or too large
     */
    public double survivalProbability(long n, long k) {
        checkSteps(n);
        if (k < -n) {
            return 1;
        }
        if (k >= n) {
            return 0;
        }
        long x = Math.floorDiv(n + k, 2);
        double mode = (n + 1) * p;
        if (x + 1 >= mode) {
            return upperTail(n, x + 1);
        }
        return 1 - lowerTail(n, x);
    }

    private double lowerTail(long n, long xMax) {
        double sum = 0;
        double compensation = 0;
        double previousTerm = Double.NaN;
        for (long x = xMax; x >= 0; x--) {
            double term = Binomial.probability(n, x, p);
            double previous = sum;
            // Neumaier's compensated sum: a tail of 10^5 terms keeps an error of a few ulps.
            sum = previous + term;
            compensation += Math.abs(previous) >= term ? (previous - sum) + term : (term - sum) + previous;
            // Terms decrease away from the mode at least geometrically, with the ratio r of the last two,
            // so the terms not yet added sum to at most term r/(1 - r).
            double ratio = term / previousTerm;
            if (term == 0 || (ratio < 1 && term * ratio / (1 - ratio) <= 0x1p-60 * sum)) {
                break;
            }
            previousTerm = term;
        }
        return sum + compensation;
    }

    private double upperTail(long n, long xMin) {
        double sum = 0;
        double compensation = 0;
        double previousTerm = Double.NaN;
        for (long x = xMin; x <= n; x++) {
            double term = Binomial.probability(n, x, p);
            double previous = sum;
            // Neumaier's compensated sum: a tail of 10^5 terms keeps an error of a few ulps.
            sum = previous + term;
            compensation += Math.abs(previous) >= term ? (previous - sum) + term : (term - sum) + previous;
            // Terms decrease away from the mode at least geometrically, with the ratio r of the last two,
            // so the terms not yet added sum to at most term r/(1 - r).
            double ratio = term / previousTerm;
            if (term == 0 || (ratio < 1 && term * ratio / (1 - ratio) <= 0x1p-60 * sum)) {
                break;
            }
            previousTerm = term;
        }
        return sum + compensation;
    }

    /**
     * Returns the mean E[S<sub>n</sub>] = n(p − q).
     *
     * @param n number of steps, 0 or more
     * @return the mean
     * @throws IllegalArgumentException if n is negative
     */
    public double mean(long n) {
        ArgumentChecks.nonNegative("n", n);
        return n * (2 * p - 1);
    }

    /**
     * Returns the variance Var S<sub>n</sub> = 4npq.
     *
     * @param n number of steps, 0 or more
     * @return the variance
     * @throws IllegalArgumentException if n is negative
     */
    public double variance(long n) {
        ArgumentChecks.nonNegative("n", n);
        // pq = p - p² with the rounding error of p² restored, so the rounding of q = 1 - p does not enter.
        double square = p * p;
        double pq = (p - square) - Math.fma(p, p, -square);
        return 4.0 * n * pq;
    }

    /**
     * Returns the whole distribution of S<sub>n</sub>: entry j is P(S<sub>n</sub> = 2j − n) for j = 0
     * … n. Every {@value #ANCHOR_SPACING}th entry comes from {@link Binomial}, and the entries between
     * from the ratio P(j)/P(j − 1) = (n − j + 1)p / (jq), which adds at most about 3 ulps per step,
     * below 10<sup>−13</sup> relative over a block. Entries below the smallest normal double, where
     * the ratio would lose digits, come from {@link Binomial} directly, and blocks of 128 entries
     * away from the mode whose end terms underflow are left at 0. Cost O(n) flops plus O(n/128)
     * binomial terms. At p = ½ and n ≤ 60 every entry comes from {@link Binomial}, correctly
     * rounded, as {@link #probability} gives it.
     *
     * @param n number of steps, 0 or more, small enough for an array of n + 1 doubles in memory
     * @return a new array of length n + 1
     * @throws IllegalArgumentException if n is negative or the array would not fit in memory
     */
    public double[] distribution(int n) {
        ArgumentChecks.seriesOrder("n", n, Double.BYTES);
        double[] probabilities = new double[n + 1];
        double q = 1 - p;
        double mode = (n + 1) * p;
        // Below log(MIN_VALUE) - 1 a term rounds to 0 even with its rounding error.
        double logSmallest = Math.log(Double.MIN_VALUE) - 1;
        for (int start = 0; start <= n; start += ANCHOR_SPACING) {
            int end = Math.min(n, start + ANCHOR_SPACING - 1);

            // Away from the mode the terms are monotone, so a block whose end terms both underflow is all zero.
            if (end < mode - 1 || start > mode) {
                double largest = Math.max(Binomial.logProbability(n, start, p), Binomial.logProbability(n, end, p));
                if (largest < logSmallest) {
                    continue;
                }
            }

            for (int j = start; j <= end; j++) {
                double previous = j > start ? probabilities[j - 1] : 0;
                // At p = 1/2 and n <= 60 Binomial is exact and rounded once, which the ratio is not.
                if (j == start || previous < Double.MIN_NORMAL || q == 0 || (p == 0.5 && n <= 60)) {
                    probabilities[j] = Binomial.probability(n, j, p);
                } else {
                    probabilities[j] = previous * ((n - j + 1) * p) / (j * q);
                }
            }
        }
        return probabilities;
    }

    static boolean reachable(long n, long k) {
        return Math.abs(k) <= n && ((n + k) & 1) == 0;
    }

    private static void checkSteps(long n) {
        ArgumentChecks.nonNegative("n", n);
        ArgumentChecks.atMost("n", n, Binomial.MAX_TRIALS, "counts must be exact doubles");
    }

    @Override
    public String toString() {
        return "SimpleWalk[p=" + p + "]";
    }
}
