package io.github.numkit.probability.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.SplittableRandom;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class PowerSeriesTest {

    /** Generalised binomial coefficient C(1/2, k), exactly. */
    private static BigFraction halfBinomial(int k) {
        BigFraction c = BigFraction.ONE;
        for (int j = 0; j < k; j++) {
            c = c.multiply(BigFraction.of(1, 2).subtract(j)).divide(j + 1);
        }
        return c;
    }

    @Test
    void sqrtWithLeadingZerosKeepsEveryCoefficient() {
        // sqrt(t^2 + t^3) = t sqrt(1 + t) = sum_k C(1/2, k) t^(k+1).
        PowerSeries root = PowerSeries.of(11, 0, 0, 1, 1).sqrt();

        assertThat(root.order()).isEqualTo(10);
        assertThat(root.coefficient(0)).isEqualTo(0.0);
        for (int k = 0; k <= 9; k++) {
            double exact = halfBinomial(k).doubleValue();
            // The recurrence divides by 2 h0 = 2 and sums k terms: a few ulps.
            assertThat(root.coefficient(k + 1)).as("t^%d", k + 1).isCloseTo(exact, within(4 * Math.ulp(exact)));
        }
    }

    @Test
    void sqrtReportsTheOrderItLoses() {
        PowerSeries root = PowerSeries.of(10, 0, 0, 1, 1).sqrt();

        assertThat(root.order()).isEqualTo(9);
        assertThatThrownBy(() -> root.coefficient(10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be <= 9 (coefficients above the order of the series are unknown), got 10");
    }

    @Test
    void exactSqrtMatchesBinomialSeries() {
        ExactPowerSeries root = ExactPowerSeries.ofIntegers(11, 0, 0, 1, 1).sqrt();

        assertThat(root.order()).isEqualTo(10);
        for (int k = 0; k <= 9; k++) {
            assertThat(root.coefficient(k + 1)).isEqualTo(halfBinomial(k));
        }
    }

    @Test
    void quotientWithLeadingZerosKeepsEveryCoefficient() {
        // t / (t + t^2) = 1/(1 + t) = 1 - t + t^2 - ...
        PowerSeries quotient = PowerSeries.of(6, 0, 1).divide(PowerSeries.of(6, 0, 1, 1));

        assertThat(quotient.order()).isEqualTo(5);
        for (int k = 0; k <= 5; k++) {
            assertThat(quotient.coefficient(k)).isEqualTo(k % 2 == 0 ? 1.0 : -1.0);
        }
        assertThat(PowerSeries.of(5, 0, 1).divide(PowerSeries.of(5, 0, 1, 1)).order()).isEqualTo(4);
    }

    @Test
    void exactQuotientWithLeadingZeros() {
        ExactPowerSeries quotient = ExactPowerSeries.ofIntegers(6, 0, 1).divide(ExactPowerSeries.ofIntegers(6, 0, 1, 1));

        assertThat(quotient.order()).isEqualTo(5);
        for (int k = 0; k <= 5; k++) {
            assertThat(quotient.coefficient(k)).isEqualTo(BigFraction.of(k % 2 == 0 ? 1 : -1));
        }
    }

    @Test
    void reciprocalOfZeroConstantTermFails() {
        assertThatThrownBy(() -> PowerSeries.of(4, 0, 1).reciprocal())
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("reciprocal needs a nonzero constant term, got f(0) = 0 with valuation 1; 1/f has a pole at 0");
        assertThatThrownBy(() -> ExactPowerSeries.ofIntegers(4, 0, 0, 3).reciprocal())
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("reciprocal needs a nonzero constant term, got f(0) = 0 with valuation 2");
    }

    @Test
    void sqrtOfOddValuationFails() {
        assertThatThrownBy(() -> PowerSeries.of(4, 0, 1, 1).sqrt())
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("square root needs an even valuation, got 1; sqrt(t^1 ...) is not a power series");
        assertThatThrownBy(() -> PowerSeries.of(4).sqrt())
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("square root is undetermined: the series is zero to its order 4");
        assertThatThrownBy(() -> PowerSeries.of(4, -1, 1).sqrt())
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("square root needs a positive leading coefficient, got -1.0");
        assertThatThrownBy(() -> ExactPowerSeries.ofIntegers(4, 2, 1).sqrt())
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("square root needs a leading coefficient that is the square of a rational, got 2");
    }

    @Test
    void quotientWithPoleFails() {
        assertThatThrownBy(() -> PowerSeries.of(4, 1).divide(PowerSeries.of(4, 0, 1)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("quotient has a pole at 0: the dividend has valuation 0, below the divisor's valuation 1");
    }

    @Test
    void orderBeyondMemoryFails() {
        assertThatThrownBy(() -> PowerSeries.of(Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("order must be <= 2147483631 (the largest Java array), got 2147483647");
        long heap = Runtime.getRuntime().maxMemory();
        int tooLarge = (int) Math.min(Integer.MAX_VALUE - 16L, heap / Double.BYTES + 1);
        if (tooLarge < Integer.MAX_VALUE - 16) {
            assertThatThrownBy(() -> PowerSeries.of(tooLarge))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("more than the maximum heap");
        }
        assertThatThrownBy(() -> PowerSeries.of(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order must be >= 0, got -1");
    }

    @Test
    void overflowingResultsFail() {
        // 1/1e-310 = 1e310 is above Double.MAX_VALUE.
        assertThatThrownBy(() -> PowerSeries.of(3, 1e-310, 1).reciprocal())
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("reciprocal overflows the double range at coefficient 0 (got Infinity)");
        // sqrt(1e-320 + t) = 1e-160 + 5e159 t - (5e159)^2 / 2e-160 t^2 + ..., and the t^2 term is -1.25e479.
        assertThatThrownBy(() -> PowerSeries.of(3, 1e-320, 1).sqrt())
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("square root overflows the double range at coefficient 2 (got -Infinity)");
        assertThatThrownBy(() -> PowerSeries.of(2, 1e300).multiply(1e300))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("scalar multiple overflows the double range at coefficient 0 (got Infinity)");
        assertThatThrownBy(() -> PowerSeries.of(1, 1e308).add(PowerSeries.of(1, 1e308)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("sum overflows the double range at coefficient 0 (got Infinity)");
        assertThatThrownBy(() -> PowerSeries.of(1, 1e200).multiply(PowerSeries.of(1, 1e200)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("product overflows the double range at coefficient 0 (got Infinity)");
        assertThatThrownBy(() -> PowerSeries.of(1, 1e100).pow(4))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("pow overflows the double range at coefficient 0 (got Infinity)");
        assertThatThrownBy(() -> PowerSeries.of(2, 1).divide(PowerSeries.of(2, 1e-310, 1)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("quotient (reciprocal of the divisor) overflows the double range at coefficient 0 (got Infinity)");
        // 1.5e308 t^2 has derivative 3e308 t.
        assertThatThrownBy(() -> PowerSeries.of(2, 0, 0, 1.5e308).derivative())
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("derivative overflows the double range at coefficient 1 (got Infinity)");
        // f(g) for f = 1e200 t and g = 1e200 t is 1e400 t.
        assertThatThrownBy(() -> PowerSeries.of(2, 0, 1e200).compose(PowerSeries.of(2, 0, 1e200)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("composition overflows the double range at coefficient 1 (got Infinity)");
    }

    @Test
    void powRejectsOrderBeyondArrayBeforeWork() {
        // (t + O(t^3))^e has order 2 + (e - 1), beyond the largest Java array for e = Integer.MAX_VALUE.
        assertThatThrownBy(() -> PowerSeries.of(2, 0, 1).pow(Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order of the power must be <= 2147483631 (the largest Java array), got 2147483648");
    }

    @Test
    void powMatchesExactBinomials() {
        // (t + t^2)^5 = t^5 (1 + t)^5, known to order 6 + 4 = 10.
        PowerSeries power = PowerSeries.of(6, 0, 1, 1).pow(5);
        ExactPowerSeries exact = ExactPowerSeries.ofIntegers(6, 0, 1, 1).pow(5);
        assertThat(power.order()).isEqualTo(exact.order()).isEqualTo(10);
        for (int k = 0; k <= 10; k++) {
            assertThat(power.coefficient(k)).as("k=%d", k).isEqualTo(exact.coefficient(k).doubleValue());
        }
        // (1 + t)^1000000 to order 3: C(10^6, k), found with about 40 products of order 3.
        PowerSeries large = PowerSeries.of(3, 1, 1).pow(1_000_000);
        assertThat(large.coefficient(1)).isEqualTo(1e6);
        assertThat(large.coefficient(2)).isEqualTo(499_999_500_000.0);
        assertThat(large.coefficient(3)).isCloseTo(166_666_166_667_000_000.0, within(1e-13 * 1.7e17));
        // The zero series to order 3 has valuation 4, so its square is zero to order 3 + 4.
        assertThat(PowerSeries.of(3).pow(2)).isEqualTo(PowerSeries.of(7));
    }

    @Test
    void productOrderFollowsValuations() {
        PowerSeries f = PowerSeries.of(5, 0, 0, 1);
        PowerSeries g = PowerSeries.of(7, 1, 1);

        // f = t^2 + O(t^6), g = 1 + t + O(t^8): fg = t^2 + t^3 + O(t^min(6 + 0, 8 + 2)).
        assertThat(f.multiply(g).order()).isEqualTo(5);
        assertThat(f.multiply(f).order()).isEqualTo(7);
        assertThat(f.pow(3).order()).isEqualTo(9);
        assertThat(f.pow(3).coefficient(6)).isEqualTo(1.0);
    }

    @Test
    void directAndFftProductsMatchExact() {
        SplittableRandom random = new SplittableRandom(20261204L);
        int order = 600;
        BigFraction[] a = new BigFraction[order + 1];
        BigFraction[] b = new BigFraction[order + 1];
        double[] x = new double[order + 1];
        double[] y = new double[order + 1];
        for (int k = 0; k <= order; k++) {
            x[k] = random.nextInt(-1000, 1000) / 64.0;
            y[k] = random.nextInt(-1000, 1000) / 64.0;
            a[k] = BigFraction.from(x[k]);
            b[k] = BigFraction.from(y[k]);
        }
        ExactPowerSeries exact = ExactPowerSeries.of(order, a).multiply(ExactPowerSeries.of(order, b));
        PowerSeries direct = PowerSeries.of(order, x).multiplyDirect(PowerSeries.of(order, y));
        PowerSeries fft = PowerSeries.of(order, x).multiplyFft(PowerSeries.of(order, y));
        PowerSeries automatic = PowerSeries.of(order, x).multiply(PowerSeries.of(order, y));

        double scale = 0;
        for (int k = 0; k <= order; k++) {
            scale += Math.abs(x[k]) * 16;
        }
        for (int k = 0; k <= order; k++) {
            double expected = exact.coefficient(k).doubleValue();
            // Inputs are multiples of 1/64 below 16, so the direct sums are exact.
            assertThat(direct.coefficient(k)).isEqualTo(expected);
            // FFT error bound: a few eps log2(L) times sum|x_i| max|y_j|.
            assertThat(fft.coefficient(k)).isCloseTo(expected, within(1e-14 * scale));
            assertThat(automatic.coefficient(k)).isCloseTo(expected, within(1e-14 * scale));
        }
    }

    @Test
    void fftLosesRelativeAccuracyInTails() {
        // (0.5 + 0.5 t)^64 has coefficients C(64, k) 2^-64, as small as 5e-20 at the ends.
        PowerSeries step = PowerSeries.of(64, 0.5, 0.5);
        PowerSeries direct = step;
        for (int j = 1; j < 64; j++) {
            direct = direct.multiplyDirect(step);
        }
        PowerSeries fft = step.pow(32).multiplyFft(step.pow(32));
        double exactEnd = Math.pow(2, -64);
        assertThat(direct.coefficient(64)).isCloseTo(exactEnd, within(1e-3 * exactEnd));
        assertThat(Math.abs(fft.coefficient(64) - exactEnd)).isGreaterThan(1e-3 * exactEnd);
    }

    @Test
    void composeMatchesGeometricSeries() {
        // 1/(1 - u) with u = 2t gives 1/(1 - 2t) = sum 2^k t^k.
        PowerSeries geometric = PowerSeries.of(12, 1).divide(PowerSeries.of(12, 1, -1));
        PowerSeries composed = geometric.compose(PowerSeries.of(12, 0, 2));

        assertThat(composed.order()).isEqualTo(12);
        for (int k = 0; k <= 12; k++) {
            assertThat(composed.coefficient(k)).isEqualTo(Math.pow(2, k));
        }
    }

    @Test
    void exactComposeMatchesExpansion() {
        // (1 + u)^3 with u = t + t^2: expand directly as (1 + t + t^2)^3.
        ExactPowerSeries cube = ExactPowerSeries.ofIntegers(6, 1, 3, 3, 1);
        ExactPowerSeries inner = ExactPowerSeries.ofIntegers(6, 0, 1, 1);
        ExactPowerSeries expected = ExactPowerSeries.ofIntegers(6, 1, 1, 1).pow(3);

        ExactPowerSeries composed = cube.compose(inner);

        assertThat(composed.order()).isEqualTo(6);
        assertThat(composed).isEqualTo(expected);
        assertThatThrownBy(() -> cube.compose(ExactPowerSeries.ofIntegers(3, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inner series must have g(0) = 0, got 1");
    }

    @Test
    void derivativeAndIntegralInvertEachOther() {
        PowerSeries f = PowerSeries.of(5, 0, 1, -2, 3.5, 4, 5);
        PowerSeries back = f.derivative().integral();

        assertThat(back.order()).isEqualTo(5);
        assertThat(back.coefficients()).containsExactly(f.coefficients());
        assertThat(f.integral().coefficient(4)).isEqualTo(3.5 / 4);
        assertThat(f.evaluate(0.5)).isEqualTo(0.5 - 2 * 0.25 + 3.5 * 0.125 + 4 * 0.0625 + 5 * 0.03125);
    }

    @Test
    void exactPowerMatchesBinomialCoefficients() {
        ExactPowerSeries power = ExactPowerSeries.ofIntegers(20, 1, 1).pow(20);

        BigInteger c = BigInteger.ONE;
        for (int k = 0; k <= 20; k++) {
            assertThat(power.coefficient(k)).isEqualTo(BigFraction.of(c));
            c = c.multiply(BigInteger.valueOf(20 - k)).divide(BigInteger.valueOf(k + 1));
        }
        assertThat(power.toPowerSeries().coefficient(10)).isEqualTo(184756.0);
    }

    @Test
    void laurentPowerMatchesBinomialCoefficients() {
        // (s/2 + 1/(2s))^10: the coefficient of s^(2j - 10) is C(10, j) / 1024.
        LaurentPolynomial step = LaurentPolynomial.of(-1, 0.5, 0, 0.5);
        LaurentPolynomial power = step.pow(10);

        assertThat(power.minExponent()).isEqualTo(-10);
        assertThat(power.maxExponent()).isEqualTo(10);
        long c = 1;
        for (int j = 0; j <= 10; j++) {
            assertThat(power.coefficient(2 * j - 10)).isEqualTo(c / 1024.0);
            assertThat(power.coefficient(2 * j - 9)).isEqualTo(0.0);
            c = c * (10 - j) / (j + 1);
        }
        assertThat(power.evaluate(1.0)).isCloseTo(1.0, within(1e-15));
        assertThat(step.pow(0).coefficient(0)).isEqualTo(1.0);
    }
}
