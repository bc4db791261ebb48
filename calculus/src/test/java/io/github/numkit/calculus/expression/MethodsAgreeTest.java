package io.github.numkit.calculus.expression;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.numkit.calculus.GradientEstimate;
import io.github.numkit.calculus.MatrixEstimate;
import io.github.numkit.calculus.difference.FiniteDifference;
import io.github.numkit.calculus.difference.Richardson;
import io.github.numkit.calculus.dual.ForwardMode;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Checks that the two independent ways agree on random smooth expressions of x and y: dual numbers
 * against Richardson extrapolation for the gradient, and hyper-dual numbers against second
 * differences for the Hessian.
 */
class MethodsAgreeTest {

    private static final String[] UNARY = {"exp(%s)", "sin(%s)", "cos(%s)", "atan(%s)", "tanh(%s)",
        "sqrt(1 + (%s)^2)", "log(1 + (%s)^2)", "(%s)^3", "-(%s)"};
    private static final String[] BINARY = {"(%s) + (%s)", "(%s) - (%s)", "(%s) * (%s)", "(%s) / (2 + sin(%s))",
        "hypot(%s, %s)", "atan2(%s, 3 + cos(%s))"};

    /** Builds a random expression of depth at most {@code depth} from smooth pieces. */
    private static String expression(SplittableRandom random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return switch (random.nextInt(4)) {
                case 0 -> "x";
                case 1 -> "y";
                case 2 -> Double.toString(Math.round(random.nextDouble(-3, 3) * 10) / 10.0);
                default -> "x*y";
            };
        }
        if (random.nextBoolean()) {
            return String.format(UNARY[random.nextInt(UNARY.length)], expression(random, depth - 1));
        }
        return String.format(BINARY[random.nextInt(BINARY.length)], expression(random, depth - 1),
                expression(random, depth - 1));
    }

    @Property(tries = 200, seed = "20261204")
    void dualGradientAgreesWithRichardson(@ForAll long seed) {
        Expression f = Expression.parse(expression(new SplittableRandom(seed), 4), java.util.List.of("x", "y"));
        double[] p = {0.3, -0.7};
        if (!Double.isFinite(f.value(p))) {
            return;
        }

        GradientEstimate exact = ForwardMode.gradient(f, p);
        GradientEstimate extrapolated = Richardson.create().gradient(f, p);

        for (int i = 0; i < 2; i++) {
            double difference = Math.abs(exact.values()[i] - extrapolated.values()[i]);
            // The estimate is honest in about 99.9% of cases, so a factor 10 leaves room for the
            // rest. The floor covers rounding of the dual value itself.
            double allowed = 10 * extrapolated.errorEstimates()[i] + 1e-14 * Math.abs(exact.values()[i]);
            assertThat(difference).as("d/d%s of %s", i == 0 ? "x" : "y", f.text()).isLessThanOrEqualTo(allowed);
        }
    }

    @Property(tries = 100, seed = "20261205")
    void hyperDualHessianAgreesWithDifferences(@ForAll long seed) {
        Expression f = Expression.parse(expression(new SplittableRandom(seed), 3), java.util.List.of("x", "y"));
        double[] p = {0.3, -0.7};
        if (!Double.isFinite(f.value(p))) {
            return;
        }

        MatrixEstimate exact = ForwardMode.hessian(f, p);
        MatrixEstimate differences = FiniteDifference.central().withTypicalMagnitude(1, 1).hessian(f, p);

        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double difference = Math.abs(exact.get(i, j) - differences.get(i, j));
                double allowed = 10 * differences.errorEstimates()[i][j] + 1e-12 * Math.abs(exact.get(i, j));
                assertThat(difference).as("H[%d][%d] of %s", i, j, f.text()).isLessThanOrEqualTo(allowed);
            }
        }
    }
}
