package io.github.numkit.optimization.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimalTest {

    @Test
    void integersHaveNoFraction() {
        assertThat(Decimal.of(1.0)).isEqualTo("1");
        assertThat(Decimal.of(0.0)).isEqualTo("0");
        assertThat(Decimal.of(-0.0)).isEqualTo("-0");
        assertThat(Decimal.of(1e6)).isEqualTo("1000000");
    }

    @Test
    void largeAndSmallUseLowerCaseExponent() {
        assertThat(Decimal.of(1e7)).isEqualTo("1e7");
        assertThat(Decimal.of(1e15)).isEqualTo("1e15");
        assertThat(Decimal.of(1.3215465598176675e15)).isEqualTo("1.3215465598176675e15");
        assertThat(Decimal.of(2.5e-5)).isEqualTo("2.5e-5");
        assertThat(Decimal.of(0.7)).isEqualTo("0.7");
        assertThat(Decimal.of(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void roundsToSignificantDigits() {
        assertThat(Decimal.of(1.0579123456, 4)).isEqualTo("1.058");
        assertThat(Decimal.of(-0.000123456, 2)).isEqualTo("-1.2e-4");
        assertThat(Decimal.of(0.00123456, 2)).isEqualTo("0.0012");
    }
}
