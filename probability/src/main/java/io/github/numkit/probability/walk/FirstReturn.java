package io.github.numkit.probability.walk;

import io.github.numkit.probability.arguments.ArgumentChecks;
import io.github.numkit.probability.series.ExactPowerSeries;
import io.github.numkit.probability.series.PowerSeries;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Returns to the origin of the simple walk with up-step probability p.
 *
 * <p>With u<sub>n</sub> = P(S<sub>n</sub> = 0) and f<sub>n</sub> = P(first return at step n), the
 * generating functions satisfy U(s) = 1/(1 − F(s)), U(s) = (1 − 4pqs²)<sup>−1/2</sup> and F(s) = 1 −
 * √(1 − 4pqs²), so f<sub>2n</sub> = u<sub>2n</sub>/(2n − 1) and f<sub>odd</sub> = 0. The walk returns
 * with probability F(1) = 1 − |p − q|. Probabilities come from {@link Binomial}, accurate to a few
 * ulps.
 *
 * <p>Reference: W. Feller, An Introduction to Probability Theory and Its Applications, vol. 1, 3rd
 * ed., chapter XI.3.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FirstReturn {

    private final double p;

    private FirstReturn(double p) {
        this.p = p;
    }

    /**
     * Creates the first-return quantities of the walk with up-step probability p.
     *
     * @param p probability of a step +1, in [0, 1]
     * @return the first-return quantities
     * @throws IllegalArgumentException if p is outside [0, 1] or NaN
     */
    public static FirstReturn of(double p) {
        return new FirstReturn(ArgumentChecks.probability("p", p));
    }

    /**
     * Returns u<sub>n</sub> = P(S<sub>n</sub> = 0).
     *
     * @param n number of steps, 0 or more
     * @return u<sub>n</sub>, 0 for odd n
     * @throws IllegalArgumentException if n is negative or above {@link Binomial#MAX_TRIALS}
     */
    public double returnProbability(long n) {
        return SimpleWalk.of(p).probability(n, 0);
    }

    /**
     * Returns f<sub>n</sub>, the probability that the first return to 0 happens at step n:
     * u<sub>n</sub>/(n − 1) for even n ≥ 2.
     *
     * @param n number of steps, 0 or more
     * @return f<sub>n</sub>, 0 for n = 0 and for odd n
     * @throws IllegalArgumentException if n is negative or above {@link Binomial#MAX_TRIALS}
     */
    public double firstReturnProbability(long n) {
        double u = returnProbability(n);
        return n == 0 || n % 2 != 0 ? 0 : u / (n - 1);
    }

    /**
     * Returns the generating function F(s) = 1 − √(1 − 4pqs²) of the first-return time, computed
     * with {@link PowerSeries#sqrt()}.
     *
     * @param order the order of the series, 0 or more
     * @return F to the given order
     * @throws IllegalArgumentException if the order is negative or too large for memory
     */
    public PowerSeries generatingFunction(int order) {
        double fourPq = 4 * p * (1 - p);
        PowerSeries inside = PowerSeries.of(order, order >= 2 ? new double[] {1, 0, -fourPq} : new double[] {1});
        return PowerSeries.of(order, 1).subtract(inside.sqrt());
    }

    /**
     * Returns F(s) = 1 − √(1 − 4pqs²) with exact rational coefficients, for a rational p.
     *
     * @param p probability of a step +1, in [0, 1]
     * @param order the order of the series, 0 or more
     * @return F to the given order
     * @throws IllegalArgumentException if p is outside [0, 1] or the order is invalid
     */
    public static ExactPowerSeries exactGeneratingFunction(BigFraction p, int order) {
        if (p.signum() < 0 || p.compareTo(BigFraction.ONE) > 0) {
            throw new IllegalArgumentException("p must be in [0, 1], got " + p);
        }
        BigFraction fourPq = p.multiply(BigFraction.ONE.subtract(p)).multiply(4);
        ExactPowerSeries inside = order >= 2
                ? ExactPowerSeries.of(order, BigFraction.ONE, BigFraction.ZERO, fourPq.negate())
                : ExactPowerSeries.of(order, BigFraction.ONE);
        return ExactPowerSeries.of(order, BigFraction.ONE).subtract(inside.sqrt());
    }

    /**
     * Returns the probability of ever returning to 0, F(1) = 1 − |p − q| = 2 min(p, q).
     *
     * @return the return probability, 1 exactly at p = ½
     */
    public double everReturnProbability() {
        return 2 * Math.min(p, 1 - p);
    }

    /**
     * Returns the return time summarised: probability of return, mean and conditional mean, with an
     * explanation of the infinite mean.
     *
     * @return the summary
     */
    public ReturnTime returnTime() {
        double ever = everReturnProbability();
        if (p == 0.5) {
            return new ReturnTime(1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                    "at p = 1/2 return is certain but E[T] = F'(1) is infinite, because f_2n ~ 1/(2 sqrt(pi) n^(3/2))");
        }
        if (ever == 0) {
            return new ReturnTime(0, Double.POSITIVE_INFINITY, Double.NaN,
                    "at p = " + decimal(p) + " every step goes the same way, so the walk never returns");
        }
        double bias = Math.abs(2 * p - 1);
        double conditional = 4 * p * (1 - p) / (bias * ever);
        return new ReturnTime(ever, Double.POSITIVE_INFINITY, conditional,
                "at p = " + decimal(p) + " the walk never returns with probability |p - q| = " + decimal(bias)
                        + ", so E[T] is infinite; E[T | T < infinity] = F'(1)/F(1) is finite");
    }

    /** Returns the shortest decimal of x in the form 0, 0.3 or 1e-4, without Java's "0.0" and "1.0E-4". */
    private static String decimal(double x) {
        String text = Double.toString(x + 0.0);
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        return text.replace(".0E", "E").replace('E', 'e');
    }
}
