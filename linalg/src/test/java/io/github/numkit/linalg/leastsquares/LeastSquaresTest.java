package io.github.numkit.linalg.leastsquares;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeastSquaresTest {

    @Test
    void rankDeficientDesignGivesMinimumNorm() {
        // The fourth column is the sum of the first two, exactly, so the rank is 3.
        double[][] x = {
            {1, 2, 0.5, 3}, {1, -1, 2, 0}, {1, 4, -3, 5}, {1, 0, 1, 1}, {1, 3, 2.5, 4}, {1, -2, 0, -1},
        };
        double[] y = {1.5, -0.25, 4, 2, 3.75, -1};

        LeastSquaresFit fit = LeastSquares.fit(x, y);

        double[] expected = new SingularValueDecomposition(new Array2DRowRealMatrix(x)).getSolver()
                .solve(new ArrayRealVector(y)).toArray();
        assertThat(fit.rank()).isEqualTo(3);
        assertThat(fit.method()).isEqualTo("svd");
        // Both are backward stable pseudo-inverse solutions of a matrix with κ ≈ 10 on its range.
        assertThat(fit.coefficients()).containsExactly(expected, within(1e-13));
        assertThat(fit.standardDeviations()).containsOnly(Double.NaN);
        double[] beta = fit.coefficients();
        assertThat(Math.abs(beta[0]) + Math.abs(beta[1]) + Math.abs(beta[2]) + Math.abs(beta[3])).isLessThan(10);
    }

    @Test
    void rankCutoffScalesWithColumns() {
        // Columns differing in size by 1e12 are still independent; a fixed absolute cutoff on R would
        // drop the small one.
        double[][] x = new double[8][2];
        double[] y = new double[8];
        for (int i = 0; i < 8; i++) {
            x[i][0] = 1e12 * (i + 1);
            x[i][1] = 1e-3 * (i * i);
            y[i] = 2e-12 * x[i][0] + 5e3 * x[i][1];
        }

        LeastSquaresFit fit = LeastSquares.fit(x, y);

        assertThat(fit.rank()).isEqualTo(2);
        assertThat(fit.coefficients()[0]).isCloseTo(2e-12, within(1e-26));
        assertThat(fit.coefficients()[1]).isCloseTo(5e3, within(1e-10));
    }

    @Test
    void polynomialWithKnownCoefficients() {
        double[] t = new double[21];
        double[] y = new double[21];
        for (int i = 0; i < t.length; i++) {
            t[i] = i - 10;
            // y = 3 − 2t + 0.5t², exact in binary for these integers.
            y[i] = 3 - 2 * t[i] + 0.5 * t[i] * t[i];
        }

        LeastSquaresFit fit = LeastSquares.fit(LeastSquares.polynomialDesign(t, 2), y);

        assertThat(fit.coefficients()).containsExactly(new double[] {3, -2, 0.5}, within(1e-14));
        assertThat(fit.rSquared()).isEqualTo(1.0);
        assertThat(fit.centeredRSquared()).isTrue();
    }

    @Test
    void noisyFitMatchesCommonsMath() {
        java.util.Random random = new java.util.Random(11);
        int m = 50;
        double[][] predictors = new double[m][3];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < 3; j++) {
                predictors[i][j] = random.nextGaussian();
            }
            y[i] = 1 + 2 * predictors[i][0] - predictors[i][1] + 0.1 * random.nextGaussian();
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, predictors);

        LeastSquaresFit fit = LeastSquares.fit(LeastSquares.withIntercept(predictors), y);

        // Commons Math uses unrefined Householder QR; on this well-conditioned design (κ ≈ 2) both
        // agree to about 1e-14 relative.
        assertThat(fit.coefficients()).containsExactly(ols.estimateRegressionParameters(), within(1e-13));
        assertThat(fit.standardDeviations()).containsExactly(ols.estimateRegressionParametersStandardErrors(),
                within(1e-13));
        assertThat(fit.residualStandardDeviation()).isCloseTo(ols.estimateRegressionStandardError(), within(1e-14));
        assertThat(fit.rSquared()).isCloseTo(ols.calculateRSquared(), within(1e-14));
        double[] qr = new QRDecomposition(new Array2DRowRealMatrix(LeastSquares.withIntercept(predictors)))
                .getSolver().solve(new ArrayRealVector(y)).toArray();
        assertThat(fit.coefficients()).containsExactly(qr, within(1e-13));
    }

    @Test
    void badArgumentsNameTheProblem() {
        assertThatThrownBy(() -> LeastSquares.fit(new double[0][], new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("design must have at least one row, got 0 rows");
        assertThatThrownBy(() -> LeastSquares.fit(new double[][] {{1, 2}, {3}}, new double[2]))
                .hasMessage("design rows must all have 2 entries, got 1 in row 1");
        assertThatThrownBy(() -> LeastSquares.fit(new double[][] {{1}, {Double.NaN}}, new double[2]))
                .hasMessage("design entries must be finite, got NaN at (1, 0)");
        assertThatThrownBy(() -> LeastSquares.fit(new double[][] {{1}, {2}}, new double[3]))
                .hasMessage("response must have length 2 (one per design row), got 3");
        assertThatThrownBy(() -> LeastSquares.polynomialDesign(new double[] {1}, -1))
                .hasMessage("degree must be in [0, 2147483646], got -1");
    }

    @Test
    void nullAndHugeArgumentsNameTheArgument() {
        assertThatThrownBy(() -> LeastSquares.polynomialDesign(new double[] {1}, Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("degree must be in [0, 2147483646], got 2147483647");
        assertThatThrownBy(() -> LeastSquares.polynomialDesign(null, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x must be an array of abscissae, got null");
        assertThatThrownBy(() -> LeastSquares.withIntercept(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("predictors must be an m×k array, got null");
        assertThatThrownBy(() -> LeastSquares.withIntercept(new double[][] {{1}, null}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("predictors rows must not be null, got null in row 1");
    }

    @ParameterizedTest
    @CsvSource({"1, 1e155", "1, 1e-200", "1e-300, 1", "1e300, 1", "1e200, 1e200", "1e-160, 1e-160"})
    void statisticsScaleWithTheData(double xScale, double yScale) {
        // y = 1, 2, 4 on x = 1, 2, 3: Commons Math fits the unscaled data, and every statistic scales
        // by hand: s and SD(B0) by the y scale, B1 and SD(B1) by yScale/xScale, R² not at all.
        double[][] unscaled = {{1}, {2}, {3}};
        double[] y = {1, 2, 4};
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, unscaled);
        double[] beta = ols.estimateRegressionParameters();
        double[] sd = ols.estimateRegressionParametersStandardErrors();
        double[][] x = new double[3][1];
        double[] scaledY = new double[3];
        for (int i = 0; i < 3; i++) {
            x[i][0] = unscaled[i][0] * xScale;
            scaledY[i] = y[i] * yScale;
        }

        LeastSquaresFit fit = LeastSquares.fit(LeastSquares.withIntercept(x), scaledY);

        assertThat(fit.method()).isEqualTo("householder-qr");
        assertThat(fit.coefficients()[0] / yScale).isCloseTo(beta[0], within(1e-13));
        assertThat(fit.coefficients()[1] / yScale * xScale).isCloseTo(beta[1], within(1e-13));
        assertThat(fit.residualStandardDeviation() / yScale).isCloseTo(ols.estimateRegressionStandardError(),
                within(1e-13));
        assertThat(fit.standardDeviations()[0] / yScale).isCloseTo(sd[0], within(1e-13));
        assertThat(fit.standardDeviations()[1] / yScale * xScale).isCloseTo(sd[1], within(1e-13));
        assertThat(fit.rSquared()).isCloseTo(ols.calculateRSquared(), within(1e-13));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "1e200, 1e200", "1e-300, 1", "1e150, 1e-150"})
    void rankDeficientMinimumNormAtAnyScale(double xScale, double yScale) {
        // x2 = 2·x1, so the design [1, x1, x2] has rank 2. Commons Math's SVD gives the minimum-norm
        // solution of the unscaled data; scaling x by s and y by t scales B0 by t and B1, B2 by t/s,
        // which keeps it the minimum-norm solution, because B1 and B2 scale alike and B0 is fixed.
        double[][] unscaled = {{1, 1, 2}, {1, 2, 4}, {1, 3, 6}, {1, 4, 8}};
        double[] y = {1, 3, 4, 7};
        double[] expected = new SingularValueDecomposition(new Array2DRowRealMatrix(unscaled)).getSolver()
                .solve(new ArrayRealVector(y)).toArray();
        double[][] x = new double[4][3];
        double[] scaledY = new double[4];
        for (int i = 0; i < 4; i++) {
            x[i][0] = 1;
            x[i][1] = unscaled[i][1] * xScale;
            x[i][2] = unscaled[i][2] * xScale;
            scaledY[i] = y[i] * yScale;
        }

        LeastSquaresFit fit = LeastSquares.fit(x, scaledY);

        assertThat(fit.rank()).isEqualTo(2);
        assertThat(fit.coefficients()[0] / yScale).isCloseTo(expected[0], within(1e-13));
        assertThat(fit.coefficients()[1] / yScale * xScale).isCloseTo(expected[1], within(1e-13));
        assertThat(fit.coefficients()[2] / yScale * xScale).isCloseTo(expected[2], within(1e-13));
    }
}
