package io.github.numkit.optimization.rootfinding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.optimization.Allocation;
import io.github.numkit.optimization.Checkpoints;
import io.github.numkit.optimization.DivergenceException;
import io.github.numkit.optimization.NonFiniteObservationException;
import io.github.numkit.optimization.Trajectory;
import io.github.numkit.optimization.schedule.ScheduleCheck;
import io.github.numkit.optimization.schedule.StepSchedule;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class RobbinsMonroTest {

    private static final ScalarObservation SHIFTED_NORMAL = (w, rng) ->
            w - 3 + ZigguratSampler.NormalizedGaussian.of(rng).sample();

    @Test
    void scalarRootWithinFiveStandardErrors() {
        NoisyLinearRoot g = new NoisyLinearRoot(3, 1, 1);
        RootEstimate r = RobbinsMonro.with(StepSchedule.power(1, 0, 0.7))
                .maxIterations(100_000).solve(g, 0, 42L);
        // The averaged estimate has standard deviation σ/(g'√n) = 1/316; five of them is 0.016.
        assertThat(r.root()).isCloseTo(3, within(5 / Math.sqrt(100_000)));
        assertThat(r.iterations()).isEqualTo(100_000);
        assertThat(r.stopReason()).isEqualTo(StopReason.ITERATION_BUDGET);
        assertThat(r.scheduleCheck().meetsConditions()).isTrue();
    }

    @Test
    void toStringNamesTheEstimateAndTheStop() {
        RootEstimate r = RobbinsMonro.with(StepSchedule.power(1, 0, 0.7))
                .maxIterations(100).solve(new NoisyLinearRoot(3, 1, 1), 0, 42L);

        assertThat(r.toString()).startsWith("RootEstimate[average=[" + r.root() + "], last=")
                .contains("iterations=100", "stopReason=ITERATION_BUDGET");
    }

    @Test
    void harmonicStepGivesRunningMean() {
        // With a_k = 1/k and Y_k = w - x_k the iterate is exactly the mean of x_1, ..., x_k.
        double[] x = new double[1_000];
        var source = RandomSource.XO_RO_SHI_RO_128_PP.create(9);
        for (int i = 0; i < x.length; i++) {
            x[i] = source.nextDouble() * 100;
        }
        int[] next = {0};
        RootEstimate r = RobbinsMonro.with(k -> 1.0 / k).maxIterations(x.length)
                .solve((w, rng) -> w - x[next[0]++], 0, 1L);
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        assertThat(r.last()[0]).isCloseTo(sum / x.length, within(1e-11));
    }

    @Test
    void vectorRootOfLinearSystem() {
        double[][] a = {{2, 0.5}, {0.5, 1}};
        double[] b = {1, -2};
        RealMatrix matrix = new Array2DRowRealMatrix(a);
        double[] root = new LUDecomposition(matrix).getSolver()
                .solve(new ArrayRealVector(b)).toArray();
        VectorObservation g = (w, rng, out) -> {
            for (int i = 0; i < 2; i++) {
                out[i] = a[i][0] * w[0] + a[i][1] * w[1] - b[i]
                        + 0.5 * ZigguratSampler.NormalizedGaussian.of(rng).sample();
            }
        };
        RootEstimate r = RobbinsMonro.with(StepSchedule.power(1, 10, 0.75))
                .maxIterations(200_000).solve(g, new double[] {5, 5}, 7L);
        // Asymptotic standard deviation of each entry is at most 0.5 ‖A⁻¹‖/√n ≈ 1.4e-3.
        assertThat(r.average()[0]).isCloseTo(root[0], within(0.01));
        assertThat(r.average()[1]).isCloseTo(root[1], within(0.01));
    }

    @Test
    void boxProjectionStopsAtBoundary() {
        RootEstimate r = RobbinsMonro.with(StepSchedule.power(1, 0, 0.7))
                .box(new double[] {0}, new double[] {2})
                .checkpoints(Checkpoints.every(100, 20_000))
                .maxIterations(20_000).solve(new NoisyLinearRoot(3, 1, 1), 1, 3L);
        // The root 3 lies outside [0, 2], so the projected iterates pile up at 2.
        assertThat(r.root()).isCloseTo(2, within(0.05));
        Trajectory t = r.iterateTrajectory();
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.point(i)[0]).isBetween(0.0, 2.0);
        }
    }

    @Test
    void toleranceStopsEarly() {
        RootEstimate r = RobbinsMonro.with(StepSchedule.power(1, 0, 0.7))
                .tolerance(1e-3, 500).maxIterations(1_000_000)
                .solve(new NoisyLinearRoot(3, 1, 1), 0, 5L);
        assertThat(r.stopReason()).isEqualTo(StopReason.TOLERANCE);
        assertThat(r.iterations()).isLessThan(1_000_000).isGreaterThanOrEqualTo(1_000);
        assertThat(r.averageChange()).isLessThan(1e-3);
        assertThat(r.iterations() % 500).isZero();
    }

    @Test
    void checkpointsRecordTrajectory() {
        RootEstimate r = RobbinsMonro.with(StepSchedule.power(1, 0, 0.7))
                .checkpoints(Checkpoints.at(1, 10, 100, 1_000, 5_000))
                .maxIterations(1_000).solve(new NoisyLinearRoot(3, 1, 1), 0, 5L);
        assertThat(r.averagedTrajectory().iterations()).containsExactly(1, 10, 100, 1_000);
        assertThat(r.averagedTrajectory().point(3)).containsExactly(r.average());
        assertThat(r.iterateTrajectory().point(3)).containsExactly(r.last());
    }

    @Test
    void sameSeedGivesSameTrajectory() {
        RobbinsMonro method = RobbinsMonro.with(StepSchedule.power(1, 0, 0.7))
                .checkpoints(Checkpoints.logarithmic(10_000, 5)).maxIterations(10_000);
        RootEstimate first = method.solve(SHIFTED_NORMAL, 0, 77L);
        RootEstimate second = method.solve(SHIFTED_NORMAL, 0, 77L);
        RootEstimate other = method.solve(SHIFTED_NORMAL, 0, 78L);
        for (int i = 0; i < first.iterateTrajectory().size(); i++) {
            assertThat(second.iterateTrajectory().point(i))
                    .containsExactly(first.iterateTrajectory().point(i));
        }
        assertThat(other.root()).isNotEqualTo(first.root());
    }

    @Test
    void scalarAndVectorPathsAgree() {
        RobbinsMonro method = RobbinsMonro.with(StepSchedule.power(1, 0, 0.7))
                .box(new double[] {-1}, new double[] {2.5})
                .checkpoints(Checkpoints.every(50, 2_000)).maxIterations(2_000);
        RootEstimate scalar = method.solve(SHIFTED_NORMAL, 0, 12L);
        RootEstimate vector = method.solve((w, rng, out) -> out[0] = SHIFTED_NORMAL.observe(w[0], rng),
                new double[] {0}, 12L);
        assertThat(vector.average()).containsExactly(scalar.average());
        for (int i = 0; i < scalar.iterateTrajectory().size(); i++) {
            assertThat(vector.iterateTrajectory().point(i))
                    .containsExactly(scalar.iterateTrajectory().point(i));
        }
    }

    @Test
    void divergenceReportsOnset() {
        // g(w) = -w has an unstable root at 0: every step pushes w further away, by the factor
        // (1 + a_k), from the first iteration on.
        StepSchedule schedule = StepSchedule.power(1, 0, 0.7);
        long expected = 0;
        double w = 1;
        while (Math.abs(w) <= 1e15) {
            expected++;
            w += schedule.step(expected) * w;
        }
        long detected = expected;
        assertThatThrownBy(() -> RobbinsMonro.with(schedule).maxIterations(1_000_000)
                .solve((x, rng) -> -x, 1, 1L))
                .isInstanceOfSatisfying(DivergenceException.class, e -> {
                    assertThat(e.onsetIteration()).isEqualTo(1);
                    assertThat(e.detectedIteration()).isEqualTo(detected);
                    assertThat(e.point()[0]).isGreaterThan(1e15);
                })
                .hasMessageContaining("Robbins-Monro diverged")
                .hasMessageContaining("since iteration 1")
                .hasMessageContaining(", above the divergence bound 1e15 at iteration "
                        + detected);
    }

    @Test
    void overflowingIterateIsDivergence() {
        // With the bound at the largest double, w_1 = MAX_VALUE and w_2 overflows to infinity.
        assertThatThrownBy(() -> RobbinsMonro.with(k -> 1.0).allowingAnySchedule()
                .divergenceBound(Double.MAX_VALUE)
                .solve((w, rng) -> -Double.MAX_VALUE, 0, 1L))
                .isInstanceOfSatisfying(DivergenceException.class, e -> {
                    assertThat(e.onsetIteration()).isEqualTo(1);
                    assertThat(e.detectedIteration()).isEqualTo(2);
                    assertThat(e.point()[0]).isInfinite();
                })
                .hasMessageContaining("the iterate stopped being finite at iteration 2");
    }

    @Test
    void nonFiniteObservationNamesIterationAndPoint() {
        ScalarObservation g = (w, rng) -> w > 2.5 ? Math.log(-1) : w - 3;
        assertThatThrownBy(() -> RobbinsMonro.with(StepSchedule.power(1, 0, 1))
                .solve(g, 0, 1L))
                .isInstanceOfSatisfying(NonFiniteObservationException.class, e -> {
                    // w_1 = 0 - 1 (0 - 3) = 3 is the first point where g is undefined.
                    assertThat(e.iteration()).isEqualTo(2);
                    assertThat(e.point()).containsExactly(3.0);
                })
                .hasMessageStartingWith("g(w) must be finite, got NaN at iteration 2 at point [3.0]");
    }

    @Test
    void nonFiniteObservationInsideBox() {
        // The box would clip w - a * (-infinity) back to 2, so the observation itself is checked.
        ScalarObservation g = (w, rng) -> w > 0.5 ? Double.NEGATIVE_INFINITY : w - 1;
        assertThatThrownBy(() -> RobbinsMonro.with(StepSchedule.power(1, 0, 1))
                .box(new double[] {0}, new double[] {2})
                .solve(g, 0, 1L))
                .isInstanceOfSatisfying(NonFiniteObservationException.class, e -> {
                    // w_1 = 0 - 1 (0 - 1) = 1 is the first point where g is infinite.
                    assertThat(e.iteration()).isEqualTo(2);
                    assertThat(e.point()).containsExactly(1.0);
                })
                .hasMessageStartingWith("g(w) must be finite, got -Infinity at iteration 2");
    }

    @Test
    void infiniteObservationWithoutBox() {
        ScalarObservation g = (w, rng) -> w > 0.5 ? Double.POSITIVE_INFINITY : w - 1;
        assertThatThrownBy(() -> RobbinsMonro.with(StepSchedule.power(1, 0, 1))
                .solve(g, 0, 1L))
                .isInstanceOfSatisfying(NonFiniteObservationException.class, e -> {
                    assertThat(e.iteration()).isEqualTo(2);
                    assertThat(e.point()).containsExactly(1.0);
                })
                .hasMessageStartingWith("g(w) must be finite, got Infinity at iteration 2");
    }

    @Test
    void underflowingPowerStepNamesIteration() {
        // 2^-1000 is a normal double, but 3^1000 overflows, so the third step is 1/inf = 0.
        assertThatThrownBy(() -> RobbinsMonro.with(StepSchedule.power(1, 0, 1000))
                .allowingAnySchedule()
                .solve(new NoisyLinearRoot(3, 1, 1), 0, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step size at iteration 3 must be finite and > 0, got 0.0");
    }

    @Test
    void failingScheduleIsRejected() {
        assertThatThrownBy(() -> RobbinsMonro.with(StepSchedule.power(1, 0, 0.5))
                .solve(new NoisyLinearRoot(3, 1, 1), 0, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("schedule rejected: the schedule 1/k^0.5 fails")
                .hasMessageEndingWith("use allowingAnySchedule() to run it anyway");
    }

    @Test
    void undeterminedScheduleRunsWithWarning() {
        // Σ 1/(k ln(k + 1)) diverges and its squares converge, but sampled values cannot show it:
        // the run proceeds and the result carries the undetermined check.
        RootEstimate r = RobbinsMonro.with(k -> 1.0 / (k * Math.log(k + 1)))
                .solve((w, rng) -> w - 2, 0.0, 1L);
        assertThat(r.scheduleCheck().verdict()).isEqualTo(ScheduleCheck.Verdict.UNDETERMINED);
        assertThat(r.scheduleCheck().explanation()).contains("cannot determine it");
        assertThat(r.root()).isFinite();
    }

    @Test
    void constantStepRunsWhenAllowed() {
        RootEstimate r = RobbinsMonro.with(StepSchedule.constant(0.01)).allowingAnySchedule()
                .maxIterations(50_000).solve(new NoisyLinearRoot(3, 1, 1), 0, 1L);
        assertThat(r.root()).isCloseTo(3, within(0.05));
        assertThat(r.scheduleCheck().meetsConditions()).isFalse();
    }

    @Test
    void nonPositiveStepNamesIteration() {
        assertThatThrownBy(() -> RobbinsMonro.with(k -> k < 3 ? 0.1 : 0.0).allowingAnySchedule()
                .solve(new NoisyLinearRoot(3, 1, 1), 0, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step size at iteration 3 must be finite and > 0, got 0.0");
    }

    @Test
    void iterationsAllocateNothing() {
        RobbinsMonro shortRun = RobbinsMonro.with(StepSchedule.power(1, 0, 0.7))
                .maxIterations(1_000);
        RobbinsMonro longRun = shortRun.maxIterations(201_000);
        NoisyLinearRoot g = new NoisyLinearRoot(3, 1, 1);
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1);
        shortRun.solve(g, 0, rng);
        longRun.solve(g, 0, rng);
        long small = Allocation.measure(() -> shortRun.solve(g, 0, rng));
        long large = Allocation.measure(() -> longRun.solve(g, 0, rng));
        org.junit.jupiter.api.Assumptions.assumeTrue(small >= 0, "allocation counter missing");
        // 200,000 extra iterations: any allocation per iteration would add at least 3 MB.
        assertThat(large - small).isLessThan(10_000);
    }
}
