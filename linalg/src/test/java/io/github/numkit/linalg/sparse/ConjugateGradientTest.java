package io.github.numkit.linalg.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.numkit.linalg.ProgressListener;
import io.github.numkit.linalg.ReferenceData;
import io.github.numkit.linalg.matrixfile.MatrixMarket;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.ops.DConvertMatrixStruct;
import org.junit.jupiter.api.Test;

class ConjugateGradientTest {

    @Test
    void poissonSolvedWithBothPreconditioners() {
        int m = 60;
        DMatrixSparseCSC a = Poisson2d.matrix(m);
        double[] expected = new Random(3).doubles(m * m, -1, 1).toArray();
        double[] b = new double[m * m];
        Poisson2d.operator(m).apply(expected, b);
        ConjugateGradient cg = ConjugateGradient.of(1e-10, 2000);

        ConjugateGradientResult jacobi = cg.solve(a, b, JacobiPreconditioner.of(a));
        ConjugateGradientResult ic = cg.solve(a, b, IncompleteCholesky.of(a));

        // κ ≈ 4·61²/π² ≈ 1.5e3, so a relative residual of 1e-10 bounds the relative error by about 1.5e-7.
        for (ConjugateGradientResult result : List.of(jacobi, ic)) {
            assertThat(result.converged()).isTrue();
            assertThat(result.relativeResidual()).isLessThan(1.1e-10);
            assertThat(maxError(result.solution(), expected)).isLessThan(2e-7);
        }
        assertThat(ic.iterations()).isLessThan(jacobi.iterations() / 2);
    }

