package io.github.numkit.probability.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

/**
 * Binomial probabilities against exact rationals (n ≤ 1000) and against 60-digit evaluations of
 * log n! − log x! − log (n − x)! + x log p + (n − x) log q (n up to 10⁹); the worst relative error
 * over the grid is printed.
 */
class BinomialAccuracyTest {

    /** The accuracy the module promises for probabilities above the smallest normal double. */
    private static final double RELATIVE_TOLERANCE = 1e-12;

    private static final double[] SMALL_N_P = {0.5, 0.3, 1.0 / 3, 1e-3, 1e-4, 0.9, 0.999};
    private static final int[] SMALL_N = {1, 2, 3, 10, 57, 200, 1000};

    @Test
    void symmetricProbabilitiesAreCorrectlyRounded() {
        // At p = 1/2 and n <= 60 the probability is C(n, x)/2^n rounded once; BigDecimal's
        // doubleValue rounds the exact quotient to nearest.
        BigInteger choose;
        for (int n = 0; n <= 60; n++) {
            choose = BigInteger.ONE;
            BigDecimal power = new BigDecimal(BigInteger.TWO.pow(n));
            double[] distribution = SimpleWalk.of(0.5).distribution(n);
            for (int x = 0; x <= n; x++) {
                double exact = new BigDecimal(choose).divide(power).doubleValue();
                assertThat(Binomial.probability(n, x, 0.5)).as("n=%d x=%d", n, x).isEqualTo(exact);
                assertThat(distribution[x]).as("distribution n=%d x=%d", n, x).isEqualTo(exact);
                choose = choose.multiply(BigInteger.valueOf(n - x)).divide(BigInteger.valueOf(x + 1));
            }
        }
        assertThat(Binomial.probability(6, 3, 0.5)).isEqualTo(0.3125);
        assertThat(Binomial.probability(60, 30, 0.5)).isEqualTo(0.10257817300856951);
    }

    @Test
    void smallNMatchesExactRationals() {
        double worst = 0;
        String worstCase = "";
        for (double p : SMALL_N_P) {
            BigFraction exactP = BigFraction.from(p);
            BigInteger a = exactP.getNumerator();
            BigInteger b = exactP.getDenominator();
            BigInteger c = b.subtract(a);
            for (int n : SMALL_N) {
                BigInteger[] aPowers = powers(a, n);
                BigInteger[] cPowers = powers(c, n);
                BigDecimal denominator = new BigDecimal(b.pow(n));
                BigInteger choose = BigInteger.ONE;
                for (int x = 0; x <= n; x++) {
                    BigInteger numerator = choose.multiply(aPowers[x]).multiply(cPowers[n - x]);
                    BigDecimal exact = new BigDecimal(numerator).divide(denominator, MathContext.DECIMAL128);
                    double computed = Binomial.probability(n, x, p);
                    if (exact.compareTo(BigDecimal.valueOf(Double.MIN_NORMAL)) > 0) {
                        double error = relativeError(computed, exact);
                        if (error > worst) {
                            worst = error;
                            worstCase = "n=" + n + " x=" + x + " p=" + p;
                        }
                    } else {
                        // Below the normal range: compare the logarithm, to 1e-13 of its size.
                        double lnExact = HighPrecision.ln(numerator).subtract(HighPrecision.ln(b.pow(n))).doubleValue();
                        assertThat(Binomial.logProbability(n, x, p)).as("log n=%d x=%d p=%s", n, x, p)
                                .isCloseTo(lnExact, within(1e-13 * Math.abs(lnExact)));
                    }
                    choose = choose.multiply(BigInteger.valueOf(n - x)).divide(BigInteger.valueOf(x + 1));
                }
            }
        }
        System.out.println("Binomial, n <= 1000 against exact rationals: worst relative error " + worst + " at " + worstCase);
        assertThat(worst).isLessThan(RELATIVE_TOLERANCE);
    }

    private static BigInteger[] powers(BigInteger base, int n) {
        BigInteger[] result = new BigInteger[n + 1];
        result[0] = BigInteger.ONE;
        for (int k = 1; k <= n; k++) {
            result[k] = result[k - 1].multiply(base);
        }
        return result;
    }

    private static double relativeError(double computed, BigDecimal exact) {
        return new BigDecimal(computed).subtract(exact).divide(exact, MathContext.DECIMAL64).abs().doubleValue();
    }

