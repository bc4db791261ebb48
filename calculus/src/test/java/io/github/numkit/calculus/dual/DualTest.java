package io.github.numkit.calculus.dual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DualTest {

    // Both sides apply the same analytic rules in doubles with different groupings, so they agree
    // to a few ulps; 1e-14 relative (about 45 ulps) leaves room for the second derivatives, whose
    // formulas combine more terms.
    private static final double RELATIVE = 1e-14;

    private record Op(String name, Function<Dual, Dual> dual, Function<HyperDual, HyperDual> hyper,
            Function<DerivativeStructure, DerivativeStructure> peer) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> elementaryFunctions() {
        Op[] ops = {
            new Op("exp", Dual::exp, HyperDual::exp, DerivativeStructure::exp),
            new Op("expm1", Dual::expm1, HyperDual::expm1, DerivativeStructure::expm1),
            new Op("log", Dual::log, HyperDual::log, DerivativeStructure::log),
            new Op("log1p", Dual::log1p, HyperDual::log1p, DerivativeStructure::log1p),
            new Op("sqrt", Dual::sqrt, HyperDual::sqrt, DerivativeStructure::sqrt),
            new Op("cbrt", Dual::cbrt, HyperDual::cbrt, DerivativeStructure::cbrt),
            new Op("sin", Dual::sin, HyperDual::sin, DerivativeStructure::sin),
            new Op("cos", Dual::cos, HyperDual::cos, DerivativeStructure::cos),
            new Op("tan", Dual::tan, HyperDual::tan, DerivativeStructure::tan),
            new Op("asin", Dual::asin, HyperDual::asin, DerivativeStructure::asin),
            new Op("acos", Dual::acos, HyperDual::acos, DerivativeStructure::acos),
            new Op("atan", Dual::atan, HyperDual::atan, DerivativeStructure::atan),
            new Op("sinh", Dual::sinh, HyperDual::sinh, DerivativeStructure::sinh),
            new Op("cosh", Dual::cosh, HyperDual::cosh, DerivativeStructure::cosh),
            new Op("tanh", Dual::tanh, HyperDual::tanh, DerivativeStructure::tanh),
            new Op("reciprocal", Dual::reciprocal, HyperDual::reciprocal, DerivativeStructure::reciprocal),
            new Op("pow 2.5", d -> d.pow(2.5), h -> h.pow(2.5), s -> s.pow(2.5)),
            new Op("pow -3", d -> d.pow(-3), h -> h.pow(-3), s -> s.pow(-3.0)),
            new Op("x^x", d -> d.pow(d), h -> h.pow(h), s -> s.pow(s)),
            new Op("atan2(x, 0.3)", d -> d.atan2(d.constant(0.3)), h -> h.atan2(h.constant(0.3)),
                    s -> DerivativeStructure.atan2(s, s.getField().getZero().add(0.3))),
            new Op("atan2(0.3, x)", d -> d.constant(0.3).atan2(d), h -> h.constant(0.3).atan2(h),
                    s -> DerivativeStructure.atan2(s.getField().getZero().add(0.3), s)),
            new Op("atan2(-x, -0.4)", d -> d.negate().atan2(d.constant(-0.4)),
                    h -> h.negate().atan2(h.constant(-0.4)),
                    s -> DerivativeStructure.atan2(s.negate(), s.getField().getZero().add(-0.4))),
            new Op("hypot(x, 2x+1)", d -> d.hypot(d.multiply(2).add(1)), h -> h.hypot(h.multiply(2).add(1)),
                    s -> DerivativeStructure.hypot(s, s.multiply(2).add(1))),
            new Op("x/(1+x^2)", d -> d.divide(d.multiply(d).add(1)), h -> h.divide(h.multiply(h).add(1)),
                    s -> s.divide(s.multiply(s).add(1))),
        };
        double[] points = {0.15, 0.45, 0.8};
        return Stream.of(ops).flatMap(op -> Stream.of(points[0], points[1], points[2]).map(x -> Arguments.of(op, x)));
    }

    private static void assertRelative(double actual, double expected, String what) {
        double tolerance = RELATIVE * Math.max(Math.abs(expected), 1e-300);
        assertThat(actual).as(what).isCloseTo(expected, within(tolerance));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("elementaryFunctions")
    void matchesDerivativeStructure(Op op, double x) {
        DerivativeStructure peer = op.peer().apply(new DerivativeStructure(1, 2, 0, x));

        Dual d = op.dual().apply(Dual.variable(x));
        HyperDual h = op.hyper().apply(HyperDual.variable(x));

        assertRelative(d.value(), peer.getValue(), "value");
        assertRelative(d.derivative(), peer.getPartialDerivative(1), "first derivative");
        assertRelative(h.first(), peer.getPartialDerivative(1), "hyper-dual first derivative");
        assertRelative(h.mixed(), peer.getPartialDerivative(2), "second derivative");
    }

    @Test
    void analyticDerivativesAtOnePoint() {
        double x = 0.6;
        assertThat(Dual.variable(x).sin().derivative()).isEqualTo(Math.cos(x));
        assertThat(Dual.variable(x).exp().derivative()).isEqualTo(Math.exp(x));
        assertThat(Dual.variable(x).log().derivative()).isEqualTo(1 / x);
        assertThat(Dual.variable(x).atan().derivative()).isEqualTo(1 / (1 + x * x));
        assertThat(HyperDual.variable(x).sin().mixed()).isEqualTo(-Math.sin(x));
    }

    @Test
    void sqrtAtZero() {
        assertThat(Dual.valueOf(0).sqrt().derivative()).isZero();
        assertThat(Dual.variable(0).sqrt().derivative()).isEqualTo(Double.POSITIVE_INFINITY);
        // √(x²) = |x| has no derivative at 0, but √(x⁴) = x² has 0: the 0·∞ of the chain rule is NaN.
        assertThat(Dual.variable(0).multiply(Dual.variable(0)).sqrt().derivative()).isNaN();
        assertThat(HyperDual.variable(0).multiply(HyperDual.variable(0)).sqrt().first()).isNaN();
    }

    @Test
    void powWithZeroBase() {
        Dual zero = Dual.variable(0);
        assertThat(zero.pow(0).value()).isEqualTo(1);
        assertThat(zero.pow(0).derivative()).isZero();
        assertThat(zero.pow(1).derivative()).isEqualTo(1);
        assertThat(zero.pow(2).derivative()).isZero();
        assertThat(zero.pow(3).derivative()).isZero();
        assertThat(zero.pow(0.5).derivative()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(HyperDual.variable(0).pow(2).mixed()).isEqualTo(2);
        assertThat(HyperDual.variable(0).pow(3).mixed()).isZero();
        assertThat(HyperDual.variable(0).pow(1).mixed()).isZero();

        // 0^y with y > 0 a variable: d/dy = 0^y·ln 0 → 0.
        Dual base = Dual.valueOf(0);
        Dual exponent = Dual.variable(2);
        assertThat(base.pow(exponent).value()).isZero();
        assertThat(base.pow(exponent).derivative()).isZero();
        assertThat(Dual.valueOf(-2).pow(Dual.valueOf(3)).value()).isEqualTo(-8);
    }

    @Test
    void absAtZeroFollowsSeedSign() {
        assertThat(Dual.of(0, -3).abs().derivative()).isEqualTo(3);
        assertThat(Dual.of(0, 3).abs().derivative()).isEqualTo(3);
        assertThat(Dual.of(0, 3).abs().atKink()).isTrue();
        assertThat(Dual.of(0, 0).abs().atKink()).isFalse();
        assertThat(Dual.of(-2, 5).abs().derivative()).isEqualTo(-5);
    }

    @Test
    void nestedSecondDerivativeOfAbsNegSquare() {
        HyperDual x = HyperDual.variable(0);

        HyperDual y = x.multiply(x).negate().abs();

        // |−x²| = x², so the second derivative at 0 is 2; a rule that takes the sign from the
        // value alone (0) would give −2 or 0.
        assertThat(y.value()).isZero();
        assertThat(y.first()).isZero();
        assertThat(y.mixed()).isEqualTo(2);
    }

    @Test
    void minMaxAtTieAreOneSided() {
        Dual x = Dual.of(1, 2);
        Dual y = Dual.of(1, -1);
        assertThat(x.max(y).derivative()).isEqualTo(2);
        assertThat(x.min(y).derivative()).isEqualTo(-1);
        assertThat(x.max(y).atKink()).isTrue();
        assertThat(Dual.of(1, 0).max(Dual.of(2, 5)).derivative()).isEqualTo(5);
    }

    @Test
    void atan2AtOriginHasNoDerivative() {
        Dual constant = Dual.valueOf(0).atan2(Dual.valueOf(0));
        Dual moving = Dual.variable(0).atan2(Dual.valueOf(0));
        Dual movingX = Dual.valueOf(0).atan2(Dual.variable(0));

        assertThat(constant.value()).isZero();
        assertThat(constant.derivative()).isZero();
        assertThat(moving.value()).isZero();
        assertThat(moving.derivative()).isNaN();
        assertThat(movingX.derivative()).isNaN();
        assertThat(Dual.valueOf(0).atan2(Dual.valueOf(-1)).value()).isEqualTo(Math.PI);
    }

    @Test
    void hypotAtOriginIsOneSided() {
        Dual[] p = Dual.seeded(new double[] {0, 0}, new double[] {0.6, 0.8});
        assertThat(p[0].hypot(p[1]).derivative()).isCloseTo(1, within(1e-15));
        assertThat(Dual.of(1e200, 1).hypot(Dual.of(1e200, 1)).value()).isEqualTo(Math.hypot(1e200, 1e200));
    }

    @Test
    void gradientDualMatchesDerivativeStructure() {
        double[] x = {0.3, -1.1, 2.0};
        GradientDual[] v = GradientDual.variables(x);
        GradientDual f = v[0].multiply(v[1]).sin().add(v[2].exp().divide(v[0].add(v[1].multiply(v[1]))));

        DerivativeStructure a = new DerivativeStructure(3, 1, 0, x[0]);
        DerivativeStructure b = new DerivativeStructure(3, 1, 1, x[1]);
        DerivativeStructure c = new DerivativeStructure(3, 1, 2, x[2]);
        DerivativeStructure peer = a.multiply(b).sin().add(c.exp().divide(a.add(b.multiply(b))));

        assertRelative(f.value(), peer.getValue(), "value");
        assertRelative(f.partial(0), peer.getPartialDerivative(1, 0, 0), "d/dx0");
        assertRelative(f.partial(1), peer.getPartialDerivative(0, 1, 0), "d/dx1");
        assertRelative(f.partial(2), peer.getPartialDerivative(0, 0, 1), "d/dx2");
        assertThat(f.gradient()).hasSize(3);
    }

    @Test
    void gradientDualAbsIsOneSidedPerCoordinate() {
        GradientDual[] v = GradientDual.variables(new double[] {0, 0});
        GradientDual f = v[0].abs().add(v[1].abs());

        assertThat(f.gradient()).containsExactly(1, 1);
        assertThat(f.atKink()).isTrue();
    }
}
