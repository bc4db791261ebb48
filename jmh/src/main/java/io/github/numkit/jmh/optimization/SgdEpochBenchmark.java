package io.github.numkit.jmh.optimization;

import io.github.numkit.optimization.descent.GradientDescent;
import io.github.numkit.optimization.descent.LeastSquares;
import io.github.numkit.optimization.schedule.StepSchedule;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One epoch of gradient descent on least squares with 10<sup>6</sup> rows and 10 columns (80 MB
 * of design, 8 MB of response), each against a plain loop: single-sample SGD over a reshuffled
 * order, and one batch gradient step, which streams the data in order. Effective memory
 * throughput is 88 MB divided by the score. Scores are milliseconds per epoch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class SgdEpochBenchmark {

    private static final int M = 1_000_000;
    private static final int P = 10;
    private static final double STEP = 0.01;

    private double[] x;
    private double[] y;
    private LeastSquares problem;
    private GradientDescent sgd;
    private GradientDescent batch;
    private int[] order;

    /** Draws the data from a fixed seed. */
    @Setup
    public void setUp() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        x = new double[M * P];
        y = new double[M];
        for (int i = 0; i < M; i++) {
            double s = 0;
            for (int j = 0; j < P; j++) {
                double v = 2 * rng.nextDouble() - 1;
                x[i * P + j] = v;
                s += (j + 1) * v;
            }
            y[i] = s + 0.1 * (rng.nextDouble() - 0.5);
        }
        problem = LeastSquares.wrap(x, y, P);
        sgd = GradientDescent.stochastic(StepSchedule.constant(STEP)).epochs(1);
        batch = GradientDescent.batch(StepSchedule.constant(0.5)).epochs(1);
        order = new int[M];
    }

    /**
     * Runs one reshuffled single-sample SGD epoch through the library.
     *
     * @return the first coefficient
     */
    @Benchmark
    public double sgdEpochNumkit() {
        return sgd.minimize(problem, new double[P], RandomSource.XO_RO_SHI_RO_128_PP.create(7L))
                .point()[0];
    }

    /**
     * Runs the same epoch as a plain loop: Fisher–Yates shuffle, then one gradient step per row.
     *
     * @return the first coefficient
     */
    @Benchmark
    public double sgdEpochPlainLoop() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        for (int i = 0; i < M; i++) {
            order[i] = i;
        }
        for (int i = M - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double[] w = new double[P];
        for (int k = 0; k < M; k++) {
            int i = order[k];
            int offset = i * P;
            double r = -y[i];
            for (int j = 0; j < P; j++) {
                r += x[offset + j] * w[j];
            }
            for (int j = 0; j < P; j++) {
                w[j] -= STEP * r * x[offset + j];
            }
        }
        return w[0];
    }

    /**
     * Runs one batch gradient step through the library: a full pass in row order.
     *
     * @return the first coefficient
     */
    @Benchmark
    public double batchEpochNumkit() {
        return batch.minimize(problem, new double[P], 7L).point()[0];
    }

    /**
     * Runs one batch gradient step as a plain loop.
     *
     * @return the first coefficient
     */
    @Benchmark
    public double batchEpochPlainLoop() {
        double[] w = new double[P];
        double[] g = new double[P];
        for (int i = 0; i < M; i++) {
            int offset = i * P;
            double r = -y[i];
            for (int j = 0; j < P; j++) {
                r += x[offset + j] * w[j];
            }
            double scale = r * (1.0 / M);
            for (int j = 0; j < P; j++) {
                g[j] += scale * x[offset + j];
            }
        }
        for (int j = 0; j < P; j++) {
            w[j] -= 0.5 * g[j];
        }
        return w[0];
    }
}
