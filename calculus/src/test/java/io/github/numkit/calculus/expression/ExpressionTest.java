package io.github.numkit.calculus.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.calculus.dual.Dual;
import io.github.numkit.calculus.dual.ForwardMode;
import io.github.numkit.calculus.dual.GradientDual;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "1 + 2 * 3; 7",
        "(1 + 2) * 3; 9",
        "2 ^ 3 ^ 2; 512",
        "-2 ^ 2; -4",
        "2 ^ -1; 0.5",
        "10 / 4 / 5; 0.5",
        "10 - 4 - 5; 1",
        "−3 + 1; -2",
        "2 · 3 × 4; 24",
        "1e-3 * 1E3; 1",
        ".5 + 1.; 1.5",
        "pi; 3.141592653589793",
        "π - pi; 0",
        "e; 2.718281828459045",
        "atan2(1, 1) * 4; 3.141592653589793",
        "hypot(3, 4) + min(1, 2) + max(1, 2) + pow(2, 3); 16",
        "abs(-2) + sqrt(16) + cbrt(-8) + ln(1) + log1p(0) + expm1(0); 4",
        "sinh(0) + cosh(0) + tanh(0) + asin(0) + acos(1) + atan(0) + tan(0) + sin(0) + cos(0) + exp(0) + log(1); 3",
    })
    void evaluatesConstants(String text, double expected) {
        Expression e = Expression.parse(text);

        assertThat(e.variables()).isEmpty();
        assertThat(e.value(new double[0])).isCloseTo(expected, within(1e-15));
    }

    @Test
    void variablesAreAlphabetical() {
        Expression e = Expression.parse("y^2 + x");

        assertThat(e.variables()).containsExactly("x", "y");
        assertThat(e.value(new double[] {1, 2})).isEqualTo(5);
    }

    @Test
    void explicitVariableOrder() {
        Expression e = Expression.parse("y^2 + x", List.of("y", "x", "z"));

        assertThat(e.value(new double[] {2, 1, 99})).isEqualTo(5);
    }

    @Test
    void dualsGiveTextbookGradient() {
        Expression e = Expression.parse("x^2 + y^2");

        GradientDual y = e.value(GradientDual.variables(new double[] {1, 2}));

        assertThat(y.value()).isEqualTo(5);
        assertThat(y.gradient()).containsExactly(2, 4);
    }

    @Test
    void dualsMatchClosedForm() {
        Expression e = Expression.parse("exp(x*y) / (1 + sin(x)^2) - atan2(y, x)");
        double x = 0.7;
        double y = -0.4;
        double s = Math.sin(x);
        double expected = (y * Math.exp(x * y) * (1 + s * s) - Math.exp(x * y) * 2 * s * Math.cos(x))
                / Math.pow(1 + s * s, 2) + y / (x * x + y * y);

        double d = ForwardMode.partial(e, new double[] {x, y}, 0).value();

        assertThat(d).isCloseTo(expected, within(1e-14));
    }

    @Test
    void powerWithConstantExponentAtZero() {
        Expression e = Expression.parse("x^2 + x^0.5 * 0");

        Dual y = e.value(new Dual[] {Dual.valueOf(0)});

        assertThat(y.derivative()).isZero();
        assertThat(Expression.parse("(-2)^3").value(new double[0])).isEqualTo(-8);
    }

    @Test
    void longSumsDoNotDeepenTheTree() {
        String sum = "x" + " + x".repeat(5000);

        assertThat(Expression.parse(sum).value(new double[] {1})).isEqualTo(5001);
    }

    @ParameterizedTest(name = "\"{0}\" at column {1}")
    @CsvSource(delimiter = ';', value = {
        "x +; 4; expected an operand but the expression ended",
        "x + * y; 5; unexpected '*'",
        "(x + 1; 7; missing ')' for the '(' at column 1",
        "x + 1); 6; unmatched ')'",
        "foo(x); 1; unknown function 'foo'",
        "sin x; 1; function 'sin' needs its arguments in parentheses",
        "atan2(x); 1; function 'atan2' takes 2 arguments, got 1",
        "sin(x, y); 1; function 'sin' takes 1 argument, got 2",
        "2x; 2; unexpected 'x' after a complete expression",
        "x $ y; 3; unexpected '$' after a complete expression",
        "1e999; 1; number 1e999 is out of the range of doubles",
        "; 1; expected an operand but the expression ended",
        "(); 2; expected an operand before ')'",
        "x + .; 5; expected digits around '.'",
    })
    void reportsColumn(String text, int column, String problem) {
        String input = text == null ? "" : text;

        assertThatThrownBy(() -> Expression.parse(input))
                .isInstanceOf(ExpressionParseException.class)
                .hasMessage("invalid expression at column " + column + ": " + problem + " in \"" + input + "\"")
                .satisfies(ex -> assertThat(((ExpressionParseException) ex).column()).isEqualTo(column));
    }

    @Test
    void unknownVariableNamesTheKnownOnes() {
        assertThatThrownBy(() -> Expression.parse("x + z", List.of("x", "y")))
                .isInstanceOf(ExpressionParseException.class)
                .hasMessage("invalid expression at column 5: unknown variable 'z'; the variables are x, y in \"x + z\"");
    }

    @Test
    void deepNestingIsRejected() {
        String deep = "(".repeat(100_000) + "x" + ")".repeat(100_000);
        String signs = "-".repeat(100_000) + "x";
        String powers = "x^".repeat(100_000) + "x";

        for (String text : List.of(deep, signs, powers)) {
            assertThatThrownBy(() -> Expression.parse(text))
                    .isInstanceOf(ExpressionParseException.class)
                    .hasMessageContaining("the expression nests deeper than 200 levels");
        }
    }

    @Test
    void longExpressionIsQuotedAsExcerpt() {
        String deep = "(".repeat(60_000) + "x" + ")".repeat(60_000);

        assertThatThrownBy(() -> Expression.parse(deep))
                .isInstanceOf(ExpressionParseException.class)
                .hasMessage("invalid expression at column 101: the expression nests deeper than 200 levels in \"…"
                        + "(".repeat(60) + "…\" (an excerpt from column 71 of 120001 characters)");

        String tail = "x + ".repeat(30) + "* y";
        assertThatThrownBy(() -> Expression.parse(tail))
                .isInstanceOf(ExpressionParseException.class)
                .hasMessage("invalid expression at column 121: unexpected '*' in \"…" + tail.substring(63)
                        + "\" (an excerpt from column 64 of 123 characters)");
    }

    @Test
    void astralLetterIsNamedByCodePoint() {
        // U+1D465 MATHEMATICAL ITALIC SMALL X is one code point but two chars in a Java string.
        assertThatThrownBy(() -> Expression.parse("2 * \uD835\uDC65"))
                .isInstanceOf(ExpressionParseException.class)
                .hasMessage("invalid expression at column 5: unexpected '\uD835\uDC65' (U+1D465) in \"2 * \uD835\uDC65\"");
        assertThatThrownBy(() -> Expression.parse("x \u00e9"))
                .hasMessageContaining("unexpected '\u00e9' (U+00E9) after a complete expression");
    }

    @Test
    void wrongPointLengthIsRejected() {
        assertThatThrownBy(() -> Expression.parse("x + y").value(new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the point must have one coordinate per variable [x, y], got 1");
    }

    @Test
    void invalidVariableNamesAreRejected() {
        assertThatThrownBy(() -> Expression.parse("x", List.of("x", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("variables must be distinct, got \"x\" twice");
        assertThatThrownBy(() -> Expression.parse("x", List.of("sin")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("variables must be names that are not pi, e or a function, got \"sin\"");
    }
}
