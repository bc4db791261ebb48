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
import java.math.BigDecimal;
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
        double d = ForwardMode.directionalAllocationFree(rosenbrock, new double[] {-1.2, 1}, new double[] {3, 4});

        // ∇f(x, 1) = (−2(1 − x) − 400x(1 − x²), 200(1 − x²)) in closed form, at the double nearest
        // −1.2, which is not −1.2: D = −199.75999999999994750…, 1 ulp from what the README prints.
        BigDecimal x = new BigDecimal(-1.2);
        BigDecimal inner = BigDecimal.ONE.subtract(x.multiply(x));
        BigDecimal dx = BigDecimal.valueOf(-2).multiply(BigDecimal.ONE.subtract(x))
                .subtract(BigDecimal.valueOf(400).multiply(x).multiply(inner));
        BigDecimal dy = BigDecimal.valueOf(200).multiply(inner);
        double exact = dx.multiply(BigDecimal.valueOf(3)).add(dy.multiply(BigDecimal.valueOf(4)))
                .divide(BigDecimal.valueOf(5)).doubleValue();
        assertThat(d).isCloseTo(exact, within(2 * Math.ulp(exact)));
        assertThat(d).as("the value the README prints").isEqualTo(-199.75999999999996);
    }
}
