package io.github.numkit.calculus.difference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.numkit.calculus.DerivativeEstimate;
import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.NonFiniteValueException;
import io.github.numkit.calculus.ScalarField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RichardsonTest {

    /** The target of the method on exp, sin and the Rosenbrock gradient. */
    private static final double TARGET = 2e-13;

    private static double relative(double actual, double expected) {
        return Math.abs(actual - expected) / Math.abs(expected);
    }

    static double rosenbrock(double[] x) {
        double sum = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            sum += 100 * a * a + b * b;
        }
        return sum;
    }

    static double[] rosenbrockGradient(double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            g[i] += -400 * x[i] * a - 2 * (1 - x[i]);
            g[i + 1] += 200 * a;
        }
        return g;
    }

    @ParameterizedTest
    @ValueSource(doubles = {-20, -2, -0.5, 0, 1e-6, 0.3, 1, 3, 25})
    void expReachesTarget(double x) {
        DerivativeEstimate d = Richardson.create().derivative(Math::exp, x);

        assertThat(relative(d.value(), Math.exp(x))).isLessThan(TARGET);
        assertThat(Math.abs(d.value() - Math.exp(x))).isLessThanOrEqualTo(d.errorEstimate());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-2, -0.5, 0, 0.3, 1, 2, 4, 100})
    void sinReachesTarget(double x) {
        DerivativeEstimate d = Richardson.create().derivative(Math::sin, x);

        assertThat(relative(d.value(), Math.cos(x))).isLessThan(TARGET);
        assertThat(Math.abs(d.value() - Math.cos(x))).isLessThanOrEqualTo(d.errorEstimate());
    }

    @Test
    void rosenbrockGradientReachesTarget() {
        double[] x = new double[10];
        for (int i = 0; i < x.length; i++) {
            x[i] = -1.2 + 0.35 * i;
        }
        double[] expected = rosenbrockGradient(x);

        GradientEstimate g = Richardson.create().gradient(RichardsonTest::rosenbrock, x);

        for (int i = 0; i < x.length; i++) {
            assertThat(relative(g.values()[i], expected[i])).as("component %d", i).isLessThan(TARGET);
            assertThat(Math.abs(g.values()[i] - expected[i])).isLessThanOrEqualTo(g.errorEstimates()[i]);
        }
    }

    @Test
    void logAtTinyXWithBoundsNeverLeavesDomain() {
        List<Double> nodes = new ArrayList<>();
        ScalarField log = p -> {
            nodes.add(p[0]);
            return Math.log(p[0]);
        };
        for (double x : new double[] {1e-50, 1e-5}) {
            nodes.clear();

            DerivativeEstimate d = Richardson.create().withBounds(Bounds.atLeast(0)).partial(log, new double[] {x}, 0);

            assertThat(relative(d.value(), 1 / x)).isLessThan(TARGET);
            assertThat(nodes).allSatisfy(node -> assertThat(node).isPositive());
            assertThat(d.step()).isLessThan(x);
        }
    }

    @Test
    void oneSidedAtTheBound() {
        DerivativeEstimate d = Richardson.create().withBounds(Bounds.atLeast(1)).derivative(Math::sqrt, 1);

        assertThat(d.method()).contains("one-sided");
        assertThat(relative(d.value(), 0.5)).isLessThan(1e-11);
        assertThat(Math.abs(d.value() - 0.5)).isLessThanOrEqualTo(d.errorEstimate());
    }

    @Test
    void directionalAlongUnitVector() {
        ScalarField f = p -> Math.exp(p[0]) * Math.sin(p[1]);
        double[] x = {0.2, 0.7};
        double expected = (Math.exp(0.2) * Math.sin(0.7) * 1 + Math.exp(0.2) * Math.cos(0.7) * 2) / Math.sqrt(5);

        DerivativeEstimate d = Richardson.create().directional(f, x, new double[] {1, 2});

        assertThat(relative(d.value(), expected)).isLessThan(TARGET);
    }

    @Test
    void nanEverywhereNamesThePoint() {
        assertThatThrownBy(() -> Richardson.create().derivative(x -> Double.NaN, 2))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessageStartingWith("function returned NaN at [")
                .hasMessageContaining("during Richardson extrapolation in x[0]");
    }

    @Test
    void noRoomNearMaxValueAsksToRescale() {
        assertThatThrownBy(() -> Richardson.create().derivative(t -> t, 1e308))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x[0] = 1.0E308 has no room for a difference stencil: the nodes x ± h overflow past "
                        + "1.7976931348623157E308 or round back to x; rescale the variable so that |x| is smaller");
    }

    @Test
    void rejectsBadTypicalMagnitude() {
        assertThatThrownBy(() -> Richardson.create().withTypicalMagnitude(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("typical[0] must be finite and > 0, got 0.0");
    }
}
