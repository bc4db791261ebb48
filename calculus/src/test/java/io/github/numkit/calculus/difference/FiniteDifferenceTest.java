package io.github.numkit.calculus.difference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.calculus.DerivativeEstimate;
import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.MatrixEstimate;
import io.github.numkit.calculus.NonFiniteValueException;
import io.github.numkit.calculus.ScalarField;
import io.github.numkit.calculus.VectorField;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.UnivariateDifferentiableFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FiniteDifferenceTest {

    private static double relative(double actual, double expected) {
        return Math.abs(actual - expected) / Math.abs(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e5, 1e6, 1e7, 1e8, -1e7})
    void squareAtLargeXHasTenDigits(double x) {
        DerivativeEstimate d = FiniteDifference.central().derivative(t -> t * t, x);

        // Ten significant digits, as a step relative to |x| gives; a fixed h = 1e-6 gives
        // about three at x = 1e7 because x ± h loses ten of the sixteen digits of x.
        assertThat(relative(d.value(), 2 * x)).isLessThan(1e-10);
        assertThat(Math.abs(d.value() - 2 * x)).isLessThanOrEqualTo(d.errorEstimate());
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-50, 1e-5, 1e-3, 1e-300})
    void logAtSmallXStaysPositive(double x) {
        List<Double> nodes = new ArrayList<>();
        ScalarField log = p -> {
            nodes.add(p[0]);
            return Math.log(p[0]);
        };

        DerivativeEstimate d = FiniteDifference.central().partial(log, new double[] {x}, 0);

        assertThat(relative(d.value(), 1 / x)).isLessThan(1e-9);
        assertThat(nodes).allSatisfy(node -> assertThat(node).isPositive());
        assertThat(d.step()).isLessThan(x);
    }

    @Test
    void logWithBoundsShiftsToOneSide() {
        List<Double> nodes = new ArrayList<>();
        ScalarField log = p -> {
            nodes.add(p[0]);
            return Math.log(p[0]);
        };
        double x = 1e-3;
        FiniteDifference fd = FiniteDifference.central().withBounds(Bounds.atLeast(x)).withTypicalMagnitude(1);

        DerivativeEstimate d = fd.partial(log, new double[] {x}, 0);

        assertThat(nodes).allSatisfy(node -> assertThat(node).isGreaterThanOrEqualTo(x));
        // A one-sided second-order formula with h = 6e-6·1 on log at 1e-3: truncation h²·f'''/3
        // relative to f' is about 1e-5, and the estimate must cover it.
        assertThat(Math.abs(d.value() - 1 / x)).isLessThanOrEqualTo(d.errorEstimate());
        assertThat(relative(d.value(), 1 / x)).isLessThan(1e-3);
    }

    @Test
    void stepIsExactlyRepresentable() {
        for (double x : new double[] {0.1, 1.0 / 3, 12345.678, -7.7e-9, 3e200}) {
            DerivativeEstimate d = FiniteDifference.central().derivative(Math::sin, x);
            double h = d.step();
            assertThat((x + h) - x).as("x = %s", x).isEqualTo(h);
        }
    }

    @Test
    void sineSecondDerivativeNeedsItsOwnStep() {
        DerivativeEstimate own = FiniteDifference.central().secondDerivative(Math::sin, 1.0);
        DerivativeEstimate borrowed = FiniteDifference.central().withSecondRelativeStep(Math.sqrt(0x1p-52))
                .secondDerivative(Math::sin, 1.0);

        assertThat(relative(own.value(), -Math.sin(1))).isLessThan(1e-7);
        assertThat(Math.abs(own.value() + Math.sin(1))).isLessThanOrEqualTo(own.errorEstimate());
        // With the forward-difference step √ε the rounding error ε/h² is of order 1, so the
        // second difference is wrong in its first digit, and the estimate reports that.
        assertThat(relative(borrowed.value(), -Math.sin(1))).isGreaterThan(0.01);
        assertThat(borrowed.errorEstimate()).isGreaterThan(0.1);
    }

    @ParameterizedTest
    @EnumSource(Stencil.class)
    void everyStencilMeetsItsAccuracy(Stencil stencil) {
        FiniteDifference fd = FiniteDifference.of(stencil);
        // Error ≈ c^p with c = ε^(1/(p+1)): ε^(1/2) for order 1, ε^(2/3) for order 2, and so on,
        // with a factor 100 for the constants of exp at 0.7.
        double expected = 100 * Math.pow(0x1p-52, stencil.order() / (stencil.order() + 1.0));

        DerivativeEstimate d = fd.derivative(Math::exp, 0.7);

        assertThat(relative(d.value(), Math.exp(0.7))).isLessThan(expected);
        assertThat(Math.abs(d.value() - Math.exp(0.7))).isLessThanOrEqualTo(d.errorEstimate());
    }

    @Test
    void evaluationCountsAreExact() {
        int[] calls = new int[1];
        ScalarField f = p -> {
            calls[0]++;
            return p[0] * p[1];
        };

        GradientEstimate central = FiniteDifference.central().gradient(f, new double[] {1, 2});
        assertThat(central.evaluations()).isEqualTo(calls[0]).isEqualTo(8);

        calls[0] = 0;
        GradientEstimate forward = FiniteDifference.of(Stencil.FORWARD).gradient(f, new double[] {1, 2});
        assertThat(forward.evaluations()).isEqualTo(calls[0]).isEqualTo(5);
    }

    @Test
    void defaultCentralReachesTenDigits() {
        // Smooth functions of moderate scale at moderate points; the oracle is the closed form.
        double[][] cases = {{0.5, Math.cos(0.5)}, {2, Math.cos(2)}, {-1.3, Math.cos(-1.3)}};
        for (double[] c : cases) {
            DerivativeEstimate d = FiniteDifference.central().derivative(Math::sin, c[0]);
            assertThat(relative(d.value(), c[1])).as("sin' at %s", c[0]).isLessThan(1e-10);
        }
        DerivativeEstimate e = FiniteDifference.central().derivative(Math::exp, 3);
        assertThat(relative(e.value(), Math.exp(3))).isLessThan(1e-10);
    }

    @Test
    void gradientMatchesCommonsMathDifferentiator() {
        MultivariateFunction rosenbrock = p -> 100 * Math.pow(p[1] - p[0] * p[0], 2) + Math.pow(1 - p[0], 2);
        double[] x = {-1.2, 1.0};

        GradientEstimate g = FiniteDifference.of(Stencil.CENTRAL_4).gradient(rosenbrock::value, x);

        // Commons Math 3.6.1 differentiates along each coordinate with its own 5-point stencil.
        // Both are within about 1e-9 of the closed form, so they agree to 1e-8 relative.
        FiniteDifferencesDifferentiator peer = new FiniteDifferencesDifferentiator(5, 1e-3);
        for (int i = 0; i < 2; i++) {
            int k = i;
            UnivariateDifferentiableFunction line = peer.differentiate((UnivariateFunction) t -> {
                double[] p = x.clone();
                p[k] = t;
                return rosenbrock.value(p);
            });
            double expected = line.value(new DerivativeStructure(1, 1, 0, x[k])).getPartialDerivative(1);
            assertThat(relative(g.values()[i], expected)).isLessThan(1e-8);
        }
        assertThat(g.values()[0]).isCloseTo(-215.6, within(1e-6));
        assertThat(g.values()[1]).isCloseTo(-88.0, within(1e-6));
    }

    @Test
    void hessianOfRosenbrockMatchesClosedForm() {
        ScalarField f = p -> 100 * Math.pow(p[1] - p[0] * p[0], 2) + Math.pow(1 - p[0], 2);
        double x = -1.2;
        double y = 1.0;

        MatrixEstimate h = FiniteDifference.central().hessian(f, new double[] {x, y});

        double[][] expected = {{1200 * x * x - 400 * y + 2, -400 * x}, {-400 * x, 200}};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(relative(h.get(i, j), expected[i][j])).as("H[%d][%d]", i, j).isLessThan(1e-6);
                assertThat(Math.abs(h.get(i, j) - expected[i][j])).isLessThanOrEqualTo(h.errorEstimates()[i][j]);
            }
        }
    }

    @Test
    void hessianFromGradientIsSymmetric() {
        VectorField gradient = p -> new double[] {
            -400 * p[0] * (p[1] - p[0] * p[0]) - 2 * (1 - p[0]), 200 * (p[1] - p[0] * p[0])};

        MatrixEstimate h = FiniteDifference.central().hessianFromGradient(gradient, new double[] {0.5, 2});

        assertThat(h.get(0, 1)).isEqualTo(h.get(1, 0));
        assertThat(relative(h.get(0, 0), 1200 * 0.25 - 400 * 2 + 2)).isLessThan(1e-9);
        assertThat(relative(h.get(0, 1), -200)).isLessThan(1e-9);
        assertThat(relative(h.get(1, 1), 200)).isLessThan(1e-9);
    }

    @Test
    void hessianVectorProductWithoutHessian() {
        VectorField gradient = p -> new double[] {2 * p[0] * p[1], p[0] * p[0] + 3 * p[1] * p[1]};
        double[] x = {1, 2};
        double[] v = {3, -1};

        GradientEstimate hv = FiniteDifference.central().hessianVector(gradient, x, v);

        // H = [[2y, 2x], [2x, 6y]] = [[4, 2], [2, 12]]; H·v = (10, -6).
        assertThat(relative(hv.values()[0], 10)).isLessThan(1e-9);
        assertThat(relative(hv.values()[1], -6)).isLessThan(1e-9);
    }

    @Test
    void jacobianOfPolarMap() {
        VectorField polar = p -> new double[] {p[0] * Math.cos(p[1]), p[0] * Math.sin(p[1])};
        double r = 2;
        double t = 0.6;

        MatrixEstimate j = FiniteDifference.central().jacobian(polar, new double[] {r, t});

        double[][] expected = {{Math.cos(t), -r * Math.sin(t)}, {Math.sin(t), r * Math.cos(t)}};
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 2; k++) {
                assertThat(j.get(i, k)).isCloseTo(expected[i][k], within(1e-9));
            }
        }
    }

    @Test
    void partialFunctionIsAFieldOfThePoint() {
        ScalarField f = p -> p[0] * p[0] * p[1];
        ScalarField dfdx = FiniteDifference.central().partialFunction(f, 0);

        assertThat(dfdx.value(new double[] {3, 2})).isCloseTo(12, within(1e-8));
        assertThat(dfdx.value(new double[] {1, 5})).isCloseTo(10, within(1e-8));
    }

    @Test
    void mixedPartialMatchesClosedForm() {
        ScalarField f = p -> Math.sin(p[0]) * Math.exp(p[1]);

        DerivativeEstimate d = FiniteDifference.central().secondPartial(f, new double[] {0.3, 0.2}, 0, 1);

        assertThat(relative(d.value(), Math.cos(0.3) * Math.exp(0.2))).isLessThan(1e-7);
    }

    @Test
    void directionalAlongUnitVector() {
        ScalarField f = p -> p[0] * p[0] + p[1] * p[1];

        DerivativeEstimate d = FiniteDifference.central().directional(f, new double[] {1, 2}, new double[] {3, 4});

        assertThat(d.value()).isCloseTo(4.4, within(1e-9));
    }

    @Test
    void typicalMagnitudeRescuesNearZero() {
        double x = 1e-10;
        DerivativeEstimate relativeOnly = FiniteDifference.central().derivative(Math::exp, x);
        DerivativeEstimate typical = FiniteDifference.central().withTypicalMagnitude(1).derivative(Math::exp, x);

        assertThat(relative(typical.value(), Math.exp(x))).isLessThan(1e-10);
        // Without it the step is 6e-16 and rounding dominates; the estimate must cover the error.
        assertThat(Math.abs(relativeOnly.value() - Math.exp(x))).isLessThanOrEqualTo(relativeOnly.errorEstimate());
    }

    @Test
    void rejectsWrongInput() {
        FiniteDifference fd = FiniteDifference.central();
        ScalarField f = p -> p[0];

        assertThatThrownBy(() -> fd.partial(f, new double[] {Double.NaN}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("x[0] must be finite, got NaN");
        assertThatThrownBy(() -> fd.partial(f, new double[] {1, Double.POSITIVE_INFINITY}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("x[1] must be finite, got Infinity");
        assertThatThrownBy(() -> fd.partial(f, new double[] {1}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("i must be in [0, 1), got 1");
        assertThatThrownBy(() -> fd.withBounds(Bounds.atLeast(0, 0)).gradient(f, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x must have the dimension of the bounds, 2, got 1");
        assertThatThrownBy(() -> fd.withRelativeStep(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("c must be a relative step in (0, 0.1], got -1.0: the step is c times the coordinate's scale");
        assertThatThrownBy(() -> fd.withBounds(Bounds.atLeast(0)).partial(f, new double[] {-1}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("x[0] must be in [0.0, Infinity], got -1.0");
    }

    @Test
    void largeRelativeStepIsRejected() {
        // h = 1e300 sampled sin at ±h, losing x = 1 entirely, and returned about -1e-300 with an
        // error estimate of 2e-300 against the true derivative cos 1 = 0.5403.
        assertThatThrownBy(() -> FiniteDifference.central().withRelativeStep(1e300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("c must be a relative step in (0, 0.1], got 1.0E300: the step is c times the coordinate's scale");
        assertThatThrownBy(() -> FiniteDifference.central().withSecondRelativeStep(0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("c must be a relative step in (0, 0.1], got 0.5");

        // At the largest step allowed the central estimates still cover the true error, about
        // cos(1)·h²/6 for the plain central stencil with h = 1/16.
        for (Stencil stencil : new Stencil[] {Stencil.CENTRAL, Stencil.CENTRAL_4, Stencil.CENTRAL_6}) {
            DerivativeEstimate d = FiniteDifference.of(stencil).withRelativeStep(0.1).derivative(Math::sin, 1);
            assertThat(Math.abs(d.value() - Math.cos(1))).as(stencil.name()).isLessThanOrEqualTo(d.errorEstimate());
        }
    }

    @Test
    void stepUnderflowIsReported() {
        assertThatThrownBy(() -> FiniteDifference.central().derivative(Math::sin, 1e-320))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the step for x[0] = 1.0E-320 underflows");
    }

    @Test
    void nanNearThePointNamesThePoint() {
        assertThatThrownBy(() -> FiniteDifference.central().withTypicalMagnitude(1).derivative(Math::log, 1e-7))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessageStartingWith("function returned NaN at [-")
                .hasMessageContaining("during a difference in x[0]");
    }

    @Test
    void noRoomInsideBoundsIsReported() {
        Bounds point = Bounds.of(new double[] {1}, new double[] {1});
        assertThatThrownBy(() -> FiniteDifference.central().withBounds(point).derivative(Math::sin, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x[0] = 1.0 has no room for a difference stencil inside [1.0, 1.0]: widen the bounds or move the point");
    }
}
