package io.github.numkit.linalg.quadratic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BlockedCholeskyTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 17, 63, 64, 65, 127, 128, 130, 257, 600})
    void factorMatchesEjml(int n) {
        double[] a = randomPositiveDefinite(n, n);

        BlockedCholesky ours = BlockedCholesky.factor(a, n);
        BlockedCholesky parallel = BlockedCholesky.factor(a, n, 2);

        CholeskyDecomposition_F64<DMatrixRMaj> ejml = DecompositionFactory_DDRM.chol(n, true);
        assertThat(ejml.decompose(new DMatrixRMaj(n, n, true, a.clone()))).isTrue();
        DMatrixRMaj expected = ejml.getT(null);
        double[][] l = ours.lower();
        // κ(A) is below 10 here (A = MᵀM/n + I), so both backward stable factors agree to about
        // n·ε relative to the largest entry of L.
        double largest = 0;
        double difference = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                largest = Math.max(largest, Math.abs(expected.get(i, j)));
                difference = Math.max(difference, Math.abs(l[i][j] - expected.get(i, j)));
            }
        }
        assertThat(difference).isLessThanOrEqualTo(10 * n * Math.ulp(1.0) * largest);
        assertThat(parallel.lower()).isDeepEqualTo(l);
    }

    @Test
    void solveMatchesQuadraticFormAboveThreshold() {
        int n = 300;
        double[] a = randomPositiveDefinite(n, 5);
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * n, rows[i], 0, n);
        }
        double[] b = new SplittableRandom(3).doubles(n, -1, 1).toArray();

        double[] x = BlockedCholesky.factor(a, n).solve(b);
        double[] viaForm = QuadraticForm.of(rows, b, 0).solve().point();

        org.apache.commons.math3.linear.RealVector expected = new org.apache.commons.math3.linear.CholeskyDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(rows)).getSolver()
                .solve(new org.apache.commons.math3.linear.ArrayRealVector(b));
        // x solves Ax = b, and the form's point solves 2Ax = −b, so it equals −x/2.
        for (int i = 0; i < n; i++) {
            assertThat(x[i]).isCloseTo(expected.getEntry(i), org.assertj.core.api.Assertions.within(1e-12));
            assertThat(viaForm[i]).isCloseTo(-0.5 * expected.getEntry(i), org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    @Test
    void indefiniteMatrixIsRejected() {
        double[] a = {1, 2, 2, 1};

        assertThatThrownBy(() -> BlockedCholesky.factor(a, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("matrix is not positive definite: pivot 1 is -3.0");
        assertThatThrownBy(() -> BlockedCholesky.factor(a, 3))
                .hasMessage("a must hold n*n = 9 entries for n = 3, got 4");
        assertThatThrownBy(() -> BlockedCholesky.factor(a, 2, 0)).hasMessage("threads must be >= 1, got 0");
    }

    /** Returns A = MᵀM/k + I, row-major, with M an n×n matrix of uniform entries from a fixed seed. */
    private static double[] randomPositiveDefinite(int n, int k) {
        SplittableRandom random = new SplittableRandom(n);
        double[][] m = new double[n][n];
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextDouble(-1, 1);
            }
        }
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int p = 0; p < n; p++) {
                    sum += m[p][i] * m[p][j];
                }
                a[i * n + j] = sum / k + (i == j ? 1 : 0);
                a[j * n + i] = a[i * n + j];
            }
        }
        return a;
    }
}
