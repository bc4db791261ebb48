package io.github.numkit.calculus.difference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class WeightsTest {

    // The reference weights are exact rationals from the Taylor expansion. The recursion computes
    // them in doubles, so agreement to a few ulps of weights of size ≤ 2 is the right bound.
    private static final double ULPS = 1e-14;

    private static void assertWeights(double[] actual, BigFraction... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k]).as("weight %d", k).isCloseTo(expected[k].doubleValue(), within(ULPS));
        }
    }

    @Test
    void centralFirstDerivative() {
        assertWeights(Weights.fornberg(1, new int[] {-1, 1}), new BigFraction(-1, 2), new BigFraction(1, 2));
    }

    @Test
    void centralFourthOrder() {
        assertWeights(Weights.fornberg(1, new int[] {-2, -1, 1, 2}), new BigFraction(1, 12), new BigFraction(-8, 12),
                new BigFraction(8, 12), new BigFraction(-1, 12));
    }

    @Test
    void oneSidedSecondOrder() {
        assertWeights(Weights.fornberg(1, new int[] {0, 1, 2}), new BigFraction(-3, 2), new BigFraction(2),
                new BigFraction(-1, 2));
    }

    @Test
    void centralSecondDerivative() {
        assertWeights(Weights.fornberg(2, new int[] {-1, 0, 1}), new BigFraction(1), new BigFraction(-2),
                new BigFraction(1));
    }

    @Test
    void fifthOrderWindowIsExactOnQuintic() {
        int[] nodes = {-3, -2, -1, 0, 1, 2};
        double[] w = Weights.fornberg(1, nodes);
        // Σ wₖ sₖ^j = j·0^(j−1): the stencil differentiates 1, s, …, s⁵ exactly.
        for (int j = 0; j <= 5; j++) {
            double sum = 0;
            for (int k = 0; k < nodes.length; k++) {
                sum += w[k] * Math.pow(nodes[k], j);
            }
            assertThat(sum).as("moment %d", j).isCloseTo(j == 1 ? 1 : 0, within(1e-12));
        }
    }
}
