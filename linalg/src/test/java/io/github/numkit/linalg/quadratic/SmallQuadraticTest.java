package io.github.numkit.linalg.quadratic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class SmallQuadraticTest {

    @Property(tries = 500)
    void twoByTwoAgreesWithGeneralSolver(@ForAll @DoubleRange(min = -10, max = 10) double a11,
            @ForAll @DoubleRange(min = -10, max = 10) double a12, @ForAll @DoubleRange(min = -10, max = 10) double a22,
            @ForAll @DoubleRange(min = -10, max = 10) double b1, @ForAll @DoubleRange(min = -10, max = 10) double b2) {
        double[] x = new double[2];

        Definiteness fast = SmallQuadratic.solve2(a11, a12, a22, b1, b2, x);

        QuadraticSolution general = QuadraticForm.of(new double[][] {{a11, a12}, {a12, a22}}, new double[] {b1, b2}, 0)
                .solve();
        assertThat(fast).isEqualTo(general.classification().definiteness());
        assertSamePoint(x, general);
    }

    @Property(tries = 500)
    void threeByThreeAgreesWithGeneralSolver(@ForAll @DoubleRange(min = -10, max = 10) double a11,
            @ForAll @DoubleRange(min = -10, max = 10) double a12, @ForAll @DoubleRange(min = -10, max = 10) double a13,
            @ForAll @DoubleRange(min = -10, max = 10) double a22, @ForAll @DoubleRange(min = -10, max = 10) double a23,
            @ForAll @DoubleRange(min = -10, max = 10) double a33, @ForAll @DoubleRange(min = -10, max = 10) double b1) {
        double[] x = new double[3];
        double b2 = 0.5 * b1 - 1;
        double b3 = 2 - b1;

        Definiteness fast = SmallQuadratic.solve3(a11, a12, a13, a22, a23, a33, b1, b2, b3, x);

        double[][] a = {{a11, a12, a13}, {a12, a22, a23}, {a13, a23, a33}};
        QuadraticSolution general = QuadraticForm.of(a, new double[] {b1, b2, b3}, 0).solve();
        assertThat(fast).isEqualTo(general.classification().definiteness());
        assertSamePoint(x, general);
    }

    @Property(tries = 300)
    void rankTwoThreeByThreeIsSingular(@ForAll @DoubleRange(min = -3, max = 3) double u1,
            @ForAll @DoubleRange(min = -3, max = 3) double u2, @ForAll @DoubleRange(min = -3, max = 3) double v1,
            @ForAll @DoubleRange(min = -3, max = 3) double v2, @ForAll boolean indefinite) {
        // A = uuᵀ ± vvᵀ with u = (u1, u2, 1) and v = (v1, v2, −1) has rank at most 2.
        double[] u = {u1, u2, 1};
        double[] v = {v1, v2, -1};
        double sign = indefinite ? -1 : 1;
        double[][] a = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                a[i][j] = u[i] * u[j] + sign * v[i] * v[j];
            }
        }
        double[] x = new double[3];

        Definiteness fast = SmallQuadratic.solve3(a[0][0], a[0][1], a[0][2], a[1][1], a[1][2], a[2][2], 1, 0, 0, x);

        Definiteness general = QuadraticForm.of(a, new double[3], 0).classify().definiteness();
        assertThat(fast).isEqualTo(general);
        assertThat(fast).isNotIn(Definiteness.POSITIVE_DEFINITE, Definiteness.NEGATIVE_DEFINITE);
    }

    @Test
    void fieldCasesClassifyLikeGeneralSolver() {
        double[] x = new double[3];

        assertThat(SmallQuadratic.solve3(1, 2, 3, 4, 6, 9, 1, 2, 3, x)).isEqualTo(Definiteness.POSITIVE_SEMIDEFINITE);
        assertThat(x).containsOnly(Double.NaN);
        assertThat(SmallQuadratic.solve3(-1, -2, -3, -4, -6, -9, 1, 2, 3, x))
                .isEqualTo(Definiteness.NEGATIVE_SEMIDEFINITE);
        assertThat(SmallQuadratic.solve3(1, 0, 0, 0, 1, 0, 1, 2, 3, x)).isEqualTo(Definiteness.INDEFINITE);
        assertThat(x).containsExactly(new double[] {-0.5, -1.5, -1}, within(1e-15));
        double a12 = 0.5 * (4273.093076392109 + 4273.093076392048);
        assertThat(SmallQuadratic.solve2(23473.684554963584, a12, 4462.13956661408, 1, 1, x))
                .isEqualTo(Definiteness.POSITIVE_DEFINITE);
        assertThat(SmallQuadratic.solve2(0, 0, 0, 1, 1, x)).isEqualTo(Definiteness.ZERO);
        assertThat(SmallQuadratic.solve3(0, 0, 0, 0, 0, 0, 1, 1, 1, x)).isEqualTo(Definiteness.ZERO);
    }

    @Test
    void classificationIsScaleInvariant() {
        double[] x = new double[3];
        for (double scale : new double[] {1e-12, 1, 1e12}) {
            assertThat(SmallQuadratic.solve2(scale, 2 * scale, 4 * scale, 0, 0, x))
                    .isEqualTo(Definiteness.POSITIVE_SEMIDEFINITE);
            assertThat(SmallQuadratic.solve2(2 * scale, scale, 3 * scale, scale, scale, x))
                    .isEqualTo(Definiteness.POSITIVE_DEFINITE);
            // x* = −A⁻¹b/2 does not depend on a common scale of A and b.
            assertThat(x[0]).isCloseTo(-0.2, within(1e-15));
            assertThat(x[1]).isCloseTo(-0.1, within(1e-15));
            assertThat(SmallQuadratic.solve3(scale, 2 * scale, 3 * scale, 4 * scale, 6 * scale, 9 * scale, 0, 0, 0, x))
                    .isEqualTo(Definiteness.POSITIVE_SEMIDEFINITE);
        }
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatThrownBy(() -> SmallQuadratic.solve2(1, Double.NaN, 1, 0, 0, new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a12 must be finite, got NaN");
        assertThatThrownBy(() -> SmallQuadratic.solve3(1, 0, 0, 1, 0, 1, 0, 0, 0, new double[2]))
                .hasMessage("x must have length >= 3, got 2");
        assertThatThrownBy(() -> SmallQuadratic.solve3(1, 0, 0, 1, 0, 1, 0, Double.POSITIVE_INFINITY, 0, new double[3]))
                .hasMessage("b2 must be finite, got Infinity");
    }

    private static void assertSamePoint(double[] x, QuadraticSolution general) {
        Definiteness d = general.classification().definiteness();
        if (d == Definiteness.POSITIVE_DEFINITE || d == Definiteness.NEGATIVE_DEFINITE || d == Definiteness.INDEFINITE
                && general.classification().rank() == x.length) {
            double[] expected = general.point();
            double size = 0;
            for (double v : expected) {
                size = Math.max(size, Math.abs(v));
            }
            // Both are backward stable; random matrices here have κ below about 1e6 except rarely,
            // so the relative tolerance is κ·ε scaled by the condition estimate of the general solve.
            double tolerance = 1e3 * Math.ulp(1.0) * Math.max(1, general.conditionEstimate()) * Math.max(1, size);
            for (int i = 0; i < x.length; i++) {
                assertThat(x[i]).isCloseTo(expected[i], within(tolerance));
            }
        }
    }

    @Test
    void extremeScalesGiveUnitScaleAnswer() {
        // 2·s·xᵢ = −s for every scale s, so x = (−0.5, −0.5[, −0.5]) and A is positive definite.
        double[] x2 = new double[2];
        double[] x3 = new double[3];

        for (double s : new double[] {1e170, 1e-170, 1e300, 1e-300}) {
            assertThat(SmallQuadratic.solve2(s, 0, s, s, s, x2)).isEqualTo(Definiteness.POSITIVE_DEFINITE);
            assertThat(x2).containsExactly(-0.5, -0.5);
        }
        for (double s : new double[] {1e110, 1e-120, 1e300, 1e-300}) {
            assertThat(SmallQuadratic.solve3(s, 0, 0, s, 0, s, s, s, s, x3)).isEqualTo(Definiteness.POSITIVE_DEFINITE);
            assertThat(x3).containsExactly(-0.5, -0.5, -0.5);
        }
    }

    @Test
    void tinyDefiniteMatrixIsNotSemidefinite() {
        // 1e-170·I has det 1e-340, which underflows without scaling.
        double[] x = new double[2];

        assertThat(SmallQuadratic.solve2(1e-170, 0, 1e-170, 1, 1, x)).isEqualTo(Definiteness.POSITIVE_DEFINITE);
        assertThat(x[0]).isCloseTo(-0.5e170, within(1e155));
    }
}
