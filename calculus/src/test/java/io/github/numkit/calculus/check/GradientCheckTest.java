package io.github.numkit.calculus.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.numkit.calculus.ScalarField;
import io.github.numkit.calculus.VectorField;
import org.junit.jupiter.api.Test;

class GradientCheckTest {

    private static final ScalarField F = p -> Math.sin(p[0]) * p[1] * p[1] + Math.exp(p[2] * p[0]);
    private static final double[] X = {0.4, -1.3, 0.7};

    @Test
    void correctGradientPasses() {
        VectorField gradient = p -> new double[] {
            Math.cos(p[0]) * p[1] * p[1] + p[2] * Math.exp(p[2] * p[0]),
            2 * Math.sin(p[0]) * p[1],
            p[0] * Math.exp(p[2] * p[0])};

        GradientCheckReport report = GradientCheck.check(F, gradient, X, 1e-8);

        assertThat(report.passed()).isTrue();
        assertThat(report.maxRelativeError()).isLessThan(1e-12);
        assertThat(report.coordinates()).hasSize(3);
    }

    @Test
    void buggyComponentIsLocated() {
        // The classic slip: the chain-rule factor p[2] of the last term is missing in ∂f/∂x₀.
        VectorField gradient = p -> new double[] {
            Math.cos(p[0]) * p[1] * p[1] + Math.exp(p[2] * p[0]),
            2 * Math.sin(p[0]) * p[1],
            p[0] * Math.exp(p[2] * p[0])};

        GradientCheckReport report = GradientCheck.check(F, gradient, X, 1e-8);

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).extracting(CoordinateCheck::index).containsExactly(0);
        assertThat(report.failures().get(0).relativeError()).isGreaterThan(0.1);
    }

    @Test
    void rejectsWrongGradientLength() {
        assertThatThrownBy(() -> GradientCheck.check(F, p -> new double[2], X, 1e-8))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("gradient must return 3 components, got 2");
    }

    @Test
    void rejectsBadTolerance() {
        assertThatThrownBy(() -> GradientCheck.check(F, p -> new double[3], X, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tolerance must be finite and > 0, got NaN");
    }
}
