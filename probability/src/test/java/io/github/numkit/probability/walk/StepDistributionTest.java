package io.github.numkit.probability.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.probability.series.ExactPowerSeries;
import io.github.numkit.probability.series.LaurentPolynomial;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class StepDistributionTest {

    @Test
    void lazyWalkMatchesExactSeries() {
        double p = 0.3;
        double r = 0.25;
        int n = 40;
        BigFraction bp = BigFraction.from(p);
        BigFraction br = BigFraction.from(r);
        BigFraction move = BigFraction.ONE.subtract(br);
        // s P(s) = (1 - r) q + r s + (1 - r) p s^2 as an exact power series.
        ExactPowerSeries shifted = ExactPowerSeries.of(2 * n,
                move.multiply(BigFraction.ONE.subtract(bp)), br, move.multiply(bp)).pow(n);
        StepDistribution lazy = StepDistribution.lazy(p, r);
        LaurentPolynomial distribution = lazy.distribution(n);
        for (int k = -n; k <= n; k++) {
            double expected = shifted.coefficient(k + n).doubleValue();
            // Repeated squaring: log2(40)^2 products of non-negative terms, well under 1e-13 relative.
            assertThat(distribution.coefficient(k)).as("k=%d", k).isCloseTo(expected, within(1e-13 * expected));
        }
        assertThat(lazy.mean()).isCloseTo(0.75 * (0.3 - 0.7), within(1e-16));
        assertThat(lazy.variance()).isCloseTo(0.75 - 0.09, within(1e-15));
    }

    @Test
    void simpleStepsMatchSimpleWalk() {
        LaurentPolynomial distribution = StepDistribution.simple(0.35).distribution(101);
        SimpleWalk walk = SimpleWalk.of(0.35);
        for (int k = -101; k <= 101; k++) {
            double expected = walk.probability(101, k);
            assertThat(distribution.coefficient(k)).isCloseTo(expected, within(1e-13 * expected));
        }
    }

    @Test
    void generalStepsMatchExactSeries() {
        double[] steps = {0.125, 0.5, 0.25, 0.125};
        int n = 17;
        ExactPowerSeries shifted = ExactPowerSeries.of(3 * n, BigFraction.from(0.125), BigFraction.from(0.5),
                BigFraction.from(0.25), BigFraction.from(0.125)).pow(n);
        LaurentPolynomial distribution = StepDistribution.of(-2, steps).distribution(n);

        assertThat(distribution.minExponent()).isEqualTo(-2 * n);
        for (int k = -2 * n; k <= n; k++) {
            double expected = shifted.coefficient(k + 2 * n).doubleValue();
            assertThat(distribution.coefficient(k)).isCloseTo(expected, within(1e-13 * expected));
        }
    }

    @Test
    void invalidStepDistributionsAreRejected() {
        assertThatThrownBy(() -> StepDistribution.of(-1, 0.5, 0.6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("probabilities must sum to 1 within 1.0")
                .hasMessageEndingWith("got sum 1.1");
        assertThatThrownBy(() -> StepDistribution.of(-1, 1.5, -0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("probability of step 0 must be finite and >= 0, got -0.5");
        assertThatThrownBy(() -> StepDistribution.of(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number of probabilities must be >= 1, got 0");
        assertThatThrownBy(() -> StepDistribution.lazy(0.5, 1.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("r must be in [0, 1], got 1.2");
    }
}
