package io.github.numkit.linalg.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class RationalTest {

    @Property(tries = 300)
    void arithmeticMatchesBigFraction(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long p1,
            @ForAll @LongRange(min = 1, max = 1_000_000) long q1,
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long p2,
            @ForAll @LongRange(min = 1, max = 1_000_000) long q2) {
        Rational x = Rational.of(p1, q1);
        Rational y = Rational.of(p2, q2);
        BigFraction fx = BigFraction.of(p1, q1);
        BigFraction fy = BigFraction.of(p2, q2);

        assertSame(x.add(y), fx.add(fy));
        assertSame(x.subtract(y), fx.subtract(fy));
        assertSame(x.multiply(y), fx.multiply(fy));
        if (p2 != 0) {
            assertSame(x.divide(y), fx.divide(fy));
        }
        // BigFraction.compareTo in Commons Numbers 1.2 misorders some pairs of negative fractions
        // (it ranks −936/264 above −106/235), so the oracle is the sign of the difference.
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(fx.subtract(fy).signum());
    }

    @Property(tries = 300)
    void doubleValueIsCorrectlyRounded(@ForAll long p, @ForAll @LongRange(min = 1) long q) {
        Rational x = Rational.of(p, q);
        // BigFraction.doubleValue rounds to nearest as well; both must agree bit for bit.
        assertThat(x.doubleValue()).isEqualTo(BigFraction.of(p, q).doubleValue());
    }

    @Property(tries = 300)
    void doubleRoundTripIsExact(@ForAll double value) {
        if (Double.isFinite(value)) {
            Rational exact = Rational.valueOf(value);
            assertThat(exact.doubleValue()).isEqualTo(value == 0 ? 0.0 : value);
            BigFraction oracle = BigFraction.from(value);
            assertSame(exact, oracle);
        }
    }

    @Test
    void parseIsExact() {
        assertThat(Rational.parse("0.1")).isEqualTo(Rational.of(1, 10));
        assertThat(Rational.parse(" -6/4 ")).isEqualTo(Rational.of(-3, 2));
        assertThat(Rational.parse("2.5e3")).isEqualTo(Rational.of(2500));
        assertThat(Rational.parse("-3e-2")).isEqualTo(Rational.of(-3, 100));
        assertThat(Rational.of(6, -4).toString()).isEqualTo("-3/2");
        assertThat(Rational.of(8, 4).toString()).isEqualTo("2");
    }

    @Test
    void badInputsAreRejected() {
        assertThatThrownBy(() -> Rational.parse("1/x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must be a fraction p/q or a decimal number, got \"1/x\"");
        assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("denominator must be nonzero, got 0 (numerator 1)");
        assertThatThrownBy(() -> Rational.valueOf(Double.NaN)).hasMessage("value must be finite, got NaN");
        assertThatThrownBy(() -> Rational.ONE.divide(Rational.ZERO)).isInstanceOf(ArithmeticException.class)
                .hasMessage("division by zero: 1 / 0");
    }

    /** BigFraction may keep the sign in its denominator, so values are compared, not parts. */
    private static void assertSame(Rational actual, BigFraction expected) {
        assertThat(BigFraction.of(actual.numerator(), actual.denominator()).subtract(expected).signum()).isZero();
        assertThat(actual.denominator().signum()).isPositive();
        assertThat(actual.numerator().gcd(actual.denominator())).isEqualTo(BigInteger.ONE);
    }
}
