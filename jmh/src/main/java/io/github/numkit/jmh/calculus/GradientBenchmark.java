package io.github.numkit.jmh.calculus;

import io.github.numkit.calculus.difference.FiniteDifference;
import io.github.numkit.calculus.difference.Stencil;
import io.github.numkit.calculus.dual.ForwardMode;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
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
 * The gradient of the n-dimensional Rosenbrock function at a random point: central differences
 * (with the error estimate, 4n evaluations; and forward differences, n + 1), dual numbers in n
 * passes and in one vector pass, and the peer, Commons Math 3.6.1 {@code DerivativeStructure} with
 * n free parameters in one pass. {@link #evaluation()} is the cost of one plain evaluation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class GradientBenchmark {

    /** The dimension. */
    @Param({"10", "100", "1000"})
    public int n;

    private double[] x;
    private final FiniteDifference central = FiniteDifference.central();
    private final FiniteDifference forward = FiniteDifference.of(Stencil.FORWARD);

    /** Draws the point from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20261204L);
        x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble(-2, 2);
        }
    }

    /**
     * Returns f(x) by one plain evaluation, the unit of cost.
     *
     * @return f(x)
     */
    @Benchmark
    public double evaluation() {
        return Rosenbrock.value(x);
    }

    /**
     * Returns the gradient by central differences with error estimates.
     *
     * @return the gradient
     */
    @Benchmark
    public double[] centralDifferences() {
        return central.gradient(Rosenbrock::value, x).values();
    }

    /**
     * Returns the gradient by forward differences with error estimates.
     *
     * @return the gradient
     */
    @Benchmark
    public double[] forwardDifferences() {
        return forward.gradient(Rosenbrock::value, x).values();
    }

    /**
     * Returns the gradient by n passes of dual numbers.
     *
     * @return the gradient
     */
    @Benchmark
    public double[] dualPasses() {
        return ForwardMode.gradient(Rosenbrock::value, x).values();
    }

    /**
     * Returns the gradient by one pass of gradient dual numbers.
     *
     * @return the gradient
     */
    @Benchmark
    public double[] dualVectorPass() {
        return ForwardMode.gradientOnePass(Rosenbrock::value, x).values();
    }

    /**
     * Returns the gradient by Commons Math's DerivativeStructure, the peer.
     *
     * @return the gradient
     */
    @Benchmark
    public double[] derivativeStructure() {
        DerivativeStructure[] v = new DerivativeStructure[n];
        for (int i = 0; i < n; i++) {
            v[i] = new DerivativeStructure(n, 1, i, x[i]);
        }
        DerivativeStructure y = Rosenbrock.value(v);
        double[] all = y.getAllDerivatives();
        double[] g = new double[n];
        System.arraycopy(all, 1, g, 0, n);
        return g;
    }
}
