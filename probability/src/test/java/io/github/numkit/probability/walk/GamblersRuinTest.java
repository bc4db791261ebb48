package io.github.numkit.probability.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * Gambler's ruin against exact rational solutions of the difference equations R_i = p R_(i+1) + q
 * R_(i-1) and D_i = 1 + p D_(i+1) + q D_(i-1), including p within 2^-45 of 1/2.
 */
class GamblersRuinTest {

    private static final double[] P = {0.5, 0.5 + 0x1p-30, 0.5 - 0x1p-30, 0.5 + 0x1p-45, 0.5 - 0x1p-20, 0.51, 0.3, 0.6,
        0.9};
    private static final int[] TARGETS = {2, 10, 37, 64};

    /** Returns the exact ruin probabilities R_0 .. R_N by shooting on R_1. */
    private static BigFraction[] exactRuin(BigFraction p, int target) {
        BigFraction q = BigFraction.ONE.subtract(p);
        // R_i = a_i + b_i R_1 with R_0 = 1.
        BigFraction[] a = new BigFraction[target + 1];
        BigFraction[] b = new BigFraction[target + 1];
        a[0] = BigFraction.ONE;
        b[0] = BigFraction.ZERO;
        a[1] = BigFraction.ZERO;
        b[1] = BigFraction.ONE;
        for (int i = 1; i < target; i++) {
            a[i + 1] = a[i].subtract(q.multiply(a[i - 1])).divide(p);
            b[i + 1] = b[i].subtract(q.multiply(b[i - 1])).divide(p);
        }
        BigFraction r1 = a[target].negate().divide(b[target]);
        BigFraction[] result = new BigFraction[target + 1];
        for (int i = 0; i <= target; i++) {
            result[i] = a[i].add(b[i].multiply(r1));
        }
        return result;
    }

    /** Returns the exact expected durations D_0 .. D_N by shooting on D_1. */
    private static BigFraction[] exactDuration(BigFraction p, int target) {
        BigFraction q = BigFraction.ONE.subtract(p);
        BigFraction[] a = new BigFraction[target + 1];
        BigFraction[] b = new BigFraction[target + 1];
        a[0] = BigFraction.ZERO;
        b[0] = BigFraction.ZERO;
        a[1] = BigFraction.ZERO;
        b[1] = BigFraction.ONE;
        for (int i = 1; i < target; i++) {
            a[i + 1] = a[i].subtract(BigFraction.ONE).subtract(q.multiply(a[i - 1])).divide(p);
            b[i + 1] = b[i].subtract(q.multiply(b[i - 1])).divide(p);
        }
        BigFraction d1 = a[target].negate().divide(b[target]);
        BigFraction[] result = new BigFraction[target + 1];
        for (int i = 0; i <= target; i++) {
            result[i] = a[i].add(b[i].multiply(d1));
        }
        return result;
    }

    private static double relativeError(double computed, BigFraction exact) {
        if (exact.isZero()) {
            return Math.abs(computed);
        }
        BigDecimal e = new BigDecimal(exact.getNumerator()).divide(new BigDecimal(exact.getDenominator()), MathContext.DECIMAL128);
        return new BigDecimal(computed).subtract(e).divide(e, MathContext.DECIMAL64).abs().doubleValue();
    }

    @Test
    void ruinAndDurationMatchExactSolutions() {
        double worstRuin = 0;
        double worstWin = 0;
        double worstDuration = 0;
        for (double p : P) {
            BigFraction bp = BigFraction.from(p);
            for (int target : TARGETS) {
                BigFraction[] ruin = exactRuin(bp, target);
                BigFraction[] duration = exactDuration(bp, target);
                for (int i = 0; i < target; i++) {
                    GamblersRuin game = GamblersRuin.of(p, i, target);
                    worstRuin = Math.max(worstRuin, relativeError(game.ruinProbability(), ruin[i]));
                    worstWin = Math.max(worstWin, relativeError(game.winProbability(), BigFraction.ONE.subtract(ruin[i])));
                    worstDuration = Math.max(worstDuration, relativeError(game.expectedDuration(), duration[i]));
                }
            }
        }
        System.out.println("Gambler's ruin against exact rationals: worst relative error ruin " + worstRuin + ", win "
                + worstWin + ", duration " + worstDuration);
        // N up to 64 steps of exp/expm1 and a series: a few hundred ulps at most.
        assertThat(worstRuin).isLessThan(1e-13);
        assertThat(worstWin).isLessThan(1e-13);
        assertThat(worstDuration).isLessThan(1e-13);
    }

