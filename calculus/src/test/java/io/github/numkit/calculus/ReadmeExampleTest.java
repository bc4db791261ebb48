package io.github.numkit.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.calculus.difference.Richardson;
import io.github.numkit.calculus.directional.DirectionalDerivative;
import io.github.numkit.calculus.directional.DirectionalDerivatives;
import io.github.numkit.calculus.dual.ForwardMode;
import io.github.numkit.calculus.expression.Expression;
import org.junit.jupiter.api.Test;

/** Compiles and runs the usage example of the module README, line for line. */
class ReadmeExampleTest {

    @Test
    void usageExampleRuns() {
        Expression f = Expression.parse("x^2 + y^2");
        double[] p0 = {1, 2};
        GradientEstimate g = ForwardMode.gradient(f, p0);                                     // (2, 4), exact
        DirectionalDerivative d = DirectionalDerivatives.byDual(f, p0, new double[] {3, 4});  // 4.4
        DerivativeEstimate r = Richardson.create().derivative(Math::exp, 1.0);                // e, with an error estimate

        assertThat(g.values()).containsExactly(2, 4);
        assertThat(d.value()).isEqualTo(4.4);
        assertThat(r.value()).isCloseTo(Math.E, within(r.errorEstimate()));
        assertThat(r.errorEstimate()).isLessThan(1e-12);
    }
}