    @Test
    void largeNMatchesHighPrecision() {
        long[] ns = {10_000, 123_457, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};
        double[] ps = {0.5, 0.3, 1e-4, 0.9, 0.999999, 1.0 / 3};
        double[] deviations = {-37, -20, -8, -3, -1, -0.3, 0, 0.3, 1, 3, 8, 20, 37};
        double worst = 0;
        String worstCase = "";
        double worstPeer = 0;
        int checked = 0;
        for (long n : ns) {
            for (double p : ps) {
                double sd = Math.sqrt(n * p * (1 - p));
                for (double z : deviations) {
                    long x = Math.round(n * p + z * sd);
                    if (x < 0 || x > n) {
                        continue;
                    }
                    BigDecimal lnExact = HighPrecision.lnBinomial(n, x, p);
                    if (lnExact.doubleValue() > -700) {
                        BigDecimal exact = HighPrecision.exp(lnExact);
                        double error = relativeError(Binomial.probability(n, x, p), exact);
                        double peer = BinomialDistribution.of((int) n, p).probability((int) x);
                        worstPeer = Math.max(worstPeer, relativeError(peer, exact));
                        checked++;
                        if (error > worst) {
                            worst = error;
                            worstCase = "n=" + n + " x=" + x + " p=" + p;
                        }
                    } else {
                        double expected = lnExact.doubleValue();
                        assertThat(Binomial.logProbability(n, x, p)).as("log n=%d x=%d p=%s", n, x, p)
                                .isCloseTo(expected, within(1e-13 * Math.abs(expected)));
                    }
                }
            }
        }
        System.out.println("Binomial, n from 1e4 to 1e9 against 60-digit values: worst relative error " + worst
                + " at " + worstCase + " over " + checked + " points; Commons Statistics 1.1 BinomialDistribution: "
                + worstPeer);
        assertThat(worst).isLessThan(RELATIVE_TOLERANCE);
    }

    @Test
    void fieldCaseTenMillionTrials() {
        double computed = Binomial.probability(10_000_000, 1000, 1e-4);
        BigDecimal exact = HighPrecision.exp(HighPrecision.lnBinomial(10_000_000, 1000, 1e-4));

        assertThat(computed).isCloseTo(0.0126152421, within(1e-10));
        assertThat(relativeError(computed, exact)).isLessThan(RELATIVE_TOLERANCE);
    }

    @Test
    void farTailsGiveFiniteLogarithm() {
        // P(X = 0) for n = 1e9, p = 1/2 is 2^-1e9.
        assertThat(Binomial.probability(1_000_000_000, 0, 0.5)).isEqualTo(0.0);
        assertThat(Binomial.logProbability(1_000_000_000, 0, 0.5))
                .isCloseTo(-1e9 * Math.log(2), within(1e-6));
        double expected = HighPrecision.lnBinomial(1_000_000_000, 400_000_000, 0.5).doubleValue();
        assertThat(Binomial.logProbability(1_000_000_000, 400_000_000, 0.5))
                .isCloseTo(expected, within(1e-13 * Math.abs(expected)));
    }

    /** With p subnormal, np is subnormal too and y/np overflows unless the deviance is taken in logarithms. */
    @Test
    void subnormalPMatchesExactRationals() {
        double[] ps = {1e-310, 1e-320, Double.MIN_VALUE};
        int[] ns = {1, 10, 1000};
        for (double p : ps) {
            BigFraction exactP = BigFraction.from(p);
            BigInteger a = exactP.getNumerator();
            BigInteger b = exactP.getDenominator();
            BigInteger c = b.subtract(a);
            for (int n : ns) {
                for (int x : new int[] {1, 2, n / 2, n - 1, n}) {
                    if (x < 1 || x > n) {
                        continue;
                    }
                    BigInteger choose = BigInteger.ONE;
                    for (int j = 0; j < x; j++) {
                        choose = choose.multiply(BigInteger.valueOf(n - j)).divide(BigInteger.valueOf(j + 1));
                    }
                    BigInteger numerator = choose.multiply(a.pow(x)).multiply(c.pow(n - x));
                    double lnExact = HighPrecision.ln(numerator).subtract(HighPrecision.ln(b.pow(n))).doubleValue();
                    assertThat(Binomial.logProbability(n, x, p)).as("log n=%d x=%d p=%s", n, x, p)
                            .isCloseTo(lnExact, within(1e-13 * Math.abs(lnExact)));
                }
            }
        }
        // P(X = 1) = 10 p q^9, with 9p far below an ulp of 1, so the exact value rounds to 10p.
        assertThat(Binomial.probability(10, 1, 1e-310)).isCloseTo(1e-309, within(1e-12 * 1e-309));
        assertThat(Binomial.probability(10, 1, Double.MIN_VALUE)).isEqualTo(10 * Double.MIN_VALUE);
    }

    @Test
    void degenerateProbabilitiesAreExact() {
        assertThat(Binomial.probability(10, 0, 0.0)).isEqualTo(1.0);
        assertThat(Binomial.probability(10, 1, 0.0)).isEqualTo(0.0);
        assertThat(Binomial.probability(10, 10, 1.0)).isEqualTo(1.0);
        assertThat(Binomial.probability(10, 9, 1.0)).isEqualTo(0.0);
        assertThat(Binomial.probability(0, 0, 0.3)).isEqualTo(1.0);
        assertThat(Binomial.probability(10, 11, 0.3)).isEqualTo(0.0);
        assertThat(Binomial.probability(10, -1, 0.3)).isEqualTo(0.0);
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThatThrownBy(() -> Binomial.probability(-1, 0, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be >= 0, got -1");
        assertThatThrownBy(() -> Binomial.probability(10, 0, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p must be in [0, 1], got NaN");
        assertThatThrownBy(() -> Binomial.probability(10, 0, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> Binomial.probability(1L << 54, 0, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be <= 9007199254740992 (counts must be exact doubles), got 18014398509481984");
    }
}
