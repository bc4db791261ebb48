package io.github.numkit.jmh.linalg;

import io.github.numkit.linalg.quadratic.BlockedCholesky;
import io.github.numkit.linalg.quadratic.QuadraticForm;
import io.github.numkit.linalg.quadratic.QuadraticSolution;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_MT_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.ojalgo.matrix.decomposition.Cholesky;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;
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
 * Solving Ax = b for a dense symmetric positive definite A of order n: numkit's
 * {@link QuadraticForm#solve(int)} without refinement (Cholesky with the definiteness and
 * conditioning checks; the diagnostics it defers are not read, see
 * {@link SmallDenseOverheadBenchmark} for their cost) and its {@link BlockedCholesky} against the
 * bare peers. Every method factors a fresh copy of A, because EJML and Commons Math factor in
 * place; the copy costs n² of the n³/3 flops. GFLOP/s = n³/3 / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class DenseSolveBenchmark {

    /** The order of A. */
    @Param({"10", "100", "1000", "2000"})
    public int n;

    private double[][] rows;
    private double[] data;
    private double[] b;
    private QuadraticForm form;
    private R064Store ojalgoMatrix;
    private R064Store ojalgoRight;

    /** Builds A = MᵀM/n + I from a fixed seed ({@link DefiniteMatrix}), so κ(A) stays moderate at every size. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        rows = DefiniteMatrix.rows(n, random);
        data = DefiniteMatrix.rowMajor(rows);
        b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = random.nextDouble(-1, 1);
        }
        form = QuadraticForm.of(rows, b, 0);
        ojalgoMatrix = R064Store.wrap(data.clone(), n);
        ojalgoRight = R064Store.wrap(b.clone(), n);
    }

    /**
     * Solves by numkit: Cholesky with the definiteness and conditioning checks.
     *
     * @return the solution
     */
    @Benchmark
    public QuadraticSolution numkit() {
        return form.solve(0);
    }

    /**
     * Solves by the module's blocked Cholesky on one thread (what {@code numkit()} runs at every order).
     *
     * @return the solution
     */
    @Benchmark
    public double[] blocked() {
        return BlockedCholesky.factor(data, n).solve(b);
    }

    /**
     * Solves by the module's blocked Cholesky with the trailing updates shared by two tasks.
     *
     * @return the solution
     */
    @Benchmark
    public double[] blockedTwoThreads() {
        return BlockedCholesky.factor(data, n, 2).solve(b);
    }

    /**
     * Solves by EJML's single-threaded Cholesky solver ({@code LinearSolverFactory_DDRM.chol}).
     *
     * @return the solution
     */
    @Benchmark
    public DMatrixRMaj ejml() {
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(n);
        return solveWith(solver);
    }

    /**
     * Solves by EJML's multithreaded Cholesky solver ({@code LinearSolverFactory_MT_DDRM.chol}).
     *
     * @return the solution
     */
    @Benchmark
    public DMatrixRMaj ejmlMultithreaded() {
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_MT_DDRM.chol(n);
        return solveWith(solver);
    }

    /**
     * Solves by Commons Math 3.6.1 {@code CholeskyDecomposition}.
     *
     * @return the solution
     */
    @Benchmark
    public double[] commonsMath() {
        CholeskyDecomposition chol = new CholeskyDecomposition(new Array2DRowRealMatrix(rows, true));
        return chol.getSolver().solve(new ArrayRealVector(b, false)).toArray();
    }

    /**
     * Solves by ojAlgo 55 {@code Cholesky.R064}, which copies A into its own storage.
     *
     * @return the solution
     */
    @Benchmark
    public MatrixStore<Double> ojalgo() {
        Cholesky<Double> chol = Cholesky.R064.make(ojalgoMatrix);
        chol.decompose(ojalgoMatrix);
        return chol.getSolution(ojalgoRight);
    }

    private DMatrixRMaj solveWith(LinearSolverDense<DMatrixRMaj> solver) {
        DMatrixRMaj a = new DMatrixRMaj(n, n, true, data.clone());
        if (!solver.setA(a)) {
            throw new IllegalStateException("EJML Cholesky failed on a positive definite matrix");
        }
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        solver.solve(new DMatrixRMaj(n, 1, true, b), x);
        return x;
    }
}
