package io.github.numkit.calculus.dual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@link DualAccumulator} against closed forms and against the immutable {@link Dual}. */
class DualAccumulatorTest {

    @Test
    void startsAtConstantZero() {
        Dual zero = new DualAccumulator().get();

        assertThat(zero.value()).isEqualTo(0.0);
        assertThat(zero.derivative()).isEqualTo(0.0);
        assertThat(zero.atKink()).isFalse();
        assertThat(zero.varies()).isFalse();
    }

    @Test
    void operationsMatchDual() {
        Dual p = Dual.of(1.5, -0.25);
        Dual q = Dual.of(-0.75, 2);
        Dual r = Dual.valueOf(3);

        Dual expected = p.add(q).subtract(r).multiply(q).add(p.multiply(p));
        Dual actual = new DualAccumulator(p).add(q).subtract(r).multiply(q).add(p.multiply(p)).get();

        assertThat(actual).isEqualTo(expected);
        assertThat(actual.varies()).isTrue();
    }

    @Test
    void productOfLoopMatchesClosedForm() {
        // f(t) = Π (1 + kt) for k = 1..5, so f'(t)/f(t) = Σ k/(1 + kt); at t = 0.1 along dt = 1.
        double t = 0.1;
        DualAccumulator product = new DualAccumulator(Dual.valueOf(1));
        for (int k = 1; k <= 5; k++) {
            product.multiply(Dual.variable(t).multiply(k).add(1));
        }
        double value = 1;
        double logDerivative = 0;
        for (int k = 1; k <= 5; k++) {
            value *= 1 + k * t;
            logDerivative += k / (1 + k * t);
        }

        Dual result = product.get();

        // Five products and five quotients, each rounded once: a few ulps.
        assertThat(result.value()).isCloseTo(value, within(8 * Math.ulp(value)));
        assertThat(result.derivative()).isCloseTo(value * logDerivative, within(16 * Math.ulp(value * logDerivative)));
    }

    @Test
    void kinkAndDependenceCarryOver() {
        Dual kink = Dual.variable(0).abs();
        DualAccumulator sum = new DualAccumulator().add(Dual.valueOf(2));

        assertThat(sum.get().varies()).isFalse();
        sum.subtract(kink);

        assertThat(sum.get().atKink()).isTrue();
        assertThat(sum.get().varies()).isTrue();
        assertThat(sum.get().derivative()).isEqualTo(-1.0);
    }

    @Test
    void setReplacesEveryPart() {
        DualAccumulator accumulator = new DualAccumulator().add(Dual.variable(0).abs());

        accumulator.set(Dual.valueOf(4));

        assertThat(accumulator.get()).isEqualTo(Dual.valueOf(4));
        assertThat(accumulator.get().atKink()).isFalse();
        assertThat(accumulator.get().varies()).isFalse();
    }
}