    @Test
    void matrixFreeOperatorMatchesMatrix() {
        int m = 7;
        double[] x = new Random(5).doubles(m * m).toArray();
        double[] fromMatrix = new double[m * m];
        double[] fromOperator = new double[m * m];

        LinearOperator.ofSymmetric(Poisson2d.matrix(m)).apply(x, fromMatrix);
        Poisson2d.operator(m).apply(x, fromOperator);

        // Oracle: EJML's dense product of the same matrix.
        DMatrixRMaj dense = DConvertMatrixStruct.convert(Poisson2d.matrix(m), (DMatrixRMaj) null);
        DMatrixRMaj product = new DMatrixRMaj(m * m, 1);
        CommonOps_DDRM.mult(dense, new DMatrixRMaj(m * m, 1, true, x), product);
        // The two sum the same five terms in different orders.
        assertThat(fromOperator).containsExactly(fromMatrix, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(fromMatrix).containsExactly(product.data, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(Poisson2d.matrix(m).nz_length).isEqualTo(5 * m * m - 4 * m);
    }

    @Test
    void sharedMatricesMatchDenseCholesky() throws IOException {
        for (String name : new String[] {"bcsstk01", "gr_30_30", "lund_a"}) {
            DMatrixSparseCSC a = MatrixMarket.readSparse(ReferenceData.file("matrix-market/" + name + ".mtx"));
            int n = a.numRows;
            double[] b = new Random(9).doubles(n, -1, 1).toArray();
            double[][] dense = MatrixMarket.readDense(ReferenceData.file("matrix-market/" + name + ".mtx"));
            double[] expected = new CholeskyDecomposition(new Array2DRowRealMatrix(dense), 1e-14, 1e-300)
                    .getSolver().solve(new ArrayRealVector(b)).toArray();

            ConjugateGradientResult result = ConjugateGradient.of(1e-12, 20 * n).solve(a, b, IncompleteCholesky.of(a));

            assertThat(result.converged()).as(name).isTrue();
            assertThat(result.relativeResidual()).as(name).isLessThan(1e-11);
            // These matrices have κ up to about 1e6 (bcsstk01), so a 1e-12 residual leaves up to ~1e-6.
            assertThat(maxError(result.solution(), expected) / maxAbs(expected)).as(name).isLessThan(1e-5);
        }
    }

    @Test
    void indefiniteOperatorReportsNegativeCurvature() {
        double[] diagonal = {2, 1, -1, 3};
        LinearOperator a = (x, y) -> {
            for (int i = 0; i < x.length; i++) {
                y[i] = diagonal[i] * x[i];
            }
        };

        ConjugateGradientResult result = ConjugateGradient.of(1e-10, 100)
                .solve(a, new double[] {0, 0, 1, 0}, Preconditioner.NONE, (done, total) -> { });

        assertThat(result.status()).isEqualTo(ConjugateGradientResult.Status.NEGATIVE_CURVATURE);
        assertThat(result.curvature()).isEqualTo(-1.0);
        assertThat(result.direction()).containsExactly(0, 0, 1, 0);
        assertThat(result.converged()).isFalse();
    }

    @Test
    void iterationCapReportsResidualReached() {
        DMatrixSparseCSC a = Poisson2d.matrix(40);
        double[] b = new double[1600];
        java.util.Arrays.fill(b, 1);
        List<Long> progress = new ArrayList<>();

        ConjugateGradientResult result = ConjugateGradient.of(1e-12, 5)
                .solve(LinearOperator.ofSymmetric(a), b, JacobiPreconditioner.of(a), (done, total) -> progress.add(done));

        assertThat(result.status()).isEqualTo(ConjugateGradientResult.Status.ITERATION_LIMIT);
        assertThat(result.iterations()).isEqualTo(5);
        assertThat(result.relativeResidual()).isGreaterThan(1e-3).isFinite();
        assertThat(progress).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void incompleteCholeskyShiftsWhenPivotFails() {
        // Positive definite (smallest eigenvalue about 0.057), but IC(0) drops the fill that entry
        // (3, 4) would receive and then meets a negative pivot, so it needs a diagonal shift.
        double[][] dense = {
            {1, 0, -0.7, 0.3, -0.3}, {0, 1, 0, 0, 0.1}, {-0.7, 0, 1, 0, 0.8}, {0.3, 0, 0, 1, 0.4},
            {-0.3, 0.1, 0.8, 0.4, 1},
        };
        DMatrixSparseCSC a = DConvertMatrixStruct.convert(new DMatrixRMaj(dense), (DMatrixSparseCSC) null, 0);
        double[] b = {1, 2, 3, 4, 5};
        double[] expected = new CholeskyDecomposition(new Array2DRowRealMatrix(dense)).getSolver()
                .solve(new ArrayRealVector(b)).toArray();

        IncompleteCholesky ic = IncompleteCholesky.of(a);
        ConjugateGradientResult result = ConjugateGradient.of(1e-12, 50).solve(a, b, ic);

        assertThat(ic.shift()).isEqualTo(0.016);
        assertThat(result.converged()).isTrue();
        // κ ≈ 40, so the 1e-12 residual leaves an error near 1e-11.
        assertThat(maxError(result.solution(), expected)).isLessThan(1e-9);
    }

    @Test
    void badArgumentsNameTheProblem() {
        assertThatThrownBy(() -> ConjugateGradient.of(0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tolerance must be in (0, 1), got 0.0");
        assertThatThrownBy(() -> ConjugateGradient.of(1e-8, 0)).hasMessage("maxIterations must be >= 1, got 0");
        assertThatThrownBy(() -> ConjugateGradient.of(1e-8, 10).solve(Poisson2d.matrix(2), new double[] {1, 2, 3,
            Double.NaN}, Preconditioner.NONE)).hasMessage("b entries must be finite, got NaN at 3");
        assertThatThrownBy(() -> JacobiPreconditioner.ofDiagonal(new double[] {1, 0}))
                .hasMessage("diagonal entries must be finite and > 0 for a positive definite matrix, got 0.0 at 1");
        assertThatThrownBy(() -> Poisson2d.matrix(0)).hasMessage("grid side must be between 1 and 20724, got 0");
    }

    @Test
    void nonSymmetricMatrixIsRejected() {
        DMatrixSparseCSC a = DConvertMatrixStruct.convert(new DMatrixRMaj(new double[][] {{4, 1}, {2, 4}}),
                (DMatrixSparseCSC) null, 0);
        DMatrixSparseCSC missingPartner = DConvertMatrixStruct.convert(
                new DMatrixRMaj(new double[][] {{4, 0}, {1e-300, 4}}), (DMatrixSparseCSC) null, 0);
        DMatrixSparseCSC withNaN = DConvertMatrixStruct.convert(new DMatrixRMaj(new double[][] {{4, 1}, {1, Double.NaN}}),
                (DMatrixSparseCSC) null, 0);
        ConjugateGradient solver = ConjugateGradient.of(1e-10, 10);

        assertThatThrownBy(() -> solver.solve(a, new double[] {1, 1}, Preconditioner.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("matrix must be symmetric for conjugate gradients: entry (1, 0) is 2.0 but (0, 1) is 1.0");
        assertThatThrownBy(() -> solver.solve(missingPartner, new double[] {1, 1}, Preconditioner.NONE))
                .hasMessage("matrix must be symmetric for conjugate gradients: entry (1, 0) is 1.0E-300 but (0, 1) is 0.0");
        assertThatThrownBy(() -> solver.solve(withNaN, new double[] {1, 1}, Preconditioner.NONE))
                .hasMessage("matrix entries must be finite, got NaN at (1, 1)");
        assertThatThrownBy(() -> solver.solve(Poisson2d.matrix(2), new double[] {1, 1}, Preconditioner.NONE))
                .hasMessage("b must have length 4 to match the matrix, got 2");
    }

    @Test
    void symmetryWithinRoundingAndUnsortedRowsIsAccepted() {
        // Entries given column by column with the rows of column 0 out of order, and a_01 one
        // unit in the last place away from a_10.
        DMatrixSparseCSC a = new DMatrixSparseCSC(3, 3, 7);
        a.col_idx = new int[] {0, 3, 5, 7};
        a.nz_rows = new int[] {2, 0, 1, 0, 1, 0, 2};
        a.nz_values = new double[] {1, 4, Math.nextUp(1.0), 1, 4, 1, 4};
        a.nz_length = 7;
        a.indicesSorted = false;
        double[] b = {6, 5, 5};

        ConjugateGradientResult result = ConjugateGradient.of(1e-14, 20).solve(a, b, Preconditioner.NONE);

        // The solution of [[4, 1, 1], [1, 4, 0], [1, 0, 4]] x = (6, 5, 5) is (1, 1, 1).
        assertThat(result.converged()).isTrue();
        assertThat(maxError(result.solution(), new double[] {1, 1, 1})).isLessThan(1e-13);
    }

    @Test
    void rightHandSidesNearTheRangeEndsSolve() {
        DMatrixSparseCSC a = DConvertMatrixStruct.convert(new DMatrixRMaj(new double[][] {{2, 0}, {0, 2}}),
                (DMatrixSparseCSC) null, 0);
        ConjugateGradient solver = ConjugateGradient.of(1e-12, 10);

        // x = b/2 exactly, whether ‖b‖² would underflow or overflow.
        for (double size : new double[] {1e-162, 1e-300, Double.MIN_VALUE * 4, 1e155, 1e300}) {
            ConjugateGradientResult result = solver.solve(a, new double[] {size, -size}, JacobiPreconditioner.of(a));

            assertThat(result.converged()).as("b = %s", size).isTrue();
            assertThat(result.solution()).as("b = %s", size).containsExactly(size / 2, -size / 2);
        }
    }

    @Test
    void solutionBeyondTheRangeIsAnError() {
        DMatrixSparseCSC a = DConvertMatrixStruct.convert(new DMatrixRMaj(new double[][] {{1e-320}}),
                (DMatrixSparseCSC) null, 0);

        assertThatThrownBy(() -> ConjugateGradient.of(1e-10, 10).solve(a, new double[] {3}, Preconditioner.NONE))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("conjugate gradients left the double range at iteration 0");
    }

    @Test
    void repeatedEntriesCountAsTheirSum() {
        // Position (0, 1) is stored twice, 1 + 1, against a single 2 at (1, 0): symmetric.
        DMatrixSparseCSC symmetric = new DMatrixSparseCSC(2, 2, 5);
        symmetric.col_idx = new int[] {0, 2, 5};
        symmetric.nz_rows = new int[] {0, 1, 0, 0, 1};
        symmetric.nz_values = new double[] {4, 2, 1, 1, 4};
        symmetric.nz_length = 5;
        symmetric.indicesSorted = true;
        // Position (0, 1) stored as 1 + 1 against a single 1 at (1, 0): the product uses [[4, 2], [1, 4]].
        DMatrixSparseCSC skewed = symmetric.copy();
        skewed.nz_values = new double[] {4, 1, 1, 1, 4};

        ConjugateGradientResult result = ConjugateGradient.of(1e-14, 10).solve(symmetric, new double[] {6, 6},
                Preconditioner.NONE);

        // [[4, 2], [2, 4]] x = (6, 6) has x = (1, 1).
        assertThat(maxError(result.solution(), new double[] {1, 1})).isLessThan(1e-14);
        assertThatThrownBy(() -> ConjugateGradient.of(1e-14, 10).solve(skewed, new double[] {6, 6},
                Preconditioner.NONE))
                .hasMessage("matrix must be symmetric for conjugate gradients: entry (1, 0) is 1.0 but (0, 1) is 2.0");
    }

    @Test
    void nullArgumentsAndBadIndicesAreNamed() {
        ConjugateGradient solver = ConjugateGradient.of(1e-8, 10);
        DMatrixSparseCSC a = Poisson2d.matrix(2);
        DMatrixSparseCSC badRow = a.copy();
        badRow.nz_rows[1] = 7;

        assertThatThrownBy(() -> solver.solve(a, new double[4], null))
                .hasMessage("matrix, b and preconditioner must not be null, got a matrix, b, null (use Preconditioner.NONE)");
        assertThatThrownBy(() -> solver.solve((DMatrixSparseCSC) null, new double[4], Preconditioner.NONE))
                .hasMessage("matrix, b and preconditioner must not be null, got null, b, a preconditioner");
        assertThatThrownBy(() -> solver.solve(LinearOperator.ofSymmetric(a), null, Preconditioner.NONE,
                ProgressListener.NONE))
                .hasMessage("operator, b, preconditioner and listener must not be null, got an operator, null,"
                        + " a preconditioner, a listener");
        assertThatThrownBy(() -> solver.solve(badRow, new double[] {1, 1, 1, 1}, Preconditioner.NONE))
                .hasMessage("matrix row index must be in [0, 4), got 7 in column 0");
    }

    private static double maxError(double[] x, double[] y) {
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            max = Math.max(max, Math.abs(x[i] - y[i]));
        }
        return max;
    }

    private static double maxAbs(double[] x) {
        double max = 0;
        for (double v : x) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
