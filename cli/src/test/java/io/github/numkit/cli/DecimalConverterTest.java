package io.github.numkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DecimalConverterTest {

    private final DecimalConverter converter = new DecimalConverter();

    @Test
    void decimalsReadAsDoubles() {
        assertThat(converter.convert("0.5")).isEqualTo(0.5);
        assertThat(converter.convert(" -1e-3 ")).isEqualTo(-1e-3);
        assertThat(converter.convert(".25")).isEqualTo(0.25);
        assertThat(converter.convert("4.9e-324")).isEqualTo(Double.MIN_VALUE);
        assertThat(converter.convert("-0")).isEqualTo(-0.0);
        assertThat(converter.convert("NaN")).isNaN();
    }

    @Test
    void javaLiteralsAreRejected() {
        assertThatThrownBy(() -> converter.convert("0x1p-1")).isInstanceOf(TypeConversionException.class)
                .hasMessage("'0x1p-1' is not a decimal number");
        assertThatThrownBy(() -> converter.convert("2d")).hasMessage("'2d' is not a decimal number");
    }

    @Test
    void numeralsOutsideTheDoublesAreNamed() {
        assertThatThrownBy(() -> converter.convert("1e-400"))
                .hasMessage("'1e-400' is below the smallest double, about 4.9e-324, and would round to 0");
        assertThatThrownBy(() -> converter.convert("1e400"))
                .hasMessage("'1e400' is beyond the largest double, 1.7976931348623157e308");
    }

    @Test
    void commandsUseIt() {
        CliRun run = CliRun.run("walk", "--p", "0x1p-1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--p': '0x1p-1' is not a decimal number");
    }

    @Test
    void wholeNumbersSayWhatIsExpected() {
        CliRun steps = CliRun.run("walk", "--steps", "1e3");
        CliRun simulate = CliRun.run("walk", "--steps", "10", "--simulate", "99999999999");

        assertThat(steps.exitCode()).isEqualTo(2);
        assertThat(steps.err()).contains("Invalid value for option '--steps': '1e3' is not a whole number (write 1000,"
                + " not 1e3 or 1000.0)");
        assertThat(simulate.exitCode()).isEqualTo(2);
        assertThat(simulate.err()).contains("'99999999999' is too large; the largest is 2147483647");
        assertThat(WholeNumberConverter.forLong().convert(" -12 ")).isEqualTo(-12L);
    }
}
