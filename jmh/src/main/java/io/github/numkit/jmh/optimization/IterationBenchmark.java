package io.github.numkit.jmh.optimization;

import io.github.numkit.optimization.rootfinding.RobbinsMonro;
import io.github.numkit.optimization.rootfinding.ScalarObservation;
import io.github.numkit.optimization.schedule.StepSchedule;
import io.github.numkit.optimization.streaming.RunningMoments;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one Robbins–Monro iteration and of one incremental-mean update, each against a plain
 * loop doing the same arithmetic. The noise is a uniform draw, cheap enough that the iteration
 * itself dominates. Scores are nanoseconds per iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class IterationBenchmark {

    private static final int N = 1_000_000;
    private static final double ROOT = 2;

    private double[] samples;
    private RobbinsMonro method;
    private ScalarObservation observation;

    /** Draws the samples for the mean and builds the method, from a fixed seed. */
    @Setup
    public void setUp() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        samples = new double[N];
        for (int i = 0; i < N; i++) {
            samples[i] = 1e6 + rng.nextDouble();
        }
        method = RobbinsMonro.with(StepSchedule.power(1, 0, 0.7)).maxIterations(N);
        observation = (w, r) -> w - ROOT + (r.nextDouble() - 0.5);
    }

    /**
     * Runs 10<sup>6</sup> Robbins–Monro iterations with averaging through the library.
     *
     * @return the averaged root
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public double robbinsMonroNumkit() {
        return method.solve(observation, 0, RandomSource.XO_RO_SHI_RO_128_PP.create(7L)).root();
    }

    /**
     * Runs the same iterations as a plain loop: step, observation, update and running average,
     * with the finite check the library makes.
     *
     * @return the averaged root
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public double robbinsMonroPlainLoop() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        double w = 0;
        double average = 0;
        for (int k = 1; k <= N; k++) {
            double a = 1 / Math.pow(k, 0.7);
            double y = w - ROOT + (rng.nextDouble() - 0.5);
            if (!Double.isFinite(y)) {
                throw new ArithmeticException("observation " + k);
            }
            w -= a * y;
            average += (w - average) / k;
        }
        return average;
    }

    /**
     * Runs the plain loop with the iteration counter kept as a double, which avoids an
     * int-to-double conversion per iteration; the library's loop does the same.
     *
     * @return the averaged root
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public double robbinsMonroPlainLoopDoubleCounter() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        double w = 0;
        double average = 0;
        double kAsDouble = 0;
        for (int k = 1; k <= N; k++) {
            kAsDouble += 1;
            double a = 1 / Math.pow(kAsDouble, 0.7);
            double y = w - ROOT + (rng.nextDouble() - 0.5);
            if (!Double.isFinite(y)) {
                throw new ArithmeticException("observation " + k);
            }
            w -= a * y;
            average += (w - average) / kAsDouble;
        }
        return average;
    }

    /**
     * Adds 10<sup>6</sup> values to the library's running mean and variance.
     *
     * @return the variance
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public double incrementalMeanNumkit() {
        RunningMoments moments = new RunningMoments();
        for (double x : samples) {
            moments.add(x);
        }
        return moments.variance();
    }

    /**
     * Runs Welford's update as a plain loop over the same values.
     *
     * @return the variance
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public double incrementalMeanPlainLoop() {
        double mean = 0;
        double squares = 0;
        long n = 0;
        for (double x : samples) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("observation " + (n + 1));
            }
            n++;
            double delta = x - mean;
            mean += delta / n;
            squares += delta * (x - mean);
        }
        return squares / (n - 1);
    }
}
