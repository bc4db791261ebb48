package io.github.numkit.linalg.quadratic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CholeskyFactorTest {

    /** Builds A = MᵀM/n + I from a seed: positive definite with a moderate condition number. */
    private static double[] randomDefinite(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] m = new double[n][n];
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextDouble(-1, 1);
            }
        }
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += m[k][i] * m[k][j];
                }
                a[i * n + j] = sum / n + (i == j ? 1 : 0);
            }
        }
        return a;
    }

    private static double[] hilbert(int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = 1.0 / (i + j + 1);
            }
        }
        return a;
    }

    /** Computes ‖A⁻¹‖₁ from Commons Math's LU inverse, an independent path. */
    private static double inverseNormOne(double[] a, int n) {
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * n, rows[i], 0, n);
        }
        RealMatrix inverse = new LUDecomposition(new Array2DRowRealMatrix(rows, false)).getSolver().getInverse();
        return inverse.getNorm();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 10, 30, 63, 64, 65, 100})
    void normBoundsBracketExactNorm(int n) {
        for (long seed = 1; seed <= 3; seed++) {
            double[] a = randomDefinite(n, seed);
            CholeskyFactor factor = CholeskyFactor.factor(a, n, 1);
            double exact = inverseNormOne(a, n);

            // Hager's estimate is a lower bound, rarely far below the norm. The comparison-matrix
            // bound is an upper bound up to the rounding of its two solves.
            assertThat(factor.hagerEstimate()).isBetween(exact / 3, exact * (1 + 1e-12));
            assertThat(factor.inverseNormOneUpperBound()).isGreaterThanOrEqualTo(exact * (1 - 1e-12));
        }
    }

    @Test
    void upperBoundHoldsOnHilbertMatrices() {
        for (int n = 2; n <= 9; n++) {
            double[] a = hilbert(n);
            // The exact inverse of the Hilbert matrix has integer entries; its 1-norm is computed
            // here in rational arithmetic from the closed form of the entries.
            BigFraction exact = BigFraction.ZERO;
            for (int j = 0; j < n; j++) {
                BigFraction column = BigFraction.ZERO;
                for (int i = 0; i < n; i++) {
                    column = column.add(hilbertInverseEntry(n, i, j).abs());
                }
                if (column.compareTo(exact) > 0) {
                    exact = column;
                }
            }
            CholeskyFactor factor = CholeskyFactor.factor(a, n, 1);
            assertThat(factor.inverseNormOneUpperBound())
                    .as("n = %d", n)
                    .isGreaterThanOrEqualTo(exact.doubleValue() * (1 - 1e-6));
        }
    }

    /** (H⁻¹)ᵢⱼ = (−1)^(i+j)(i+j+1)·C(n+i, n−j−1)·C(n+j, n−i−1)·C(i+j, i)², zero-based. */
    private static BigFraction hilbertInverseEntry(int n, int i, int j) {
        BigInteger value = BigInteger.valueOf(i + j + 1)
                .multiply(binomial(n + i, n - j - 1))
                .multiply(binomial(n + j, n - i - 1))
                .multiply(binomial(i + j, i).pow(2));
        return BigFraction.of((i + j) % 2 == 0 ? value : value.negate());
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }

    @Test
    void negativeDefiniteSolveFlipsTheSign() {
        int n = 7;
        double[] a = randomDefinite(n, 11);
        double[] negated = new double[n * n];
        for (int i = 0; i < a.length; i++) {
            negated[i] = -a[i];
        }
        CholeskyFactor positive = CholeskyFactor.factor(a, n, 1);
        CholeskyFactor negative = CholeskyFactor.factor(negated, n, -1);
        double[] v = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i + 1;
            w[i] = i + 1;
        }
        positive.solveInPlace(v);
        negative.solveInPlace(w);
        for (int i = 0; i < n; i++) {
            assertThat(w[i]).isEqualTo(-v[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 10, 100, 200})
    void deferredDiagnosticsMatchIndependentValues(int n) {
        double[] a = randomDefinite(n, 5);
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * n, rows[i], 0, n);
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = Math.cos(i);
        }
        QuadraticForm form = QuadraticForm.of(rows, b, 3);
        QuadraticSolution solution = form.solve(0);
        double[] x = solution.point();

        // f(x*) by the form's own double-double evaluation, a different formula from the
        // c + (bᵀx + xᵀr)/2 the solution uses.
        double value = form.value(x);
        assertThat(solution.value()).isCloseTo(value, within(1e-13 * Math.abs(value)));
        // The residual 2Ax + b in exact rational arithmetic.
        double sumOfSquares = 0;
        for (int i = 0; i < n; i++) {
            BigFraction r = BigFraction.from(b[i]);
            for (int j = 0; j < n; j++) {
                r = r.add(BigFraction.from(rows[i][j]).multiply(BigFraction.from(x[j])).multiply(2));
            }
            sumOfSquares += r.doubleValue() * r.doubleValue();
        }
        assertThat(solution.residualNorm()).isCloseTo(Math.sqrt(sumOfSquares),
                within(1e-6 * Math.sqrt(sumOfSquares)));
        // κ₁ from Commons Math's inverse; the estimate is a lower bound within a small factor.
        double kappa = new Array2DRowRealMatrix(rows, false).getNorm() * inverseNormOne(a, n);
        assertThat(solution.conditionEstimate()).isBetween(kappa / 3, kappa * (1 + 1e-12));
        assertThat(solution.forwardErrorBound())
                .isEqualTo(solution.conditionEstimate() * solution.residualNorm() / norm(b));
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double value : v) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    @Test
    void deferredDiagnosticsAreTheSameFromEveryThread() throws Exception {
        int n = 40;
        double[] a = randomDefinite(n, 9);
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * n, rows[i], 0, n);
        }
        double[] b = new double[n];
        java.util.Arrays.fill(b, 1);
        QuadraticForm form = QuadraticForm.of(rows, b, 0);
        QuadraticSolution expected = form.solve(0);
        double[] reference = {expected.value(), expected.residualNorm(), expected.conditionEstimate(),
            expected.forwardErrorBound()};

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 50; round++) {
                QuadraticSolution shared = form.solve(0);
                List<Callable<double[]>> readers = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    readers.add(() -> new double[] {shared.value(), shared.residualNorm(), shared.conditionEstimate(),
                        shared.forwardErrorBound()});
                }
                for (Future<double[]> read : pool.invokeAll(readers)) {
                    assertThat(read.get()).containsExactly(reference);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
