package io.github.numkit.optimization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.optimization.descent.DescentResult;
import io.github.numkit.optimization.descent.GradientDescent;
import io.github.numkit.optimization.descent.LeastSquares;
import io.github.numkit.optimization.rootfinding.NoisyLinearRoot;
import io.github.numkit.optimization.rootfinding.RobbinsMonro;
import io.github.numkit.optimization.rootfinding.RootEstimate;
import io.github.numkit.optimization.schedule.StepSchedule;
import org.junit.jupiter.api.Test;

/** Runs the examples of the module README exactly as printed there. */
class ReadmeExampleTest {

    @Test
    void robbinsMonroExample() {
        // README example, first block.
        RootEstimate r = RobbinsMonro.with(StepSchedule.power(1, 0, 0.7))
                .maxIterations(100_000)
                .solve(new NoisyLinearRoot(3, 1, 1), 0, 42L);
        double root = r.root();

        // The averaged estimate has standard deviation 1/√100000 = 0.0032.
        assertThat(root).isCloseTo(3, within(5 / Math.sqrt(100_000)));
    }

    @Test
    void leastSquaresExample() {
        double[][] x = {{0}, {1}, {2}, {3}};
        double[] y = {1, 3, 5, 7};
        // README example, second block.
        LeastSquares problem = LeastSquares.of(x, y, true);
        DescentResult fit = GradientDescent.batch(StepSchedule.constant(0.1))
                .epochs(2_000)
                .minimize(problem, new double[2], 1L);
        double[] exact = problem.exactMinimiser();

        // y = 1 + 2x exactly, so both solutions are (1, 2).
        assertThat(exact[0]).isCloseTo(1, within(1e-12));
        assertThat(exact[1]).isCloseTo(2, within(1e-12));
        assertThat(fit.distanceTo(exact)).isLessThan(1e-10);
    }
}
