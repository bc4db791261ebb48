package io.github.numkit.calculus.directional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.ScalarField;
import io.github.numkit.calculus.difference.FiniteDifference;
import io.github.numkit.calculus.dual.DualNumber;
import io.github.numkit.calculus.dual.ForwardMode;
import io.github.numkit.calculus.expression.Expression;
import org.junit.jupiter.api.Test;

class DirectionalDerivativesTest {

    static <T extends DualNumber<T>> T paraboloid(T[] x) {
        return x[0].multiply(x[0]).add(x[1].multiply(x[1]));
    }

    private static final ScalarField PARABOLOID = p -> p[0] * p[0] + p[1] * p[1];
    private static final double[] P0 = {1, 2};

    @Test
    void textbookExampleThreeWays() {
        GradientEstimate g = ForwardMode.gradient(DirectionalDerivativesTest::paraboloid, P0);
        double[] v = {3, 4};

        DirectionalDerivative through = DirectionalDerivatives.throughGradient(g, v);
        DirectionalDerivative dual = DirectionalDerivatives.byDual(DirectionalDerivativesTest::paraboloid, P0, v);
        DirectionalDerivative difference = DirectionalDerivatives.byDifference(PARABOLOID, P0, v);
        DirectionalDerivative richardson = DirectionalDerivatives.byRichardson(PARABOLOID, P0, v);

        // ∇f = (2, 4) and u = (0.6, 0.8), so D_u f = 1.2 + 3.2 = 4.4 exactly in rationals.
        assertThat(g.values()).containsExactly(2, 4);
        assertThat(through.value()).isCloseTo(4.4, within(1e-15));
        assertThat(dual.value()).isCloseTo(4.4, within(1e-15));
        assertThat(difference.value()).isCloseTo(4.4, within(1e-9));
        assertThat(richardson.value()).isCloseTo(4.4, within(1e-13));
        assertThat(through.unitDirection()).containsExactly(0.6, 0.8);
    }

    @Test
    void alongAnAxisIsThePartial() {
        DirectionalDerivative d = DirectionalDerivatives.byDual(DirectionalDerivativesTest::paraboloid, P0,
                new double[] {1, 0});

        assertThat(d.value()).isEqualTo(2);
    }

    @Test
    void steepestAscentIsTheGradientDirection() {
        SteepestAscent s = DirectionalDerivatives.steepestAscent(new double[] {2, 4});

        assertThat(s.rate()).isCloseTo(Math.sqrt(20), within(1e-15));
        assertThat(s.direction()[0]).isCloseTo(1 / Math.sqrt(5), within(1e-15));
        assertThat(s.direction()[1]).isCloseTo(2 / Math.sqrt(5), within(1e-15));
        DirectionalDerivative along = DirectionalDerivatives.byDual(DirectionalDerivativesTest::paraboloid, P0,
                s.direction());
        assertThat(along.value()).isCloseTo(s.rate(), within(1e-14));
    }

    @Test
    void stationaryPointHasNoAscent() {
        SteepestAscent s = DirectionalDerivatives.steepestAscent(new double[] {0, 0});

        assertThat(s.stationary()).isTrue();
        assertThat(s.direction()).containsExactly(0, 0);
    }

    @Test
    void taxicabOneSidedInEveryDirection() {
        Expression taxicab = Expression.parse("abs(x) + abs(y)");
        double[] origin = {0, 0};
        for (double angle = 0.1; angle < 2 * Math.PI; angle += 0.7) {
            double[] v = {Math.cos(angle), Math.sin(angle)};
            double expected = Math.abs(v[0]) + Math.abs(v[1]);

            DirectionalDerivative dual = DirectionalDerivatives.byDual(taxicab, origin, v);
            DirectionalDerivative values = DirectionalDerivatives.oneSided(taxicab, origin, v);

            assertThat(dual.value()).as("dual at angle %s", angle).isCloseTo(expected, within(1e-15));
            assertThat(values.value()).as("values at angle %s", angle).isCloseTo(expected, within(1e-12));
            assertThat(Math.abs(values.value() - expected)).isLessThanOrEqualTo(values.errorEstimate());
        }
    }

