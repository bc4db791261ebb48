package io.github.numkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void shortestDecimalsOfKnownValues() {
        assertThat(Format.number(2.0)).isEqualTo("2");
        assertThat(Format.number(4.4)).isEqualTo("4.4");
        assertThat(Format.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Format.number(22.0 / 5.0)).isEqualTo("4.4");
        assertThat(Format.number(-1.5e-20)).isEqualTo("-1.5e-20");
        assertThat(Format.number(1e23)).isEqualTo("1e23");
        assertThat(Format.number(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(Format.number(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e308");
        assertThat(Format.number(0.000125)).isEqualTo("0.000125");
        assertThat(Format.number(0.0000052)).isEqualTo("5.2e-6");
        assertThat(Format.number(-0.0)).isEqualTo("-0");
        assertThat(Format.number(Double.NaN)).isEqualTo("NaN");
        assertThat(Format.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void randomDoublesRoundTripWithNoSpareDigit() {
        SplittableRandom random = new SplittableRandom(20261204L);
        for (int i = 0; i < 20_000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(x)) {
                continue;
            }
            String text = Format.number(x);
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(x);

            // One digit fewer, rounded either way, must land on another double.
            BigDecimal decimal = new BigDecimal(text);
            int digits = decimal.stripTrailingZeros().precision();
            if (digits > 1) {
                BigDecimal shorter = decimal.round(new java.math.MathContext(digits - 1));
                assertThat(shorter.doubleValue()).as("%s rounded to %d digits", text, digits - 1).isNotEqualTo(x);
            }
        }
    }

    @Test
    void significantDigitsForTables() {
        assertThat(Format.number(Math.sqrt(20), 5)).isEqualTo("4.4721");
        assertThat(Format.vector(new double[] {2, 4})).isEqualTo("(2, 4)");
    }
}
