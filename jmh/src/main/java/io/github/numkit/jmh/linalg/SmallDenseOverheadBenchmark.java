package io.github.numkit.jmh.linalg;

import io.github.numkit.linalg.quadratic.QuadraticForm;
import io.github.numkit.linalg.quadratic.QuadraticSolution;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
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
 * The cost of {@link QuadraticForm#solve(int)} beyond a bare EJML Cholesky solve at the small
 * orders where its extra work weighs most. Three methods measure the plain solve (factorisation,
 * definiteness and conditioning checks, the triangular solves), the same with the deferred
 * diagnostics read (Hager's estimate, the double-double residual), and the default solve with one
 * refinement step. Each method factors a fresh copy of A, as EJML
 * must.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SmallDenseOverheadBenchmark {

    /** The order of A. */
    @Param({"10", "30", "100"})
    public int n;

    private double[] data;
    private double[] b;
    private QuadraticForm form;

    /** Builds A = MᵀM/n + I from a fixed seed ({@link DefiniteMatrix}), as {@link DenseSolveBenchmark} does. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        double[][] rows = DefiniteMatrix.rows(n, random);
        data = DefiniteMatrix.rowMajor(rows);
        b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = random.nextDouble(-1, 1);
        }
        form = QuadraticForm.of(rows, b, 0);
    }

    /**
     * Solves 2Ax = −b by numkit without refinement; the diagnostics are not read.
     *
     * @return the solution
     */
    @Benchmark
    public QuadraticSolution numkitPlain() {
        return form.solve(0);
    }

    /**
     * Solves as {@link #numkitPlain()} does and reads the residual, which computes f(x*), the
     * double-double residual and the forward-error bound.
     *
     * @return the residual norm
     */
    @Benchmark
    public double numkitDiagnosed() {
        return form.solve(0).residualNorm();
    }

    /**
     * Solves with the default single refinement step and reads the residual.
     *
     * @return the residual norm
     */
    @Benchmark
    public double numkitRefined() {
        return form.solve().residualNorm();
    }

    /**
     * Solves Ax = b by EJML's single-threaded Cholesky solver, the bare peer.
     *
     * @return the solution
     */
    @Benchmark
    public DMatrixRMaj ejml() {
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(n);
        DMatrixRMaj a = new DMatrixRMaj(n, n, true, data.clone());
        if (!solver.setA(a)) {
            throw new IllegalStateException("EJML Cholesky failed on a positive definite matrix");
        }
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        solver.solve(new DMatrixRMaj(n, 1, true, b), x);
        return x;
    }
}
