package io.github.numkit.probability.walk;

import io.github.numkit.probability.arguments.ArgumentChecks;
import io.github.numkit.probability.series.PowerSeries;

/**
 * First passage to a level, the maximum, and the ballot theorem for the simple walk with up-step
 * probability p.
 *
 * <ul>
 *   <li>Hitting-time theorem: the first passage time T<sub>k</sub> to k ≠ 0 has P(T<sub>k</sub> = n)
 *       = (|k|/n) P(S<sub>n</sub> = k).</li>
 *   <li>The first passage to +1 has generating function (1 − √(1 − 4pqs²))/(2qs), and T<sub>k</sub>
 *       for k &gt; 0 is a sum of k independent copies, so P(T<sub>k</sub> &lt; ∞) = min(1,
 *       p/q)<sup>k</sup>.</li>
 *   <li>Reflection principle: for r ≥ 1 and k &lt; r, P(M<sub>n</sub> ≥ r, S<sub>n</sub> = k) =
 *       (q/p)<sup>r−k</sup> P(S<sub>n</sub> = 2r − k), where M<sub>n</sub> = max<sub>m≤n</sub>
 *       S<sub>m</sub>.</li>
 *   <li>Ballot theorem: P(S<sub>1</sub> &gt; 0, …, S<sub>n</sub> &gt; 0 | S<sub>n</sub> = k) = k/n
 *       for 0 &lt; k ≤ n, whatever p.</li>
 * </ul>
 *
 * <p>Reference: W. Feller, vol. 1, 3rd ed., chapter III (reflection, ballot) and XI.3 (passage
 * times).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FirstPassage {

    private final double p;

    private FirstPassage(double p) {
        this.p = p;
    }

    /**
     * Creates the first-passage quantities of the walk with up-step probability p.
     *
     * @param p probability of a step +1, in [0, 1]
     * @return the first-passage quantities
     * @throws IllegalArgumentException if p is outside [0, 1] or NaN
     */
    public static FirstPassage of(double p) {
        return new FirstPassage(ArgumentChecks.probability("p", p));
    }

    /**
     * Returns P(T<sub>k</sub> = n), the probability that the walk first reaches level k at step n.
     *
     * @param k the level, nonzero
     * @param n number of steps, 0 or more
     * @return (|k|/n) P(S<sub>n</sub> = k), 0 for n = 0
     * @throws IllegalArgumentException if k = 0 (use {@link FirstReturn}) or n is invalid
     */
    public double probability(long k, long n) {
        checkLevel(k);
        double onLevel = SimpleWalk.of(p).probability(n, k);
        return n == 0 ? 0 : Math.abs((double) k) / n * onLevel;
    }

    /**
     * Returns log P(T<sub>k</sub> = n), for first-passage probabilities below the smallest double.
     *
     * @param k the level, nonzero
     * @param n number of steps, 0 or more
     * @return the logarithm, −∞ where the probability is 0
     * @throws IllegalArgumentException if k = 0 or n is invalid
     */
    public double logProbability(long k, long n) {
        checkLevel(k);
        if (n == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.log(Math.abs((double) k) / n) + SimpleWalk.of(p).logProbability(n, k);
    }

    /**
     * Returns P(T<sub>k</sub> &lt; ∞): min(1, p/q)<sup>k</sup> for k &gt; 0 and min(1,
     * q/p)<sup>|k|</sup> for k &lt; 0, computed as exp(k log(p/q)) with q = 1 − p exact.
     *
     * @param k the level, nonzero
     * @return the probability of ever reaching k
     * @throws IllegalArgumentException if k = 0
     */
    public double everReachProbability(long k) {
        checkLevel(k);
        double towards = k > 0 ? p : 1 - p;
        if (towards >= 0.5) {
            return 1;
        }
        if (towards == 0) {
            return 0;
        }
        double logRatio = Math.log(towards) - Math.log1p(-towards);
        return Math.exp(Math.abs((double) k) * logRatio);
    }

    /**
     * Returns the generating function (1 − √(1 − 4pqs²))/(2qs) of T<sub>1</sub>, computed with
     * {@link PowerSeries#sqrt()} and {@link PowerSeries#divide}; dividing by s lowers the order by one.
     *
     * @param order the order of the numerator series, 1 or more
     * @return the generating function, of order {@code order − 1}
     * @throws IllegalArgumentException if the order is below 1 or too large
     * @throws ArithmeticException if p = 1, where q = 0 and the first passage always takes one step
     *     (the generating function is s, but the formula divides by q)
     */
    public PowerSeries generatingFunction(int order) {
        ArgumentChecks.positive("order", order);
        double q = 1 - p;
        if (q == 0) {
            throw new ArithmeticException("the formula (1 - sqrt(1 - 4pqs^2))/(2qs) divides by q = 0 at p = 1");
        }
        PowerSeries numerator = FirstReturn.of(p).generatingFunction(order);
        PowerSeries denominator = PowerSeries.monomial(order, 1, 2 * q);
        if (numerator.valuation() > order) {
            return PowerSeries.of(order - 1);
        }
        return numerator.divide(denominator);
    }

    /**
     * Returns the distribution of the maximum M<sub>n</sub> = max(S<sub>0</sub>, …, S<sub>n</sub>) by
     * the reflection principle: entry r is P(M<sub>n</sub> = r). With ρ = q/p and T(r) =
     * Σ<sub>j&gt;r</sub> ρ<sup>j−r</sup> P(S<sub>n</sub> = j), computed backwards as T(r) = ρ
     * (P(S<sub>n</sub> = r + 1) + T(r + 1)), P(M<sub>n</sub> = r) = P(S<sub>n</sub> = r) + ρ
     * P(S<sub>n</sub> = r + 1) + (ρ − 1) T(r + 1). T and the products with ρ are carried as
     * logarithms, because for small p the factor ρ overflows, or a term ρ<sup>j−r</sup>
     * P(S<sub>n</sub> = j) is of order 1 while P(S<sub>n</sub> = j) underflows. Absolute error about n
     * ulps; for small p, where the entries are of order p<sup>r</sup>, relative error about n·|log p|
     * ulps (measured 1.2·10<sup>−12</sup> at n = 14, p = 10<sup>−300</sup>), from the rounding of the
     * logarithms. At p = ½, where ρ = 1, the entry is P(S<sub>n</sub> = r) + P(S<sub>n</sub> = r + 1),
 * rounded at most once for n ≤ 60. Cost O(n) logarithms and exponentials.
     *
     * @param n number of steps, 0 or more, small enough for an array of n + 1 doubles
     * @return a new array of length n + 1
     * @throws IllegalArgumentException if n is negative or too large
     */
    public double[] maximumDistribution(int n) {
        ArgumentChecks.seriesOrder("n", n, Double.BYTES);
        double[] result = new double[n + 1];
        if (p == 0) {
            result[0] = 1;
            return result;
        }
        SimpleWalk walk = SimpleWalk.of(p);
        if (p == 0.5) {
            // With ρ = 1 the identity is P(M_n = r) = P(S_n = r) + P(S_n = r + 1) for every r ≥ 0,
            // r = 0 included by symmetry, and one of the two terms is 0 by parity. The terms are
            // dyadic and, for n ≤ 60, exact, so the entries are rounded at most once.
            for (int r = 0; r <= n; r++) {
                result[r] = walk.probability(n, r) + walk.probability(n, r + 1);
            }
            return result;
        }
        // log ρ and log |ρ - 1| = log |1 - 2p| - log p are finite for 0 < p < 1, even where ρ overflows.
        double logRho = GamblersRuin.logOddsDown(p);
        double logRhoMinusOne = Math.log(Math.abs(1 - 2 * p)) - Math.log(p);
        double signRhoMinusOne = Math.signum(1 - 2 * p);
        double logTailAbove = Double.NEGATIVE_INFINITY;
        double logOnLevelAbove = Double.NEGATIVE_INFINITY;
        for (int r = n; r >= 0; r--) {
            double logOnLevel = walk.logProbability(n, r);
            double value = Math.exp(logOnLevel) + Math.exp(logRho + logOnLevelAbove)
                    + signRhoMinusOne * Math.exp(logRhoMinusOne + logTailAbove);
            result[r] = Math.max(0, value);
            logTailAbove = logRho + logSumExp(logOnLevelAbove, logTailAbove);
            logOnLevelAbove = logOnLevel;
        }
        // The reflection identity needs r >= 1; P(M_n = 0) = 1 - P(M_n >= 1) instead.
        double below = 0;
        for (int r = 1; r <= n; r++) {
            below += result[r];
        }
        result[0] = Math.max(0, 1 - below);
        return result;
    }

    /** Returns log(e<sup>a</sup> + e<sup>b</sup>) without overflow or underflow. */
    private static double logSumExp(double a, double b) {
        double larger = Math.max(a, b);
        if (larger == Double.NEGATIVE_INFINITY) {
            return larger;
        }
        return larger + Math.log1p(Math.exp(Math.min(a, b) - larger));
    }

    /**
     * Returns the ballot-theorem probability P(S<sub>1</sub> &gt; 0, …, S<sub>n</sub> &gt; 0 |
     * S<sub>n</sub> = k) = k/n, which does not depend on p.
     *
     * @param n number of steps, 1 or more
     * @param k final position, with 0 &lt; k ≤ n and n + k even
     * @return k/n
     * @throws IllegalArgumentException if n &lt; 1, or k is not a positive position reachable in n steps
     */
    public static double ballotProbability(long n, long k) {
        ArgumentChecks.positive("n", n);
        if (k <= 0 || !SimpleWalk.reachable(n, k)) {
            throw new IllegalArgumentException("k must be in (0, n] with n + k even, got k = " + k + " for n = " + n);
        }
        return (double) k / n;
    }

    private static void checkLevel(long k) {
        if (k == 0) {
            throw new IllegalArgumentException("k must be nonzero (for returns to 0 use FirstReturn), got 0");
        }
    }
}
