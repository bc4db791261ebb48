package io.github.numkit.optimization.gradientfree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.optimization.Allocation;
import io.github.numkit.optimization.Checkpoints;
import io.github.numkit.optimization.NonFiniteObservationException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class GradientFreeTest {

    private static final double[] TARGET = {1, -2, 0.5, 3, -1};
    private static final double[] WEIGHTS = {1, 2, 0.5, 1.5, 1};
    /**
     * Bound on the median distance to the minimiser from the origin (distance 3.9). Central
     * differences are exact on a quadratic, so the wide c = 1 adds no bias and the error is the
     * measurement noise alone; measured medians over seeds 0 to 9 are 0.006 for SPSA with 20,000
     * iterations and 0.010 for Kiefer-Wolfowitz with 5,000.
     */
    private static final double MEDIAN_BOUND = 0.03;

    /** L(θ) = Σ w_i (θ_i - t_i)² plus N(0, 0.1²) noise; the minimiser is t. */
    private static double noisyQuadratic(double[] theta, UniformRandomProvider rng) {
        double s = 0;
        for (int i = 0; i < theta.length; i++) {
            double d = theta[i] - TARGET[i];
            s += WEIGHTS[i] * d * d;
        }
        return s + 0.1 * ZigguratSampler.NormalizedGaussian.of(rng).sample();
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    @Test
    void spsaCountsEvaluations() {
        GradientFreeResult r = Spsa.spall(0.5, 1, 20_000)
                .minimize(GradientFreeTest::noisyQuadratic, new double[5], 17L);
        assertThat(r.evaluations()).isEqualTo(2 * 20_000);
        assertThat(r.iterations()).isEqualTo(20_000);
    }

    @Test
    void toStringNamesThePointAndTheCounts() {
        GradientFreeResult r = Spsa.spall(0.5, 1, 10).minimize(GradientFreeTest::noisyQuadratic, new double[2], 17L);

        assertThat(r.toString()).startsWith("GradientFreeResult[point=" + java.util.Arrays.toString(r.point()))
                .contains("iterations=10", "evaluations=20", "gains=Gains[");
    }

    /** Median distance to the minimiser over ten seeds, so that no single lucky seed decides. */
    private static double medianError(java.util.function.LongFunction<GradientFreeResult> run) {
        double[] errors = new double[10];
        for (int seed = 0; seed < errors.length; seed++) {
            errors[seed] = distance(run.apply(seed).point(), TARGET);
        }
        java.util.Arrays.sort(errors);
        return 0.5 * (errors[4] + errors[5]);
    }

    @Test
    void spsaMedianErrorIsSmall() {
        double median = medianError(seed -> Spsa.spall(0.5, 1, 20_000)
                .minimize(GradientFreeTest::noisyQuadratic, new double[5], seed));
        assertThat(median).isLessThan(MEDIAN_BOUND);
    }

    @Test
    void kieferWolfowitzMedianErrorIsSmall() {
        double median = medianError(seed -> KieferWolfowitz.spall(0.5, 1, 5_000)
                .minimize(GradientFreeTest::noisyQuadratic, new double[5], seed));
        assertThat(median).isLessThan(MEDIAN_BOUND);
    }

    @Test
    void kieferWolfowitzCountsEvaluations() {
        GradientFreeResult r = KieferWolfowitz.spall(0.5, 0.1, 5_000)
                .minimize(GradientFreeTest::noisyQuadratic, new double[5], 17L);
        // 2p measurements per iteration in dimension p = 5.
        assertThat(r.evaluations()).isEqualTo(10 * 5_000);
    }

    @Test
    void spallDefaultsAreDocumentedValues() {
        Gains g = Spsa.spall(0.5, 0.1, 1_000).gains();
        assertThat(g.alpha()).isEqualTo(0.602);
        assertThat(g.gamma()).isEqualTo(0.101);
        assertThat(g.stabilityConstant()).isEqualTo(100);
        // a_k = a/(A + k)^α and c_k = c/k^γ, that is a/(A + k + 1)^α counted from k = 0.
        assertThat(g.step(1)).isEqualTo(0.5 / Math.pow(101, 0.602));
        assertThat(g.width(8)).isEqualTo(0.1 / Math.pow(8, 0.101));
    }

    @Test
    void calibrationSetsFirstStepSize() {
        // A noiseless linear loss in one dimension has the exact gradient estimate 4, so the
        // first step must be exactly the target and a = target (A + 1)^α / 4.
        NoisyLoss linear = (theta, rng) -> 4 * theta[0];
        Spsa method = Spsa.spall(1, 0.1, 100).calibrated(0.25, 3);
        Gains calibrated = method.calibrate(linear, new double[] {0}, 0.25, 3,
                RandomSource.XO_RO_SHI_RO_128_PP.create(1));
        assertThat(calibrated.a()).isCloseTo(0.25 * Math.pow(11, 0.602) / 4, within(1e-12));

        List<Double> steps = new ArrayList<>();
        GradientFreeResult r = method.trace((k, n, point, loss, step, accepted) -> steps.add(step))
                .minimize(linear, new double[] {0}, 1L);
        assertThat(steps.get(0)).isCloseTo(0.25, within(1e-12));
        assertThat(r.gains().a()).isCloseTo(calibrated.a(), within(1e-12));
        // Three trials of two measurements each come before the run.
        assertThat(r.evaluations()).isEqualTo(6 + 2 * 100);
    }

    @Test
    void blockingRejectsRisingSteps() {
        List<double[]> trace = new ArrayList<>();
        GradientFreeResult r = Spsa.spall(0.5, 1, 20_000).blocking(0.2)
                .trace((k, n, point, loss, step, accepted) ->
                        trace.add(new double[] {n, loss, accepted ? 1 : 0}))
                .minimize(GradientFreeTest::noisyQuadratic, new double[5], 3L);
        assertThat(r.blocked()).isPositive();
        assertThat(r.blocked()).isEqualTo(trace.stream().filter(t -> t[2] == 0).count());
        // Three measurements per iteration, plus one at the start.
        assertThat(r.evaluations()).isEqualTo(1 + 3 * 20_000);
        assertThat(trace.get(0)[0]).isEqualTo(4);
        assertThat(distance(r.point(), TARGET)).isLessThan(MEDIAN_BOUND);
    }

    @Test
    void traceCountsEvaluations() {
        List<Long> evaluations = new ArrayList<>();
        KieferWolfowitz.spall(0.5, 0.1, 50)
                .trace((k, n, point, loss, step, accepted) -> evaluations.add(n))
                .minimize(GradientFreeTest::noisyQuadratic, new double[5], 3L);
        assertThat(evaluations).hasSize(50);
        for (int k = 0; k < 50; k++) {
            assertThat(evaluations.get(k)).isEqualTo(10L * (k + 1));
        }
    }

    @Test
    void sameSeedGivesSameTrajectory() {
        Spsa method = Spsa.spall(0.5, 0.1, 1_000).checkpoints(Checkpoints.every(100, 1_000));
        GradientFreeResult a = method.minimize(GradientFreeTest::noisyQuadratic, new double[5], 8L);
        GradientFreeResult b = method.minimize(GradientFreeTest::noisyQuadratic, new double[5], 8L);
        assertThat(a.trajectory().size()).isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            assertThat(b.trajectory().point(i)).containsExactly(a.trajectory().point(i));
        }
    }

    @Test
    void nonFiniteLossNamesIterationAndPoint() {
        NoisyLoss loss = (theta, rng) -> theta[0] > 0.5 ? Double.POSITIVE_INFINITY
                : (theta[0] - 2) * (theta[0] - 2);
        assertThatThrownBy(() -> Spsa.spall(1, 0.01, 100).minimize(loss, new double[] {0}, 1L))
                .isInstanceOf(NonFiniteObservationException.class)
                .hasMessageStartingWith("loss must be finite, got Infinity at iteration ");
    }

    @Test
    void zeroGradientCalibrationFails() {
        assertThatThrownBy(() -> Spsa.spall(1, 0.1, 10).calibrated(0.1, 2)
                .minimize((theta, rng) -> 1.0, new double[] {0, 0}, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("calibration of a failed");
    }

    @Test
    void invalidGainsAreRejected() {
        assertThatThrownBy(() -> Gains.spall(0, 0.1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a must be finite and > 0, got 0.0");
        assertThatThrownBy(() -> Spsa.spall(1, -0.1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("c must be finite and > 0, got -0.1");
        assertThatThrownBy(() -> Spsa.spall(1, 0.1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("iterations must be >= 1, got 0");
    }

    @Test
    void iterationsAllocateNothing() {
        NoisyLoss loss = (theta, rng) -> {
            double s = 0;
            for (double v : theta) {
                s += v * v;
            }
            return s + 0.01 * (rng.nextDouble() - 0.5);
        };
        double[] start = {1, 1, 1};
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1);
        Spsa shortRun = Spsa.spall(0.1, 0.1, 1_000);
        Spsa longRun = Spsa.spall(0.1, 0.1, 101_000);
        shortRun.minimize(loss, start, rng);
        longRun.minimize(loss, start, rng);
        long small = Allocation.measure(() -> shortRun.minimize(loss, start, rng));
        long large = Allocation.measure(() -> longRun.minimize(loss, start, rng));
        org.junit.jupiter.api.Assumptions.assumeTrue(small >= 0, "allocation counter missing");
        assertThat(large - small).isLessThan(10_000);
    }
}
