package io.github.numkit.calculus.expression;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.numkit.calculus.dual.Dual;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the parser: whatever the text, parsing either succeeds or throws
 * {@link ExpressionParseException}, and a parsed expression evaluates without throwing.
 */
class ExpressionFuzzTest {

    @Provide
    Arbitrary<String> tokenSoup() {
        Arbitrary<String> token = Arbitraries.of("x", "y", "z1", "pi", "e", "π", "1", "2.5", "1e3", "1e", ".", "+", "-",
                "−", "*", "/", "^", "(", ")", ",", " ", "sin", "atan2", "hypot", "min", "abs", "log", "sqrt", "pow",
                "foo", "$", "1e999", "\t", "·");
        return token.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> deepText() {
        return Arbitraries.integers().between(150, 3000).flatMap(n -> Arbitraries.of("(", "-", "x^", "sin(", "+")
                .map(open -> open.repeat(n) + "x" + (open.endsWith("(") ? ")".repeat(n) : "")));
    }

    @Property(tries = 2000)
    void tokenSoupOnlyThrowsParseException(@ForAll("tokenSoup") String text) {
        assertParsesOrRejects(text);
    }

    @Property(tries = 500)
    void anyStringOnlyThrowsParseException(@ForAll String text) {
        assertParsesOrRejects(text);
    }

    @Property(tries = 50)
    void deepNestingOnlyThrowsParseException(@ForAll("deepText") String text) {
        assertParsesOrRejects(text);
    }

    private static void assertParsesOrRejects(String text) {
        Expression e;
        try {
            e = Expression.parse(text);
        } catch (ExpressionParseException expected) {
            assertThat(expected.column()).isBetween(1, text.length() + 1);
            return;
        }
        double[] x = new double[e.variables().size()];
        Dual[] d = new Dual[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5 + i;
            d[i] = Dual.variable(x[i]);
        }
        e.value(x);
        if (x.length > 0) {
            e.value(d);
        }
    }
}
