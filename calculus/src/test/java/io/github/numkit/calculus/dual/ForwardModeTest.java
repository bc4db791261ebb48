package io.github.numkit.calculus.dual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.calculus.DerivativeEstimate;
import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.MatrixEstimate;
import io.github.numkit.calculus.NonFiniteValueException;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

class ForwardModeTest {

    static <T extends DualNumber<T>> T rosenbrock(T[] x) {
        T sum = x[0].constant(0);
        for (int i = 0; i + 1 < x.length; i++) {
            T a = x[i + 1].subtract(x[i].multiply(x[i]));
            T b = x[i].negate().add(1);
            sum = sum.add(a.multiply(a).multiply(100)).add(b.multiply(b));
        }
        return sum;
    }

    static <T extends DualNumber<T>> T taxicab(T[] x) {
        return x[0].abs().add(x[1].abs());
    }

    static <T extends DualNumber<T>> T absSquared(T[] x) {
        return x[0].abs().multiply(x[0].abs());
    }

    private static double[] point(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -1.2 + 0.35 * i;
        }
        return x;
    }

    @Test
    void gradientMatchesClosedFormBothWays() {
        double[] x = point(12);
        double[] expected = new double[x.length];
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            expected[i] += -400 * x[i] * a - 2 * (1 - x[i]);
            expected[i + 1] += 200 * a;
        }

        GradientEstimate passes = ForwardMode.gradient(ForwardModeTest::rosenbrock, x);
        GradientEstimate vector = ForwardMode.gradientOnePass(ForwardModeTest::rosenbrock, x);

        assertThat(passes.evaluations()).isEqualTo(12);
        assertThat(vector.evaluations()).isEqualTo(1);
        for (int i = 0; i < x.length; i++) {
            // The dual passes evaluate the same products as the closed form in another order.
            assertThat(passes.values()[i]).isCloseTo(expected[i], within(1e-12 * Math.max(1, Math.abs(expected[i]))));
            assertThat(vector.values()[i]).isCloseTo(passes.values()[i], within(1e-13 * Math.max(1, Math.abs(expected[i]))));
        }
    }

    @Test
    void gradientMatchesDerivativeStructure() {
        double[] x = point(5);
        DerivativeStructure[] v = new DerivativeStructure[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = new DerivativeStructure(x.length, 1, i, x[i]);
        }
        DerivativeStructure peer = new DerivativeStructure(x.length, 1, 0.0);
        for (int i = 0; i + 1 < x.length; i++) {
            DerivativeStructure a = v[i + 1].subtract(v[i].multiply(v[i]));
            DerivativeStructure b = v[i].negate().add(1);
            peer = peer.add(a.multiply(a).multiply(100)).add(b.multiply(b));
        }

        GradientEstimate g = ForwardMode.gradientOnePass(ForwardModeTest::rosenbrock, x);

        for (int i = 0; i < x.length; i++) {
            int[] orders = new int[x.length];
            orders[i] = 1;
            double expected = peer.getPartialDerivative(orders);
            assertThat(g.values()[i]).isCloseTo(expected, within(1e-13 * Math.max(1, Math.abs(expected))));
        }
    }

    @Test
    void hessianMatchesClosedForm() {
        double[] x = {-1.2, 1.0};

        MatrixEstimate h = ForwardMode.hessian(ForwardModeTest::rosenbrock, x);

        assertThat(h.get(0, 0)).isCloseTo(1200 * 1.44 - 400 + 2, within(1e-11));
        assertThat(h.get(0, 1)).isCloseTo(480, within(1e-12));
        assertThat(h.get(1, 0)).isCloseTo(480, within(1e-12));
        assertThat(h.get(1, 1)).isEqualTo(200);
        assertThat(h.evaluations()).isEqualTo(3);
    }

    @Test
    void hessianReportsProgressPerRow() {
        java.util.List<long[]> reports = new java.util.ArrayList<>();

        ForwardMode.hessian(ForwardModeTest::rosenbrock, point(4), (done, total) -> reports.add(new long[] {done, total}));

        assertThat(reports).extracting(r -> r[0]).containsExactly(1L, 2L, 3L, 4L);
        assertThat(reports).extracting(r -> r[1]).containsOnly(4L);
    }

    @Test
    void hessianVectorMatchesHessianTimesVector() {
        double[] x = point(6);
        double[] v = {1, -2, 0.5, 3, -1, 2};

        MatrixEstimate h = ForwardMode.hessian(ForwardModeTest::rosenbrock, x);
        GradientEstimate hv = ForwardMode.hessianVector(ForwardModeTest::rosenbrock, x, v);

        for (int i = 0; i < x.length; i++) {
            double expected = 0;
            for (int j = 0; j < x.length; j++) {
                expected += h.get(i, j) * v[j];
            }
            assertThat(hv.values()[i]).isCloseTo(expected, within(1e-11 * Math.max(1, Math.abs(expected))));
        }
    }

    @Test
    void jacobianOfPolarMap() {
        DualScalarField[] polar = {
            io.github.numkit.calculus.expression.Expression.parse("r*cos(t)"),
            io.github.numkit.calculus.expression.Expression.parse("r*sin(t)")};
        double r = 2;
        double t = 0.6;

        MatrixEstimate j = ForwardMode.jacobian(polar, new double[] {r, t});

        assertThat(j.get(0, 0)).isCloseTo(Math.cos(t), within(1e-16));
        assertThat(j.get(0, 1)).isCloseTo(-r * Math.sin(t), within(1e-15));
        assertThat(j.get(1, 0)).isCloseTo(Math.sin(t), within(1e-16));
        assertThat(j.get(1, 1)).isCloseTo(r * Math.cos(t), within(1e-15));
    }

    @Test
    void partialFunctionFollowsThePoint() {
        io.github.numkit.calculus.ScalarField dfdx = ForwardMode.partialFunction(ForwardModeTest::rosenbrock, 0);

        // ∂f/∂x = −400x(y − x²) − 2(1 − x), evaluated by hand at three points.
        assertThat(dfdx.value(new double[] {1, 1})).isZero();
        assertThat(dfdx.value(new double[] {0, 1})).isEqualTo(-2);
        assertThat(dfdx.value(new double[] {1, 0})).isEqualTo(400);
    }

    @Test
    void taxicabHasNoGradientAtOrigin() {
        double[] origin = {0, 0};

        assertThatThrownBy(() -> ForwardMode.gradient(ForwardModeTest::taxicab, origin))
                .isInstanceOf(NotDifferentiableException.class)
                .hasMessage("f is not differentiable in x[0] at [0.0, 0.0]: the one-sided derivative along +e0 is 1.0"
                        + " and along -e0 is 1.0, which are not opposite; use a one-sided directional derivative");
        assertThatThrownBy(() -> ForwardMode.gradientOnePass(ForwardModeTest::taxicab, origin))
                .isInstanceOf(NotDifferentiableException.class);
        // |x| has slope 1 both ways from 0; a derivative would need +1 forward and −1 backward.
        assertThatThrownBy(() -> ForwardMode.gradient(ForwardModeTest::taxicab, origin))
                .matches(e -> ((NotDifferentiableException) e).forward() == 1)
                .matches(e -> ((NotDifferentiableException) e).backward() == 1)
                .matches(e -> !((NotDifferentiableException) e).undetermined());
    }

    @Test
    void infiniteDerivativeNamesTheDerivative() {
        io.github.numkit.calculus.expression.Expression root =
                io.github.numkit.calculus.expression.Expression.parse("sqrt(x)");
        assertThatThrownBy(() -> ForwardMode.gradient(root, new double[] {0}))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessage("function returned Infinity at [0.0] during a dual-number pass (the derivative, not the"
                        + " value): f has a vertical tangent there, as sqrt(x) at 0, or an intermediate result"
                        + " overflowed or underflowed to 0, as x^2 does at x = 1e-200");
    }

    @Test
    void taxicabDirectionalIsOneSided() {
        DerivativeEstimate d = ForwardMode.directional(ForwardModeTest::taxicab, new double[] {0, 0}, new double[] {3, 4});
        DerivativeEstimate back = ForwardMode.directional(ForwardModeTest::taxicab, new double[] {0, 0},
                new double[] {-3, -4});

        assertThat(d.value()).isCloseTo(1.4, within(1e-15));
        assertThat(back.value()).isCloseTo(1.4, within(1e-15));
        assertThat(d.method()).contains("one-sided");
    }

    @Test
    void kinkWithEqualSidesStillHasGradient() {
        GradientEstimate g = ForwardMode.gradient(ForwardModeTest::absSquared, new double[] {0});

        assertThat(g.values()).containsExactly(0);
        assertThat(g.evaluations()).isEqualTo(2);
    }

    @Test
    void singularOuterWithFlatInnerIsUndetermined() {
        // Each composite has an inner derivative 0 where the outer derivative is infinite. The first
        // five are |x| or the cone √(x² + y²) (no derivative) or x^(2/3) (a cusp); cbrt(x³) = x has
        // derivative 1. None of them has derivative 0, which the chain rule 0·∞ := 0 used to give.
        String[] texts = {"sqrt(x^2)", "acos(cos(x))", "(x^2)^0.5", "pow(x^2, 1/3)", "cbrt(x^3)", "sqrt(x^2 + y^2)"};
        for (String text : texts) {
            io.github.numkit.calculus.expression.Expression f = io.github.numkit.calculus.expression.Expression.parse(text);
            double[] origin = new double[f.variables().size()];
            assertThatThrownBy(() -> ForwardMode.gradient(f, origin)).as(text)
                    .isInstanceOf(NotDifferentiableException.class)
                    .hasMessageContaining("undetermined by forward mode")
                    .matches(e -> ((NotDifferentiableException) e).undetermined());
            assertThatThrownBy(() -> ForwardMode.gradientOnePass(f, origin)).as(text)
                    .isInstanceOf(NotDifferentiableException.class)
                    .hasMessageContaining("undetermined by forward mode");
        }
    }

    @Test
    void coneHessianIsNaNNotZero() {
        // The cone √(x² + y²) has no second derivatives at its apex.
        io.github.numkit.calculus.expression.Expression cone =
                io.github.numkit.calculus.expression.Expression.parse("sqrt(x^2 + y^2)");
        double[][] h = ForwardMode.hessian(cone, new double[] {0, 0}).values();
        for (double[] row : h) {
            assertThat(row).containsOnly(Double.NaN);
        }
    }

    @Test
    void coneDirectionalIsUndetermined() {
        io.github.numkit.calculus.expression.Expression cone =
                io.github.numkit.calculus.expression.Expression.parse("sqrt(x^2 + y^2)");
        assertThatThrownBy(() -> ForwardMode.directional(cone, new double[] {0, 0}, new double[] {3, 4}))
                .isInstanceOf(NotDifferentiableException.class)
                .hasMessageStartingWith("the directional derivative at [0.0, 0.0] is undetermined by forward mode");
    }

    @Test
    void singularOuterStillExactWhereDecided() {
        io.github.numkit.calculus.expression.Expression shifted =
                io.github.numkit.calculus.expression.Expression.parse("sqrt(x^2 + 1) + y + sqrt(0)");
        assertThat(ForwardMode.gradient(shifted, new double[] {0, 2}).values()).containsExactly(0, 1);
        assertThat(ForwardMode.gradientOnePass(shifted, new double[] {0, 2}).values()).containsExactly(0, 1);

        // x^y at (−2, 2): ∂/∂x = y·x^(y−1) = −4, but no derivative in y, since (−2)^y is undefined near 2.
        io.github.numkit.calculus.expression.Expression power =
                io.github.numkit.calculus.expression.Expression.parse("pow(x, y)");
        assertThat(ForwardMode.partial(power, new double[] {-2, 2}, 0).value()).isEqualTo(-4);
        assertThatThrownBy(() -> ForwardMode.partial(power, new double[] {-2, 2}, 1))
                .isInstanceOf(NotDifferentiableException.class)
                .hasMessageStartingWith("the partial derivative in x[1] at [-2.0, 2.0] is undetermined");
    }

    @Test
    void rejectsZeroDirection() {
        assertThatThrownBy(() -> ForwardMode.directional(ForwardModeTest::rosenbrock, new double[] {1, 1},
                new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("v must be a nonzero vector, got [0.0, 0.0]: a zero direction has no unit vector");
    }

    @Test
    void rejectsWrongDimension() {
        assertThatThrownBy(() -> ForwardMode.directional(ForwardModeTest::rosenbrock, new double[] {1, 1},
                new double[] {1, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("v must have dimension 2, got 3");
    }

    @Test
    void nullResultIsNamedByEveryPass() {
        DualScalarField nothing = new DualScalarField() {
            @Override
            public <T extends DualNumber<T>> T value(T[] x) {
                return null;
            }
        };
        double[] x = {1, 2};
        String message = "f must return a dual number, got null at [1.0, 2.0]";

        assertThatThrownBy(() -> ForwardMode.value(nothing, x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> ForwardMode.partial(nothing, x, 0)).hasMessage(message);
        assertThatThrownBy(() -> ForwardMode.gradient(nothing, x)).hasMessage(message);
        assertThatThrownBy(() -> ForwardMode.gradientOnePass(nothing, x)).hasMessage(message);
        assertThatThrownBy(() -> ForwardMode.jacobian(new DualScalarField[] {nothing}, x)).hasMessage(message);
        assertThatThrownBy(() -> ForwardMode.hessian(nothing, x)).hasMessage(message);
        assertThatThrownBy(() -> ForwardMode.hessianVector(nothing, x, new double[] {1, 0})).hasMessage(message);
    }

    static <T extends DualNumber<T>> T absTimes(T[] x) {
        return x[0].abs().multiply(x[1]);
    }

    static <T extends DualNumber<T>> T xAbsX(T[] x) {
        return x[0].multiply(x[0].abs()).add(x[1]);
    }

    static <T extends DualNumber<T>> T rootPlus(T[] x) {
        return x[0].sqrt().add(x[1]);
    }

    static <T extends DualNumber<T>> T expPlus(T[] x) {
        return x[0].exp().add(x[1]);
    }

    static <T extends DualNumber<T>> T quadratic(T[] x) {
        return x[0].multiply(x[0]).multiply(3).add(x[0].multiply(x[1]).multiply(5)).add(x[1].multiply(x[1]));
    }

    @Test
    void hessianRefusesKinksAndNonFiniteParts() {
        double[] x = {0, 1};

        // |x₀|·x₁ has no partial derivative in x₀ at (0, 1); x₀|x₀| has one (0) but no second.
        assertThatThrownBy(() -> ForwardMode.hessian(ForwardModeTest::absTimes, x))
                .isInstanceOf(NotDifferentiableException.class)
                .hasMessageStartingWith("f is not twice differentiable in x[0]");
        assertThatThrownBy(() -> ForwardMode.hessianVector(ForwardModeTest::absTimes, x, new double[] {1, 1}))
                .isInstanceOf(NotDifferentiableException.class);
        assertThatThrownBy(() -> ForwardMode.hessian(ForwardModeTest::xAbsX, x))
                .isInstanceOf(NotDifferentiableException.class);
        assertThat(ForwardMode.gradient(ForwardModeTest::xAbsX, x).values()).containsExactly(0, 1);
        // sqrt has a vertical tangent at 0, exp(710) overflows, and v = MAX_VALUE overflows Hv.
        assertThatThrownBy(() -> ForwardMode.hessian(ForwardModeTest::rootPlus, x))
                .isInstanceOf(NonFiniteValueException.class);
        assertThatThrownBy(() -> ForwardMode.hessian(ForwardModeTest::expPlus, new double[] {710, 1}))
                .isInstanceOf(NonFiniteValueException.class);
        assertThatThrownBy(() -> ForwardMode.hessianVector(ForwardModeTest::quadratic, new double[] {1, 2},
                new double[] {Double.MAX_VALUE, Double.MAX_VALUE}))
                .isInstanceOf(NonFiniteValueException.class);
        // The closed form of the quadratic: H = [[6, 5], [5, 2]], so Hv for v = (1, 2) is (16, 9).
        assertThat(ForwardMode.hessianVector(ForwardModeTest::quadratic, new double[] {1, 2}, new double[] {1, 2})
                .values()).containsExactly(16, 9);
    }

    @Test
    void gradientIgnoresWritesIntoArgument() {
        // x²yz, with x² stored over x: ∇ = (2xyz, x²z, x²y) = (12, 9, 18) at (3, 2, 1).
        double[] x = {3, 2, 1};

        double[] g = ForwardMode.gradient(ForwardModeTest::squareInPlace, x).values();

        assertThat(g).containsExactly(12, 9, 18);
    }

    static <T extends DualNumber<T>> T squareInPlace(T[] p) {
        p[0] = p[0].multiply(p[0]);
        return p[0].multiply(p[1]).multiply(p[2]);
    }
}
