package io.github.numkit.probability.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class SimpleWalkTest {

    @Test
    void distributionMatchesEnumeration() {
        int n = 12;
        for (double p : new double[] {0.5, 0.3, 0.8}) {
            BigFraction[] exact = PathEnumeration.distribution(n, p, 2 * n + 1, n, path -> path[n]);
            double[] distribution = SimpleWalk.of(p).distribution(n);
            for (int k = -n; k <= n; k++) {
                double expected = exact[k + n].doubleValue();
                assertThat(SimpleWalk.of(p).probability(n, k)).as("p=%s k=%d", p, k)
                        .isCloseTo(expected, within(1e-14 * expected));
                if ((n + k) % 2 == 0) {
                    assertThat(distribution[(n + k) / 2]).isCloseTo(expected, within(1e-14 * expected));
                }
            }
        }
    }

    @Test
    void distributionArrayMatchesSeparateTerms() {
        for (double p : new double[] {0.5, 0.3, 1e-4, 0.999}) {
            SimpleWalk walk = SimpleWalk.of(p);
            int n = 200_000;
            double[] distribution = walk.distribution(n);
            for (int j = 0; j <= n; j++) {
                double expected = walk.probability(n, 2L * j - n);
                // Near the underflow limit both values carry up to 700 ulps from exp(-700), and the
                // ratios between anchors add at most about 3 ulps per step over 127 steps.
                assertThat(distribution[j]).as("p=%s j=%d", p, j).isCloseTo(expected, within(4e-13 * expected));
            }
        }
    }

    @Test
    void meanAndVarianceMatchDistribution() {
        SimpleWalk walk = SimpleWalk.of(0.3);
        double[] distribution = walk.distribution(400);
        double mean = 0;
        double second = 0;
        for (int j = 0; j <= 400; j++) {
            double k = 2 * j - 400;
            mean += k * distribution[j];
            second += k * k * distribution[j];
        }
        assertThat(walk.mean(400)).isCloseTo(mean, within(1e-10));
        assertThat(walk.variance(400)).isCloseTo(second - mean * mean, within(1e-8));
        assertThat(walk.mean(400)).isCloseTo(-160.0, within(1e-12));
        assertThat(walk.variance(400)).isCloseTo(336.0, within(1e-12));
    }

    @Test
    void cumulativeMatchesSummedDistribution() {
        SimpleWalk walk = SimpleWalk.of(0.45);
        int n = 2000;
        double[] distribution = walk.distribution(n);
        double sum = 0;
        for (int j = 0; j <= n; j++) {
            sum += distribution[j];
            long k = 2L * j - n;
            double cumulative = walk.cumulativeProbability(n, k);
            // Lower tails keep relative accuracy; above the mean the error is absolute.
            assertThat(cumulative).as("k=%d", k).isCloseTo(sum, within(1e-13 * sum + 1e-15));
            assertThat(walk.survivalProbability(n, k) + cumulative).isCloseTo(1.0, within(1e-14));
        }
        assertThat(walk.cumulativeProbability(n, -n - 1)).isEqualTo(0.0);
        assertThat(walk.cumulativeProbability(n, n)).isEqualTo(1.0);
    }

    @Test
    void degenerateWalksAreExact() {
        assertThat(SimpleWalk.of(0).probability(7, -7)).isEqualTo(1.0);
        assertThat(SimpleWalk.of(1).probability(7, 7)).isEqualTo(1.0);
        assertThat(SimpleWalk.of(1).probability(7, 5)).isEqualTo(0.0);
        assertThat(SimpleWalk.of(0.5).probability(7, 0)).isEqualTo(0.0);
    }

    @Test
    void billionStepsStayFiniteInTails() {
        SimpleWalk walk = SimpleWalk.fair();
        long n = 1_000_000_000L;
        assertThat(walk.probability(n, 0)).isCloseTo(Math.sqrt(2 / (Math.PI * n)), within(1e-9 * Math.sqrt(2 / (Math.PI * n))));
        assertThat(walk.probability(n, n)).isEqualTo(0.0);
        assertThat(walk.logProbability(n, n)).isCloseTo(-n * Math.log(2), within(1e-5));
        assertThat(walk.cumulativeProbability(n, 0)).isCloseTo(0.5 + walk.probability(n, 0) / 2, within(1e-15));
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThatThrownBy(() -> SimpleWalk.of(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p must be in [0, 1], got -0.1");
        assertThatThrownBy(() -> SimpleWalk.fair().probability(-3, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be >= 0, got -3");
    }
}
