package io.github.numkit.optimization.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExponentialMeanTest {

    @Test
    void matchesClosedFormWeights() {
        double lambda = 0.2;
        double[] x = {3, -1, 4, 1, -5, 9, 2, 6};
        ExponentialMean m = new ExponentialMean(lambda);
        for (double v : x) {
            m.add(v);
        }
        // m_n = (1 - λ)^(n-1) x_1 + Σ_{k=2..n} λ (1 - λ)^(n-k) x_k
        int n = x.length;
        double expected = Math.pow(1 - lambda, n - 1) * x[0];
        for (int k = 2; k <= n; k++) {
            expected += lambda * Math.pow(1 - lambda, n - k) * x[k - 1];
        }
        assertThat(m.mean()).isCloseTo(expected, within(1e-14));
        assertThat(m.count()).isEqualTo(n);
    }

    @Test
    void lambdaOneKeepsLastValue() {
        ExponentialMean m = new ExponentialMean(1);
        m.add(5);
        m.add(7);
        assertThat(m.mean()).isEqualTo(7);
    }

    @Test
    void extremeValuesDoNotOverflow() {
        // m_2 = (1 - λ) x_1 + λ x_2; the differences x_2 - x_1 overflow here.
        ExponentialMean half = new ExponentialMean(0.5);
        half.add(-1.7e308);
        half.add(1.7e308);
        assertThat(half.mean()).isZero();

        ExponentialMean quarter = new ExponentialMean(0.25);
        quarter.add(-1.7e308);
        quarter.add(1.7e308);
        // 0.75 (-1.7e308) + 0.25 (1.7e308) = -8.5e307 exactly in rationals.
        assertThat(quarter.mean()).isCloseTo(-8.5e307, within(1e-15 * 8.5e307));
        quarter.add(-Double.MAX_VALUE);
        // 0.75 (-8.5e307) + 0.25 (-MAX) = -6.375e307 - 0.25 MAX.
        double expected = -6.375e307 - 0.25 * Double.MAX_VALUE;
        assertThat(quarter.mean()).isCloseTo(expected, within(1e-15 * -expected));
    }

    @Test
    void rejectsLambdaOutsideUnitInterval() {
        assertThatThrownBy(() -> new ExponentialMean(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lambda must be in (0.0, 1.0], got 0.0");
        assertThatThrownBy(() -> new ExponentialMean(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lambda must be in (0.0, 1.0], got NaN");
    }
}
