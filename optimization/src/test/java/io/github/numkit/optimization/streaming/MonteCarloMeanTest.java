package io.github.numkit.optimization.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.optimization.NonFiniteObservationException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class MonteCarloMeanTest {

    @Test
    void normalQuantileMatchesCommonsMath() {
        NormalDistribution normal = new NormalDistribution();
        for (double c : new double[] {0.1, 0.5, 0.9, 0.95, 0.99, 0.999999, 1 - 1e-12}) {
            // The lower tail quantile avoids rounding 0.5 + c/2, which near 1 would shift the
            // reference by more than the tolerance.
            double expected = -normal.inverseCumulativeProbability((1 - c) / 2);
            assertThat(NormalQuantile.twoSided(c)).as("confidence %s", c)
                    .isCloseTo(expected, within(1e-12 * expected));
        }
    }

    @Test
    void erfcMatchesCommonsMath() {
        for (double x = 0; x < 26; x += 0.37) {
            double expected = org.apache.commons.math3.special.Erf.erfc(x);
            assertThat(NormalQuantile.erfc(x)).as("x = %s", x)
                    .isCloseTo(expected, within(1e-13 * expected));
        }
    }

    @Test
    void uniformMeanLiesInInterval() {
        MonteCarloEstimate e = MonteCarloMean.estimate(rng -> rng.nextDouble(), 100_000, 0.95,
                RandomSource.XO_RO_SHI_RO_128_PP.create(11));
        assertThat(e.covers(0.5)).isTrue();
        // σ = 1/√12 for the uniform distribution, so the standard error is 1/√(12 n).
        assertThat(e.standardError()).isCloseTo(1 / Math.sqrt(12e5), within(1e-5));
        assertThat(e.halfWidth()).isCloseTo(1.959964 * e.standardError(), within(1e-8));
        assertThat(e.samples()).isEqualTo(100_000);
    }

    @Test
    void coverageIsNearNominal() {
        // 400 independent intervals at 95 %: the count covering 0.5 is Binomial(400, 0.95),
        // mean 380 and standard deviation 4.4; [364, 396] is ±3.6 standard deviations.
        int covered = 0;
        for (long seed = 0; seed < 400; seed++) {
            MonteCarloEstimate e = MonteCarloMean.estimate(rng -> rng.nextDouble(), 200, 0.95,
                    RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
            covered += e.covers(0.5) ? 1 : 0;
        }
        assertThat(covered).isBetween(364, 396);
    }

    @Test
    void sameSeedGivesSameEstimate() {
        MonteCarloEstimate a = MonteCarloMean.estimate(rng -> rng.nextDouble(), 1_000, 0.9,
                RandomSource.XO_RO_SHI_RO_128_PP.create(5));
        MonteCarloEstimate b = MonteCarloMean.estimate(rng -> rng.nextDouble(), 1_000, 0.9,
                RandomSource.XO_RO_SHI_RO_128_PP.create(5));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void reportsProgress() {
        List<long[]> reports = new ArrayList<>();
        MonteCarloMean.estimate(rng -> rng.nextDouble(), 10_000, 0.95,
                RandomSource.XO_RO_SHI_RO_128_PP.create(5),
                (done, total) -> reports.add(new long[] {done, total}));
        assertThat(reports.get(0)).containsExactly(0, 10_000);
        assertThat(reports.get(reports.size() - 1)).containsExactly(10_000, 10_000);
        assertThat(reports.size()).isBetween(100, 300);
    }

    @Test
    void nonFiniteSampleIsReportedWithItsNumber() {
        int[] calls = {0};
        assertThatThrownBy(() -> MonteCarloMean.estimate(rng -> ++calls[0] == 7 ? Double.NaN : 1,
                100, 0.95, RandomSource.XO_RO_SHI_RO_128_PP.create(1)))
                .isInstanceOf(NonFiniteObservationException.class)
                .hasMessage("sample must be finite, got NaN at iteration 7; check the function"
                        + " for overflow or an undefined operation");
    }

    @Test
    void rejectsConfidenceOutsideUnitInterval() {
        assertThatThrownBy(() -> MonteCarloMean.estimate(rng -> 1, 100, 1.0,
                RandomSource.XO_RO_SHI_RO_128_PP.create(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence must be in (0.0, 1.0), got 1.0");
    }
}
