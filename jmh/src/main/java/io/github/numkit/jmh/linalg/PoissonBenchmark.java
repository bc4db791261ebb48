package io.github.numkit.jmh.linalg;

import io.github.numkit.linalg.ProgressListener;
import io.github.numkit.linalg.sparse.ConjugateGradient;
import io.github.numkit.linalg.sparse.ConjugateGradientResult;
import io.github.numkit.linalg.sparse.IncompleteCholesky;
import io.github.numkit.linalg.sparse.JacobiPreconditioner;
import io.github.numkit.linalg.sparse.LinearOperator;
import io.github.numkit.linalg.sparse.Poisson2d;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The 2-D Poisson 5-point problem on an m×m grid: the sparse matrix-vector product (numkit's
 * row-gather product, the matrix-free operator, and EJML's {@code CommonOps_DSCC.mult}) and the
 * preconditioned conjugate gradient solve to relative residual 1e-8 from b = 1.
 *
 * <p>One CSC product at m = 1000 reads 5·10⁶ values (8 bytes) and row indices (4 bytes), 10⁶ + 1
 * column starts (4 bytes) and x (8 bytes, once if the neighbours stay in cache), and writes y
 * (8 bytes): about 80 MB, the figure to divide by the time for GB/s beside
 * {@code PeakFlops.streamBandwidth}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PoissonBenchmark {

    /** The grid side; the system has m² unknowns. */
    @Param({"1000"})
    public int m;

    private DMatrixSparseCSC matrix;
    private LinearOperator product;
    private LinearOperator matrixFree;
    private double[] x;
    private double[] y;
    private org.ejml.data.DMatrixRMaj ejmlX;
    private org.ejml.data.DMatrixRMaj ejmlY;
    private double[] b;

    /** The iteration count of the solves, which JMH prints as a secondary result beside the time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Iterations {
        /** The conjugate gradient iterations of the measured solves. */
        public long iterations;
    }

    /** Builds the matrix and the vectors. */
    @Setup
    public void setUp() {
        matrix = Poisson2d.matrix(m);
        product = LinearOperator.ofSymmetric(matrix);
        matrixFree = Poisson2d.operator(m);
        int n = m * m;
        x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(i * 1e-3);
        }
        y = new double[n];
        ejmlX = new org.ejml.data.DMatrixRMaj(n, 1, true, x);
        ejmlY = new org.ejml.data.DMatrixRMaj(n, 1);
        b = new double[n];
        Arrays.fill(b, 1);
    }

    /**
     * Multiplies by numkit's CSC product, one gather per row.
     *
     * @return y
     */
    @Benchmark
    public double[] sparseProduct() {
        product.apply(x, y);
        return y;
    }

    /**
     * Applies the matrix-free stencil, which reads only x.
     *
     * @return y
     */
    @Benchmark
    public double[] matrixFreeProduct() {
        matrixFree.apply(x, y);
        return y;
    }

    /**
     * Multiplies by EJML's sparse-dense product.
     *
     * @return y
     */
    @Benchmark
    public org.ejml.data.DMatrixRMaj ejmlProduct() {
        CommonOps_DSCC.mult(matrix, ejmlX, ejmlY);
        return ejmlY;
    }

    /**
     * Solves with IC(0), setup included. One measurement iteration is enough, because at m = 1000
     * a solve takes about 20 seconds.
     *
     * @param counter receives the iteration count
     * @return the result
     */
    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ConjugateGradientResult solveIncompleteCholesky(Iterations counter) {
        ConjugateGradientResult result = ConjugateGradient.of(1e-8, 100_000).solve(product, b,
                IncompleteCholesky.of(matrix), ProgressListener.NONE);
        counter.iterations += result.iterations();
        return result;
    }

    /**
     * Solves with the Jacobi preconditioner, setup included.
     *
     * @param counter receives the iteration count
     * @return the result
     */
    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ConjugateGradientResult solveJacobi(Iterations counter) {
        ConjugateGradientResult result = ConjugateGradient.of(1e-8, 100_000).solve(product, b,
                JacobiPreconditioner.of(matrix), ProgressListener.NONE);
        counter.iterations += result.iterations();
        return result;
    }
}
