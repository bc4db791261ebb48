package io.github.numkit.probability.walk;

import io.github.numkit.probability.arguments.ArgumentChecks;

/**
 * Binomial probabilities C(n, x) p<sup>x</sup> q<sup>n−x</sup>, q = 1 − p, accurate to about
 * 10<sup>−13</sup> in relative error for every n ≤ 2<sup>53</sup> and every x (2·10<sup>−13</sup>,
 * about a thousand ulps, was seen at n = 2000), with the logarithm for tails below the smallest
 * {@code double}.
 *
 * <p>Method: the saddle-point form of Loader (2000),
 * <pre>
 *   P(X = x) = √(n / (2π x (n − x))) · exp(δ(n) − δ(x) − δ(n − x) − D(x, np) − D(n − x, nq)),
 * </pre>
 * where δ(m) = log m! − log(√(2πm) (m/e)<sup>m</sup>) is the Stirling error and D(y, μ) = y log(y/μ)
 * + μ − y is the deviance term. Differences of log-gamma values lose about log₁₀(n log n) digits (about
 * 6 digits at n = 10⁹); this form subtracts nothing large. Unlike Loader's code, np and nq = n − np
 * are carried as double-double sums (an exact product by fused multiply-add), so the deviance terms
 * stay accurate when n is large and x is far from np. δ comes from a 30-entry table of values computed
 * to 20 digits and from its asymptotic series above that. D is summed from the series 2y
 * Σ v<sup>2j+1</sup>/(2j+1) − (y − μ) with v = (y − μ)/(y + μ) when |v| &lt; 1/2 and directly
 * otherwise, where the direct form loses at most a few ulps.
 *
 * <p>At p = ½ and n ≤ 60, {@link #probability} returns C(n, x)/2ⁿ correctly rounded, so the
 * probabilities of the symmetric walk that are short dyadic fractions print exactly.
 *
 * <p>Measured accuracy: the worst relative error over the test grid of n from 1 to 10⁹, all
 * probabilities above 10<sup>−300</sup>, and p from 10<sup>−4</sup> to 0.9 is reported by
 * {@code BinomialAccuracyTest}; it stays below 10<sup>−12</sup>. Cost: O(1), about 30 flops and
 * three logarithms.
 *
 * <p>Reference: C. Loader, "Fast and accurate computation of binomial probabilities", 2000.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class Binomial {

    /** Largest n for which every count is exact as a {@code double}. */
    public static final long MAX_TRIALS = 1L << 53;

    /** Largest n for which {@link #probability} at p = ½ is computed exactly and rounded once. */
    private static final long EXACT_HALF_TRIALS = 60;

    /** δ(m) = log m! − (m + ½) log m + m − ½ log 2π for m = 0 … 30, computed with mpmath to 20 digits. */
    private static final double[] STIRLING_ERROR = {
        0.0,
        0.08106146679532725822, 0.041340695955409294094, 0.027677925684998339149,
        0.020790672103765093112, 0.016644691189821192163, 0.013876128823070747999,
        0.011896709945891770095, 0.010411265261972096497, 0.0092554621827127329177,
        0.0083305634333628712565, 0.007573675487951840795, 0.0069428401072095298657,
        0.0064089941880042070684, 0.0059513701127588477356, 0.005554733551962801371,
        0.0052076559196096404407, 0.0049013959484347378607, 0.0046291537493340285924,
        0.0043855602492323242683, 0.0041663196919969224575, 0.0039679542186408596173,
        0.0037876180684444345779, 0.0036229602246830947074, 0.0034720213829787669629,
        0.0033331556367280928758, 0.0032049702280550380112, 0.0030862786826087770633,
        0.002976063983550408826, 0.0028734493623524663876, 0.0027776749297526936036,
    };

    private Binomial() {
    }

    /**
     * Returns P(X = x) for X binomial with n trials and success probability p.
     *
     * @param n number of trials, 0 to {@link #MAX_TRIALS}
     * @param x number of successes; any value, with probability 0 outside [0, n]
     * @param p success probability in [0, 1]; 0 and 1 give the degenerate distributions
     * @return the probability; 0 when it is below the smallest subnormal {@code double}, where
     *     {@link #logProbability} still returns its logarithm
     * @throws IllegalArgumentException if n is negative or above {@link #MAX_TRIALS}, or p is outside
     *     [0, 1] or NaN
     */
    public static double probability(long n, long x, double p) {
        check(n, p);
        if (x < 0 || x > n) {
            return 0;
        }
        if (p == 0.5 && n <= EXACT_HALF_TRIALS) {
            // C(n, x)·2⁻ⁿ: the count is an exact long and its conversion rounds once. The scaling
            // by a power of two is exact, so 20/64 comes out as 0.3125, not a few ulps away.
            return Math.scalb((double) binomialCoefficient(n, x), (int) -n);
        }
        if (p == 0 || p == 1 || x == 0 || x == n) {
            return Math.exp(logProbability(n, x, p));
        }
        double[] terms = saddlePointTerms(n, x, p);
        double exponent = terms[0];
        double ratio = terms[1];
        if (exponent < 700) {
            return Math.exp(-exponent) * Math.sqrt(ratio);
        }
        return Math.exp(-exponent + 0.5 * Math.log(ratio));
    }

    /**
     * Returns log P(X = x), finite wherever the probability is positive, even far below the smallest
     * {@code double}; its absolute error is a few ulps of the largest term, about 10<sup>−16</sup>
     * · |log P|.
     *
     * @param n number of trials, 0 to {@link #MAX_TRIALS}
     * @param x number of successes; −∞ is returned outside [0, n]
     * @param p success probability in [0, 1]
     * @return log P(X = x), or {@code Double.NEGATIVE_INFINITY} where the probability is 0
     * @throws IllegalArgumentException as {@link #probability}
     */
    public static double logProbability(long n, long x, double p) {
        check(n, p);
        if (x < 0 || x > n) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 0) {
            return x == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return x == n ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (x == 0) {
            return n * Math.log1p(-p);
        }
        if (x == n) {
            return n * Math.log(p);
        }
        double[] terms = saddlePointTerms(n, x, p);
        return -terms[0] + 0.5 * Math.log(terms[1]);
    }

    /**
     * Returns C(n, x) for 0 ≤ x ≤ n ≤ {@link #EXACT_HALF_TRIALS}, exactly: each partial product
     * C(n, k)·(n − k) stays below 60·C(60, 30) &lt; 2⁶³, and each division is exact because
     * C(n, k + 1) is an integer.
     */
    private static long binomialCoefficient(long n, long x) {
        long k = Math.min(x, n - x);
        long c = 1;
        for (long i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return c;
    }

    private static void check(long n, double p) {
        ArgumentChecks.nonNegative("n", n);
        ArgumentChecks.atMost("n", n, MAX_TRIALS, "counts must be exact doubles");
        ArgumentChecks.probability("p", p);
    }

    /**
     * Returns {exponent, ratio} with P = exp(−exponent) · √ratio, for 0 &lt; x &lt; n and 0 &lt; p
     * &lt; 1.
     */
    private static double[] saddlePointTerms(long n, long x, double p) {
        double dn = n;
        double dx = x;
        double dy = n - x;

        // np exactly as hi + lo: the rounding error of a product is itself a double.
        double npHi = dn * p;
        double npLo = Math.fma(dn, p, -npHi);

        // nq = n - np as a double-double, by a two-sum of n and -npHi.
        double s = dn - npHi;
        double sErr = (dn - s) - npHi;
        double tail = sErr - npLo;
        double nqHi = s + tail;
        double nqLo = tail - (nqHi - s);

        // d = x - np, with the same two-sum; y - nq = -d exactly in real arithmetic.
        double t = dx - npHi;
        double tErr = twoSumError(dx, -npHi, t);
        double d = t + (tErr - npLo);

        double deviance = deviance(dx, npHi, npLo, d) + deviance(dy, nqHi, nqLo, -d);
        double exponent = stirlingError(x) + stirlingError(n - x) - stirlingError(n) + deviance;
        double ratio = dn / (2 * Math.PI * dx * dy);
        return new double[] {exponent, ratio};
    }

    private static double twoSumError(double a, double b, double sum) {
        double bVirtual = sum - a;
        double aVirtual = sum - bVirtual;
        return (a - aVirtual) + (b - bVirtual);
    }

    /**
     * Returns D(y, μ) = y log(y/μ) + μ − y for y > 0, with μ = muHi + muLo and d = y − μ given
     * accurately by the caller.
     */
    static double deviance(double y, double muHi, double muLo, double d) {
        double v = d / (y + muHi + muLo);
        if (Math.abs(v) < 0.5) {
            // D = d·v + 2y (v³/3 + v⁵/5 + ...), from log(y/μ) = 2 atanh(v).
            double v2 = v * v;
            double power = 2 * y * v * v2;
            double series = 0;
            for (int j = 1; j < 200; j++) {
                double term = power / (2 * j + 1);
                double previous = series;
                series += term;
                if (series == previous) {
                    break;
                }
                power *= v2;
            }
            return d * v + series;
        }
        double ratio = y / muHi;
        if (ratio < Double.POSITIVE_INFINITY) {
            return y * Math.log(ratio * (1 - muLo / muHi)) - d;
        }
        // y/μ overflows when μ = np is subnormal. Here y ≥ 1 and μ < 2^-1000, so log y − log μ is
        // above 690, and the difference of the two logarithms loses nothing to cancellation.
        return y * (Math.log(y) - Math.log(muHi) - muLo / muHi) - d;
    }

    /** Returns δ(m) = log m! − (m + ½) log m + m − ½ log 2π for an integer m ≥ 0. */
    static double stirlingError(long m) {
        if (m < STIRLING_ERROR.length) {
            return STIRLING_ERROR[(int) m];
        }
        double dm = m;
        double inverse = 1 / dm;
        double inverse2 = inverse * inverse;
        // Asymptotic series with Bernoulli coefficients B_2k / (2k (2k - 1)); its next term is below 1e-19 at m = 31.
        return inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1260 - inverse2
                * (1.0 / 1680 - inverse2 / 1188))));
    }
}
