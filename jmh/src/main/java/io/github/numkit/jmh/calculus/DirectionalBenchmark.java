package io.github.numkit.jmh.calculus;

import io.github.numkit.calculus.difference.FiniteDifference;
import io.github.numkit.calculus.dual.ForwardMode;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A directional derivative of the n-dimensional Rosenbrock function by one dual pass (generic, and
 * over a {@code DualPointField}) and by one central difference along the direction, against one
 * plain evaluation of the function.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class DirectionalBenchmark {

    /** The dimension. */
    @Param({"100"})
    public int n;

    private double[] x;
    private double[] v;

    /** Draws the point and the direction from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42L);
        x = new double[n];
        v = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble(-2, 2);
            v[i] = random.nextDouble(-1, 1);
        }
    }

    /**
     * Returns f(x), the unit of cost.
     *
     * @return f(x)
     */
    @Benchmark
    public double evaluation() {
        return Rosenbrock.value(x);
    }

    /**
     * Returns D_v f(x) by one dual pass.
     *
     * @return the directional derivative
     */
    @Benchmark
    public double dualPass() {
        return ForwardMode.directional(Rosenbrock::value, x, v).value();
    }

    /**
     * Returns D_v f(x) by one dual pass over a {@code DualPointField}, which reads coordinates one
     * at a time and carries the sum in a {@code DualAccumulator}.
     *
     * @return the directional derivative
     */
    @Benchmark
    public double allocationFreePass() {
        return ForwardMode.directionalAllocationFree(Rosenbrock::value, x, v);
    }

    /**
     * Returns D_v f(x) by one central difference along v, with its error estimate.
     *
     * @return the directional derivative
     */
    @Benchmark
    public double centralDifference() {
        return FiniteDifference.central().directional(Rosenbrock::value, x, v).value();
    }
}
