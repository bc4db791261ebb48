package io.github.numkit.probability.walk;

import io.github.numkit.probability.arguments.ArgumentChecks;

/**
 * Gambler's ruin: the simple walk with up-step probability p started at i, absorbed at 0 (ruin) and
 * at N (win).
 *
 * <p>With λ = log(q/p), the ruin probability is (r<sup>i</sup> − r<sup>N</sup>)/(1 −
 * r<sup>N</sup>) for r = q/p ≠ 1 and (N − i)/N for p = ½, and the expected duration is D = (i −
 * N·W)/(q − p) with W the win probability, or i(N − i) for p = ½. Both p ≠ ½ formulas cancel
 * catastrophically near p = ½, so this class evaluates them as
 * <ul>
 *   <li>ruin = expm1(−(N − i)λ)/expm1(−Nλ) for λ &gt; 0 and e<sup>iλ</sup> expm1((N − i)λ)/expm1(Nλ)
 *       for λ &lt; 0, which tends to (N − i)/N without division by zero, and never overflows;</li>
 *   <li>D = i N (N − i) λ² H(iλ, Nλ) / (expm1(Nλ) tanh(λ/2)) when |Nλ| &lt; 1, where H is the divided
 *       difference of h(x) = (e<sup>x</sup> − 1 − x)/x, summed as the series Σ<sub>m≥1</sub>
 *       (Σ<sub>j&lt;m</sub> a<sup>j</sup>b<sup>m−1−j</sup>)/(m + 1)!; this uses q − p = tanh(λ/2)
 *       and tends to i(N − i);</li>
 *   <li>λ itself as log1p((1 − 2p)/p) for p ≥ ¼, where 1 − 2p is exact, so λ keeps its relative
 *       accuracy however close p is to ½.</li>
 * </ul>
 * The test {@code GamblersRuinTest} checks both against exact rational solutions of the difference
 * equations at p = ½ ± 2<sup>−30</sup> and elsewhere.
 *
 * <p>Reference: W. Feller, vol. 1, 3rd ed., chapter XIV.2 and XIV.3.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GamblersRuin {

    private final double p;
    private final long start;
    private final long target;
    /** log(q/p); 0 exactly at p = ½, ±∞ at p = 1 or 0. */
    private final double lambda;

    private GamblersRuin(double p, long start, long target) {
        this.p = p;
        this.start = start;
        this.target = target;
        this.lambda = logOddsDown(p);
    }

    /**
     * Creates the game.
     *
     * @param p probability of a step +1, in [0, 1]
     * @param start the starting fortune i, with 0 ≤ i &lt; N
     * @param target the upper barrier N
     * @return the game
     * @throws IllegalArgumentException if p is outside [0, 1] or NaN, i &lt; 0, or N ≤ i
     */
    public static GamblersRuin of(double p, long start, long target) {
        ArgumentChecks.probability("p", p);
        ArgumentChecks.nonNegative("start", start);
        if (target <= start) {
            throw new IllegalArgumentException("target must be > start = " + start + ", got " + target);
        }
        return new GamblersRuin(p, start, target);
    }

    static double logOddsDown(double p) {
        if (p == 0.5) {
            return 0;
        }
        if (p >= 0.25) {
            return Math.log1p((1 - 2 * p) / p);
        }
        return Math.log1p(-p) - Math.log(p);
    }

    /**
     * Returns the probability of ruin, absorption at 0 before N.
     *
     * @return the ruin probability
     */
    public double ruinProbability() {
        return absorbedFirst(lambda, start, target);
    }

    /**
     * Returns the probability of winning, absorption at N before 0, computed by the same formula with
     * p and q exchanged, so it keeps its relative accuracy when it is small.
     *
     * @return the win probability
     */
    public double winProbability() {
        return absorbedFirst(-lambda, target - start, target);
    }

    /** Returns the probability of reaching 0 before N from i for a walk with log(q/p) = lambda. */
    private static double absorbedFirst(double lambda, long i, long n) {
        // The walk starts on a barrier: it is absorbed there whatever p is, so these checks precede p = 0 and p = 1.
        if (i == 0) {
            return 1;
        }
        if (i == n) {
            return 0;
        }
        if (lambda == Double.POSITIVE_INFINITY) {
            return 1;
        }
        if (lambda == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (lambda == 0) {
            return (double) (n - i) / n;
        }
        if (lambda > 0) {
            return Math.expm1(-(n - i) * lambda) / Math.expm1(-n * lambda);
        }
        return Math.exp(i * lambda) * Math.expm1((n - i) * lambda) / Math.expm1(n * lambda);
    }

    /**
     * Returns the expected duration E[T] of the game.
     *
     * @return the expected number of steps until absorption
     */
    public double expectedDuration() {
        double i = start;
        double n = target;
        if (start == 0) {
            return 0;
        }
        if (p == 0) {
            return i;
        }
        if (p == 1) {
            return n - i;
        }
        if (lambda == 0) {
            return i * (n - i);
        }
        double b = n * lambda;
        if (Math.abs(b) < 1) {
            double a = i * lambda;
            double h = dividedDifference(a, b);
            return i * n * (n - i) * lambda * lambda * h / (Math.expm1(b) * Math.tanh(lambda / 2));
        }
        double win = winProbability();
        return (i - n * win) / (1 - 2 * p);
    }

    /** Divided difference (h(b) − h(a))/(b − a) of h(x) = (e^x − 1 − x)/x, for |a| ≤ |b| &lt; 1. */
    private static double dividedDifference(double a, double b) {
        double inner = 1;
        double aPower = 1;
        double factorial = 2;
        double sum = 0;
        for (int m = 1; m < 60; m++) {
            double term = inner / factorial;
            double previous = sum;
            sum += term;
            if (sum == previous) {
                break;
            }
            aPower *= a;
            inner = b * inner + aPower;
            factorial *= m + 2;
        }
        return sum;
    }

    /**
     * Returns the distribution of the duration up to a step limit, by propagating the distribution of
     * the fortune one step at a time. Cost O(maxSteps · N); each entry has a relative error of about
     * n ulps after n steps, because every update adds non-negative terms.
     *
     * @param maxSteps the last step n for which P(T = n) is returned, 0 or more
     * @return the distribution
     * @throws IllegalArgumentException if maxSteps is negative, or if the arrays of maxSteps + 1 and
     *     N + 1 entries would not fit in a Java array or in the maximum heap
     */
    public DurationDistribution durationDistribution(int maxSteps) {
        ArgumentChecks.seriesOrder("maxSteps", maxSteps, 2L * Double.BYTES);
        int n = ArgumentChecks.seriesOrder("target", target, 2L * Double.BYTES);
        ArgumentChecks.workingMemory("duration distribution", 2L * Double.BYTES * ((long) maxSteps + target + 2),
                Runtime.getRuntime().maxMemory());
        double q = 1 - p;
        double[] ended = new double[maxSteps + 1];
        double[] ruined = new double[maxSteps + 1];
        double[] fortune = new double[n + 1];
        double[] next = new double[n + 1];
        fortune[(int) start] = 1;
        if (start == 0) {
            ended[0] = 1;
            ruined[0] = 1;
            return new DurationDistribution(ended, ruined, 0);
        }
        for (int step = 1; step <= maxSteps; step++) {
            ruined[step] = q * fortune[1];
            ended[step] = ruined[step] + p * fortune[n - 1];
            // fortune[0] and fortune[n] stay 0: absorbed mass leaves the array.
            for (int j = 1; j < n; j++) {
                next[j] = p * fortune[j - 1] + q * fortune[j + 1];
            }
            double[] swap = fortune;
            fortune = next;
            next = swap;
        }
        double remaining = 0;
        for (int j = 1; j < n; j++) {
            remaining += fortune[j];
        }
        return new DurationDistribution(ended, ruined, remaining);
    }

    @Override
    public String toString() {
        return "GamblersRuin[p=" + p + ", start=" + start + ", target=" + target + "]";
    }
}