    @Test
    void extremeDirectionsNormaliseExactly() {
        // Every v = (c, c) has the unit vector (1, 1)/√2, and x + y has D_u f = 2/√2 = √2 along it.
        double half = Math.sqrt(0.5);
        ScalarField sum = p -> p[0] + p[1];
        for (double c : new double[] {Double.MIN_VALUE, 1e-320, 1e-300, 1.7e308, Double.MAX_VALUE}) {
            double[] v = {c, c};

            double[] u = DirectionalDerivatives.unit(v);
            assertThat(u[0]).as("unit at %s", c).isCloseTo(half, within(2e-16));
            assertThat(u[1]).as("unit at %s", c).isCloseTo(half, within(2e-16));
            assertThat(DirectionalDerivatives.byDual(Expression.parse("x + y"), P0, v).value()).as("dual at %s", c)
                    .isCloseTo(Math.sqrt(2), within(1e-15));
            assertThat(DirectionalDerivatives.byDifference(sum, P0, v).value()).as("difference at %s", c)
                    .isCloseTo(Math.sqrt(2), within(1e-9));
            assertThat(DirectionalDerivatives.byRichardson(sum, P0, v).value()).as("Richardson at %s", c)
                    .isCloseTo(Math.sqrt(2), within(1e-12));
        }
    }

    @Test
    void steepestAscentOfHugeGradient() {
        SteepestAscent ascent = DirectionalDerivatives.steepestAscent(new double[] {1.7e308, 1.7e308});

        // ‖∇f‖ = 1.7e308·√2 exceeds Double.MAX_VALUE, but the direction (1, 1)/√2 is representable.
        assertThat(ascent.direction()[0]).isCloseTo(Math.sqrt(0.5), within(2e-16));
        assertThat(ascent.direction()[1]).isCloseTo(Math.sqrt(0.5), within(2e-16));
        assertThat(ascent.rate()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(new GradientEstimate(new double[] {3e-200, 4e-200}, new double[2], 1, "test").norm())
                .isCloseTo(5e-200, within(1e-214));
    }

    @Test
    void sidesSettleUndeterminedPartials() {
        // cbrt(x³) = x has derivative 1; forward mode meets 0·∞ at 0 and cannot decide.
        GradientEstimate smooth = DirectionalDerivatives.gradientBySides(Expression.parse("cbrt(x^3) + y^2"),
                new double[] {0, 3});
        assertThat(smooth.values()[0]).isCloseTo(1, within(1e-10));
        assertThat(smooth.values()[1]).isEqualTo(6);
        assertThat(smooth.errorEstimates()[0]).isLessThan(1e-6);
        assertThat(smooth.method()).contains("one-sided Richardson");

        // sqrt(x²) = |x| and acos(cos x) = |x| near 0 rise at slope 1 both ways: a corner.
        for (String corner : new String[] {"sqrt(x^2)", "acos(cos(x))", "sqrt(x^2 + y^2)"}) {
            Expression f = Expression.parse(corner);
            assertThatThrownBy(() -> DirectionalDerivatives.gradientBySides(f, new double[f.variables().size()]))
                    .as(corner)
                    .isInstanceOf(io.github.numkit.calculus.dual.NotDifferentiableException.class)
                    .hasMessageStartingWith("f is not differentiable in x[0]")
                    .matches(e -> ((io.github.numkit.calculus.dual.NotDifferentiableException) e).forward() > 0.999);
        }

        // x^(2/3) has a cusp: the one-sided quotients grow without bound, so nothing is decided.
        assertThatThrownBy(() -> DirectionalDerivatives.gradientBySides(Expression.parse("pow(x^2, 1/3)"),
                new double[] {0}))
                .isInstanceOf(io.github.numkit.calculus.dual.NotDifferentiableException.class)
                .matches(e -> ((io.github.numkit.calculus.dual.NotDifferentiableException) e).undetermined());
    }

    @Test
    void zeroDirectionIsAnError() {
        double[] zero = {0, 0};
        assertThatThrownBy(() -> DirectionalDerivatives.byDifference(PARABOLOID, P0, zero))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("v must be a nonzero vector, got [0.0, 0.0]: a zero direction has no unit vector");
        assertThatThrownBy(() -> DirectionalDerivatives.throughGradient(
                FiniteDifference.central().gradient(PARABOLOID, P0), zero))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("v must be a nonzero vector");
        assertThatThrownBy(() -> DirectionalDerivatives.oneSided(PARABOLOID, P0, zero))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("v must be a nonzero vector");
    }

    @Test
    void wrongDimensionIsAnError() {
        assertThatThrownBy(() -> DirectionalDerivatives.byDifference(PARABOLOID, P0, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("v must have dimension 2, got 1");
    }
}
