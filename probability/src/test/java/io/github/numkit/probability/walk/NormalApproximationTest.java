package io.github.numkit.probability.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalApproximationTest {

    @Test
    void localLimitErrorShrinksLikeOneOverN() {
        NormalApproximation normal = NormalApproximation.of(0.5);
        Approximation small = normal.localProbability(100, 0);
        Approximation large = normal.localProbability(10_000, 0);

        // u_2n = C(2n, n) 4^-n = 1/sqrt(pi n) (1 - 1/(8n) + ...): relative error -1/(4N) in N = 2n steps... of sign +.
        assertThat(small.exact()).isEqualTo(SimpleWalk.fair().probability(100, 0));
        assertThat(small.relativeError()).isCloseTo(1.0 / (4 * 100), within(1e-4));
        assertThat(large.relativeError()).isCloseTo(1.0 / (4 * 10_000), within(1e-8));
        assertThat(small.absoluteError()).isEqualTo(small.approximate() - small.exact());
    }

    @Test
    void continuityCorrectionBeatsPlainNormal() {
        NormalApproximation normal = NormalApproximation.of(0.4);
        Approximation corrected = normal.cumulativeProbability(400, -80);

        assertThat(corrected.exact()).isEqualTo(SimpleWalk.of(0.4).cumulativeProbability(400, -80));
        assertThat(Math.abs(corrected.absoluteError())).isLessThan(2e-3);
    }

    @Test
    void diffusionVarianceTendsToBrownianLimit() {
        Approximation variance = NormalApproximation.of(0.3).diffusionVariance(1000, 0.5);

        assertThat(variance.exact()).isCloseTo(4 * 0.3 * 0.7 * 500 / 1000, within(1e-15));
        assertThat(variance.approximate()).isCloseTo(0.42, within(1e-15));
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThatThrownBy(() -> NormalApproximation.of(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> NormalApproximation.of(0.5).localProbability(10, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must have the parity of n = 10, got 1");
    }
}