    @Test
    void fairGameClosedForms() {
        GamblersRuin game = GamblersRuin.of(0.5, 3, 10);

        assertThat(game.ruinProbability()).isEqualTo(0.7);
        assertThat(game.expectedDuration()).isEqualTo(21.0);
    }

    @Test
    void extremeBiasDoesNotOverflow() {
        GamblersRuin game = GamblersRuin.of(0.1, 500, 1000);

        assertThat(game.ruinProbability()).isEqualTo(1.0);
        assertThat(game.winProbability()).isCloseTo(Math.pow(1.0 / 9, 500), within(1e-300));
        assertThat(game.expectedDuration()).isCloseTo(500 / 0.8, within(1e-9));
        assertThat(GamblersRuin.of(0, 4, 9).expectedDuration()).isEqualTo(4.0);
        assertThat(GamblersRuin.of(1, 4, 9).ruinProbability()).isEqualTo(0.0);
    }

    @Test
    void durationDistributionMatchesFellerFormula() {
        double p = 0.45;
        double q = 1 - p;
        int a = 10;
        int z = 3;
        DurationDistribution distribution = GamblersRuin.of(p, z, a).durationDistribution(80);
        double total = distribution.notEndedProbability();
        for (int n = 1; n <= 80; n++) {
            // Feller XIV.5: ruin at trial n from z, barriers 0 and a.
            double ruin = fellerRuin(p, q, a, z, n);
            double win = fellerRuin(q, p, a, a - z, n);
            assertThat(distribution.ruinProbabilities()[n]).as("ruin n=%d", n).isCloseTo(ruin, within(1e-15));
            assertThat(distribution.probabilities()[n]).as("end n=%d", n).isCloseTo(ruin + win, within(1e-15));
            total += distribution.probabilities()[n];
        }
        assertThat(total).isCloseTo(1.0, within(1e-14));
        double mean = 0;
        DurationDistribution longRun = GamblersRuin.of(p, z, a).durationDistribution(3000);
        for (int n = 1; n <= 3000; n++) {
            mean += n * longRun.probabilities()[n];
        }
        assertThat(mean).isCloseTo(GamblersRuin.of(p, z, a).expectedDuration(), within(1e-9));
    }

    private static double fellerRuin(double p, double q, int a, int z, int n) {
        if ((n - z) % 2 != 0) {
            return 0;
        }
        double sum = 0;
        for (int v = 1; v < a; v++) {
            double angle = Math.PI * v / a;
            sum += Math.pow(Math.cos(angle), n - 1) * Math.sin(angle) * Math.sin(z * angle);
        }
        return Math.pow(2, n) * Math.pow(p, (n - z) / 2.0) * Math.pow(q, (n + z) / 2.0) * sum / a;
    }

    /**
     * At p = 0 the walk only steps down and at p = 1 only up, so from i it is absorbed at 0 after i
     * steps or at N after N − i steps; from i = 0 it is ruined at once, whatever p is.
     */
    @Test
    void degenerateGamesHaveExactAnswers() {
        long target = 10;
        for (double p : new double[] {0, 1}) {
            for (long start : new long[] {0, 1, 9}) {
                GamblersRuin game = GamblersRuin.of(p, start, target);
                boolean ruined = start == 0 || p == 0;
                double steps = start == 0 ? 0 : (p == 0 ? start : target - start);
                String label = "p = " + p + ", start = " + start;
                assertThat(game.ruinProbability()).as(label).isEqualTo(ruined ? 1.0 : 0.0);
                assertThat(game.winProbability()).as(label).isEqualTo(ruined ? 0.0 : 1.0);
                assertThat(game.expectedDuration()).as(label).isEqualTo(steps);
            }
        }
    }

    @Test
    void invalidGamesAreRejected() {
        assertThatThrownBy(() -> GamblersRuin.of(0.5, 10, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must be > start = 10, got 10");
        assertThatThrownBy(() -> GamblersRuin.of(0.5, -1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start must be >= 0, got -1");
        assertThatThrownBy(() -> GamblersRuin.of(0.5, 3, 10).durationDistribution(Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxSteps must be <= 2147483631 (the largest Java array), got 2147483647");
        assertThatThrownBy(() -> GamblersRuin.of(0.5, 3, 10).durationDistribution(-5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxSteps must be >= 0, got -5");
        assertThatThrownBy(() -> GamblersRuin.of(Double.NaN, 1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p must be in [0, 1], got NaN");
    }
}
