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

    @Test
    void factorMatchesEjmlAtEveryOrder() {
        int[] orders = new int[301];
        for (int n = 1; n <= 300; n++) {
            orders[n - 1] = n;
        }
        orders[300] = 1000;
        for (int n : orders) {
            double[] a = randomDominant(n);

            double[][] l = BlockedCholesky.factor(a, n).lower();

            CholeskyDecomposition_F64<DMatrixRMaj> ejml = DecompositionFactory_DDRM.chol(n, true);
            assertThat(ejml.decompose(new DMatrixRMaj(n, n, true, a.clone()))).as("EJML at n = %d", n).isTrue();
            DMatrixRMaj expected = ejml.getT(null);
            double largest = 0;
            double difference = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    largest = Math.max(largest, Math.abs(expected.get(i, j)));
                    difference = Math.max(difference, Math.abs(l[i][j] - expected.get(i, j)));
                }
            }
            // The eigenvalues of A lie in [n, 3n] by Gershgorin's theorem, so κ(A) ≤ 3 and two
            // backward stable factors agree to a small multiple of n·ε relative to the largest entry.
            assertThat(difference).as("max |L − L_EJML| at n = %d", n)
                    .isLessThanOrEqualTo(10 * n * Math.ulp(1.0) * largest);
        }
    }

    @Test
    void threadCountsGiveIdenticalFactors() {
        for (int n : new int[] {191, 192, 193, 255, 256, 257, 300, 1000}) {
            double[] a = randomDominant(n);

            double[][] l = BlockedCholesky.factor(a, n).lower();

            for (int threads = 2; threads <= 3; threads++) {
                assertThat(BlockedCholesky.factor(a, n, threads).lower()).as("n = %d, threads = %d", n, threads)
                        .isDeepEqualTo(l);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 63, 64, 65, 66, 127, 128, 129, 130, 191, 192, 193, 200})
    void integerFactorIsRecoveredExactly(int n) {
        double[][] expected = integerLower(n);
        double[] a = product(expected);

        // Every intermediate value is an integer below 2⁵³ and every quotient and square root is
        // exact, so any order of the operations reproduces L exactly.
        assertThat(BlockedCholesky.factor(a, n).lower()).isDeepEqualTo(expected);
        assertThat(BlockedCholesky.factor(a, n, 2).lower()).isDeepEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 63, 64, 65, 130, 200})
    void integerSystemIsSolvedExactly(int n) {
        double[][] lower = integerLower(n);
        double[] a = product(lower);
        SplittableRandom random = new SplittableRandom(n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(-9, 10);
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i] += a[i * n + j] * x[j];
            }
        }

        // Lᵀx and b = LLᵀx are integers, so both substitutions divide integers exactly.
        assertThat(BlockedCholesky.factor(a, n).solve(b)).containsExactly(x);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 62, 63, 64, 65, 66, 127, 128, 129, 150, 199})
    void failureNamesTheFirstNonPositivePivot(int k) {
        int n = 200;
        double[][] lower = integerLower(n);
        double[] a = product(lower);
        // The Schur complement at step k is exactly L[k][k]², so the square of pivot k becomes −1.
        a[k * n + k] -= lower[k][k] * lower[k][k] + 1;

        for (int threads = 1; threads <= 2; threads++) {
            int count = threads;
            assertThatThrownBy(() -> BlockedCholesky.factor(a, n, count)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("matrix is not positive definite: pivot " + k + " is -1.0");
        }

        double[] l = a.clone();
        assertThat(BlockedCholesky.factorInPlace(l, n, 1)).isEqualTo(k);
        assertThat(l[k * n + k]).isEqualTo(-1.0);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                assertThat(l[i * n + j]).as("upper triangle at (%d, %d)", i, j).isEqualTo(a[i * n + j]);
            }
        }
        // An independent check that the leading block of order k + 1 is the first one that fails.
        assertThat(ejmlFactors(a, n, k)).as("EJML on the leading block of order k").isTrue();
        assertThat(ejmlFactors(a, n, k + 1)).as("EJML on the leading block of order k + 1").isFalse();
    }

    @Test
    void nanEntryFailsAtItsRow() {
        int n = 150;
        double[] a = randomDominant(n);
        a[100 * n + 3] = Double.NaN;

        assertThatThrownBy(() -> BlockedCholesky.factor(a, n)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("matrix is not positive definite: pivot 100 is NaN");
    }

    @Test
    void upperTriangleIsNotRead() {
        int n = 130;
        double[] a = randomDominant(n);
        double[] lowerOnly = a.clone();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                lowerOnly[i * n + j] = Double.NaN;
            }
        }

        assertThat(BlockedCholesky.factor(lowerOnly, n).lower()).isDeepEqualTo(BlockedCholesky.factor(a, n).lower());
        assertThat(lowerOnly[1]).isNaN();
    }

    /** Returns whether EJML factors the leading block of order k of the row-major n×n array a. */
    private static boolean ejmlFactors(double[] a, int n, int k) {
        if (k == 0) {
            return true;
        }
        DMatrixRMaj block = new DMatrixRMaj(k, k);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                block.set(i, j, a[i * n + j]);
            }
        }
        return DecompositionFactory_DDRM.chol(k, true).decompose(block);
    }

    /** Returns an n×n lower triangle with entries in −3 … 3 and a diagonal in 1 … 4, from a fixed seed. */
    private static double[][] integerLower(int n) {
        SplittableRandom random = new SplittableRandom(7 * n + 1);
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                l[i][j] = random.nextInt(-3, 4);
            }
            l[i][i] = random.nextInt(1, 5);
        }
        return l;
    }

    /** Returns LLᵀ row-major; with integer L of order at most a few hundred every sum is exact. */
    private static double[] product(double[][] l) {
        int n = l.length;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int p = 0; p <= j; p++) {
                    sum += l[i][p] * l[j][p];
                }
                a[i * n + j] = sum;
                a[j * n + i] = sum;
            }
        }
        return a;
    }

    /** Returns a symmetric A with off-diagonal entries in (−1, 1) and diagonal entries in [2n, 2n + 1). */
    private static double[] randomDominant(int n) {
        SplittableRandom random = new SplittableRandom(31L * n);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                a[i * n + j] = random.nextDouble(-1, 1);
                a[j * n + i] = a[i * n + j];
            }
            a[i * n + i] = 2 * n + random.nextDouble();
        }
        return a;
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
