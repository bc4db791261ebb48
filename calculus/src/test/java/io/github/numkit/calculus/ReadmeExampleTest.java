package io.github.numkit.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.calculus.difference.Richardson;
import io.github.numkit.calculus.directional.DirectionalDerivative;
import io.github.numkit.calculus.directional.DirectionalDerivatives;
import io.github.numkit.calculus.dual.Dual;
import io.github.numkit.calculus.dual.DualAccumulator;
import io.github.numkit.calculus.dual.DualPointField;
import io.github.numkit.calculus.dual.ForwardMode;
import io.github.numkit.calculus.expression.Expression;
import org.junit.jupiter.api.Test;

/** Compiles and runs the usage examples of the module README, line for line. */
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

    @Test
    void allocationFreeExampleRuns() {
        DualPointField rosenbrock = x -> {
            DualAccumulator sum = new DualAccumulator();
            for (int i = 0; i + 1 < x.dimension(); i++) {
                Dual xi = x.get(i);
                Dual a = x.get(i + 1).subtract(xi.multiply(xi));
                Dual b = xi.negate().add(1);
                sum.add(a.multiply(a).multiply(100)).add(b.multiply(b));
            }
            return sum.get();
        };
        double d = ForwardMode.directionalAllocationFree(rosenbrock, new double[] {-1.2, 1}, new double[] {3, 4});  // -199.76

        // ∇f(−1.2, 1) = (−215.6, −88) in closed form, and (−215.6·3 − 88·4)/5 = −199.76; the terms
        // are near 1e3, so a few ulps of them is below 1e-12.
        assertThat(d).isCloseTo(-199.76, within(1e-12));
    }
}
