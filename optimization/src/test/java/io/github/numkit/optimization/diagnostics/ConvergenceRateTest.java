package io.github.numkit.optimization.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.optimization.Checkpoints;
import io.github.numkit.optimization.rootfinding.NoisyLinearRoot;
import io.github.numkit.optimization.rootfinding.RobbinsMonro;
import io.github.numkit.optimization.rootfinding.RootEstimate;
import io.github.numkit.optimization.schedule.StepSchedule;
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ConvergenceRateTest {

    private static final NoisyLinearRoot PROBLEM = new NoisyLinearRoot(1, 1, 1);
    private static final long[] CHECKPOINTS = Checkpoints.logarithmic(10_000, 10).iterations();

    /** Squared errors of the averaged and the last iterate at every checkpoint. */
    private static double[] squaredErrors(long seed, boolean averaged) {
        RootEstimate r = RobbinsMonro.with(StepSchedule.power(1, 0, 0.7))
                .checkpoints(Checkpoints.at(CHECKPOINTS)).maxIterations(10_000)
                .solve(PROBLEM, 0, seed);
        double[] e = averaged ? r.averagedTrajectory().errors(new double[] {1})
                : r.iterateTrajectory().errors(new double[] {1});
        for (int i = 0; i < e.length; i++) {
            e[i] *= e[i];
        }
        return e;
    }

    @Test
    void averagedRobbinsMonroMseFallsAsOneOverK() {
        ProgressBand band = ProgressCurves.over(CHECKPOINTS, 400, 1_000, 0.1, 0.9,
                seed -> squaredErrors(seed, true));
        RateFit fit = ConvergenceRate.fit(CHECKPOINTS, band.mean(), 1_000);
        // Over 400 seeds each mean squared error has a relative standard deviation of
        // √(2/400) = 7 %, which moves the slope fitted over one decade by about 0.05; the
        // bound 0.15 is three times that.
        assertThat(fit.slope()).isCloseTo(-1, within(0.15));
        // The constant approaches the Cramér–Rao value σ²/g'² = 1 of this problem; measured 1.20
        // at k = 10,000, where terms of higher order than 1/k still add to it.
        double last = band.mean()[CHECKPOINTS.length - 1];
        assertThat(last * 10_000).isCloseTo(1, within(0.35));
    }

    @Test
    void lastIterateMseFallsAsStepSize() {
        // Without averaging the mean squared error follows the step, k^-0.7 here.
        ProgressBand band = ProgressCurves.over(CHECKPOINTS, 400, 1_000, 0.1, 0.9,
                seed -> squaredErrors(seed, false));
        RateFit fit = ConvergenceRate.fit(CHECKPOINTS, band.mean(), 1_000);
        assertThat(fit.slope()).isCloseTo(-0.7, within(0.15));
    }

    @Test
    void exactPowerLawIsRecovered() {
        long[] k = {1, 10, 100, 1_000};
        double[] e = new double[k.length];
        for (int i = 0; i < k.length; i++) {
            e[i] = 3 * Math.pow(k[i], -0.7);
        }
        RateFit fit = ConvergenceRate.fit(k, e);
        assertThat(fit.slope()).isCloseTo(-0.7, within(1e-12));
        assertThat(fit.predict(50)).isCloseTo(3 * Math.pow(50, -0.7), within(1e-12));
        assertThat(fit.slopeStandardError()).isLessThan(1e-10);
    }

    @Test
    void quantilesMatchCommonsMath() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(4);
        double[] x = new double[37];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble();
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        Percentile reference = new Percentile().withEstimationType(EstimationType.R_7);
        for (double q : new double[] {0, 0.05, 0.1, 0.5, 0.77, 0.9, 1}) {
            double expected = q == 0 ? sorted[0] : reference.evaluate(x, q * 100);
            assertThat(ProgressCurves.quantile(sorted, q)).as("q = %s", q)
                    .isCloseTo(expected, within(1e-15));
        }
    }

    @Test
    void bandIsOrderedAndReproducible() {
        ProgressBand a = ProgressCurves.over(CHECKPOINTS, 20, 5, 0.1, 0.9,
                seed -> squaredErrors(seed, true));
        ProgressBand b = ProgressCurves.over(CHECKPOINTS, 20, 5, 0.1, 0.9,
                seed -> squaredErrors(seed, true));
        assertThat(b.median()).containsExactly(a.median());
        for (int j = 0; j < CHECKPOINTS.length; j++) {
            assertThat(a.lower()[j]).isLessThanOrEqualTo(a.median()[j]);
            assertThat(a.median()[j]).isLessThanOrEqualTo(a.upper()[j]);
        }
        assertThat(a.seeds()).isEqualTo(20);
    }

    @Test
    void rejectsNonPositiveError() {
        assertThatThrownBy(() -> ConvergenceRate.fit(new long[] {1, 2, 3},
                new double[] {1, 0, 0.5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("errors[1] must be finite and > 0, got 0.0");
    }

    @Test
    void rejectsWrongRunLength() {
        assertThatThrownBy(() -> ProgressCurves.over(new long[] {1, 2}, 3, 0, 0.1, 0.9,
                seed -> new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("run for seed 0 must return 2 errors, got 1");
    }
}
