package io.github.numkit.jmh.linalg;

import io.github.numkit.linalg.quadratic.QuadraticForm;
import io.github.numkit.linalg.quadratic.SmallQuadratic;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * A batch of {@value #BATCH} tiny problems (n = 2 and n = 3, positive definite, random from a fixed
 * seed) solved by the allocation-free {@link SmallQuadratic} path and by the general
 * {@link QuadraticForm} path. Times are per problem.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SmallSolveBenchmark {

    /** Problems per invocation. */
    static final int BATCH = 1024;

    /** Entries a11, a12, a22, b1, b2 per 2×2 problem. */
    private double[] two;
    /** Entries a11, a12, a13, a22, a23, a33, b1, b2, b3 per 3×3 problem. */
    private double[] three;
    private final double[] x = new double[3];

    /** Makes diagonally dominant, hence positive definite, problems from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        two = new double[5 * BATCH];
        three = new double[9 * BATCH];
        for (int k = 0; k < BATCH; k++) {
            double[] p = {3 + random.nextDouble(), random.nextDouble(-1, 1), 3 + random.nextDouble(),
                random.nextDouble(-1, 1), random.nextDouble(-1, 1)};
            System.arraycopy(p, 0, two, 5 * k, 5);
            double[] q = {4 + random.nextDouble(), random.nextDouble(-1, 1), random.nextDouble(-1, 1),
                4 + random.nextDouble(), random.nextDouble(-1, 1), 4 + random.nextDouble(),
                random.nextDouble(-1, 1), random.nextDouble(-1, 1), random.nextDouble(-1, 1)};
            System.arraycopy(q, 0, three, 9 * k, 9);
        }
    }

    /**
     * Solves the batch by the closed-form 2×2 path.
     *
     * @return a sum of the solutions
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double fastTwo() {
        double sum = 0;
        for (int k = 0; k < BATCH; k++) {
            int o = 5 * k;
            SmallQuadratic.solve2(two[o], two[o + 1], two[o + 2], two[o + 3], two[o + 4], x);
            sum += x[0] + x[1];
        }
        return sum;
    }

    /**
     * Solves the same 2×2 problems by the general path.
     *
     * @return a sum of the solutions
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double generalTwo() {
        double sum = 0;
        for (int k = 0; k < BATCH; k++) {
            int o = 5 * k;
            double[][] a = {{two[o], two[o + 1]}, {two[o + 1], two[o + 2]}};
            double[] p = QuadraticForm.of(a, new double[] {two[o + 3], two[o + 4]}, 0).solve(0).point();
            sum += p[0] + p[1];
        }
        return sum;
    }

    /**
     * Solves the batch by the 3×3 fast path (Jacobi sweeps for the classification, adjugate for the point).
     *
     * @return a sum of the solutions
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double fastThree() {
        double sum = 0;
        for (int k = 0; k < BATCH; k++) {
            int o = 9 * k;
            SmallQuadratic.solve3(three[o], three[o + 1], three[o + 2], three[o + 3], three[o + 4], three[o + 5],
                    three[o + 6], three[o + 7], three[o + 8], x);
            sum += x[0] + x[1] + x[2];
        }
        return sum;
    }

    /**
     * Solves the same 3×3 problems by the general path.
     *
     * @return a sum of the solutions
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double generalThree() {
        double sum = 0;
        for (int k = 0; k < BATCH; k++) {
            int o = 9 * k;
            double[][] a = {{three[o], three[o + 1], three[o + 2]}, {three[o + 1], three[o + 3], three[o + 4]},
                {three[o + 2], three[o + 4], three[o + 5]}};
            double[] p = QuadraticForm.of(a, new double[] {three[o + 6], three[o + 7], three[o + 8]}, 0).solve(0)
                    .point();
            sum += p[0] + p[1] + p[2];
        }
        return sum;
    }
}
