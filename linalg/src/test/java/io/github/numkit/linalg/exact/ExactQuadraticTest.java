package io.github.numkit.linalg.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.numkit.linalg.quadratic.Definiteness;
import io.github.numkit.linalg.quadratic.Extremum;
import io.github.numkit.linalg.quadratic.QuadraticForm;
import io.github.numkit.linalg.quadratic.QuadraticSolution;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ExactQuadraticTest {

    @Test
    void twoVariableMinimumAsFractions() {
        // f = 3x² + 4xy + 2y² − 2x + y: 2Ax = −b with A = [[3, 2], [2, 2]] gives x = (3/2, −7/4).
        ExactSolution solution = ExactQuadratic.solve(new double[][] {{3, 4}, {0, 2}}, new double[] {-2, 1}, 0);

        assertThat(solution.extremum()).isEqualTo(Extremum.MINIMUM);
        assertThat(solution.point()).containsExactly(Rational.of(3, 2), Rational.of(-7, 4));
        // f(x*) = (bᵀx*)/2 = (−3 − 7/4)/2.
        assertThat(solution.value()).isEqualTo(Rational.of(-19, 8));
        assertThat(solution.positiveEigenvalues()).isEqualTo(2);
    }

    @Test
    void fieldCasesMatchFloatingClassification() {
        double[][][] matrices = {
            {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}},
            {{1, 2, 3}, {2, 4, 6}, {3, 6, 9}},
            {{1, 2, 3}, {2, 4, 6}, {3, 6, 9}},
            {{-1, -2, -3}, {-2, -4, -6}, {-3, -6, -9}},
            {{0, 0}, {0, 0}},
            {{0, 0}, {0, 0}},
        };
        double[][] vectors = {{1, 2, 3}, {1, 2, 3}, {1, 0, 0}, {1, 2, 3}, {1, 0}, {0, 0}};
        Extremum[] expected = {Extremum.SADDLE, Extremum.MINIMUM_SET, Extremum.UNBOUNDED_BELOW,
            Extremum.MAXIMUM_SET, Extremum.AFFINE, Extremum.CONSTANT};
        for (int k = 0; k < matrices.length; k++) {
            ExactSolution exact = ExactQuadratic.solve(matrices[k], vectors[k], 0);
            QuadraticSolution floating = QuadraticForm.of(matrices[k], vectors[k], 0).solve();
            assertThat(exact.extremum()).as("case %d", k).isEqualTo(expected[k]);
            assertThat(floating.classification().extremum()).as("case %d", k).isEqualTo(expected[k]);
            if (exact.point() != null) {
                double[] x = exact.pointAsDoubles();
                double[] y = floating.point();
                for (int i = 0; i < x.length; i++) {
                    assertThat(y[i]).as("case %d, entry %d", k, i).isCloseTo(x[i],
                            org.assertj.core.api.Assertions.within(1e-15));
                }
            }
        }
    }

    @Test
    void rankOneMinimumNormPointAndNullSpace() {
        ExactSolution solution = ExactQuadratic.solve(new double[][] {{1, 2, 3}, {2, 4, 6}, {3, 6, 9}},
                new double[] {1, 2, 3}, 5);

        assertThat(solution.definiteness()).isEqualTo(Definiteness.POSITIVE_SEMIDEFINITE);
        assertThat(solution.rank()).isEqualTo(1);
        assertThat(solution.point()).containsExactly(Rational.of(-1, 28), Rational.of(-2, 28), Rational.of(-3, 28));
        assertThat(solution.value()).isEqualTo(Rational.of(19, 4));
        assertThat(solution.nullSpace()).hasNumberOfRows(2);
        assertThat(solution.nullSpace()[0]).containsExactly(Rational.of(-2), Rational.ONE, Rational.ZERO);
    }

    @Test
    void twelveByTwelveHilbertMatchesBigFraction() {
        int n = 12;
        Rational[][] a = new Rational[n][n];
        BigFraction[][] m = new BigFraction[n][n + 1];
        Rational[] b = new Rational[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = Rational.of(1, i + j + 1);
                m[i][j] = BigFraction.of(2, i + j + 1);
            }
            b[i] = Rational.of(i + 1);
            m[i][n] = BigFraction.of(-(i + 1));
        }

        ExactSolution solution = ExactQuadratic.solve(a, b, Rational.ZERO);

        // Independent oracle: Gaussian elimination in Commons Numbers' BigFraction, no pivoting
        // needed because the Hilbert matrix is positive definite.
        for (int k = 0; k < n; k++) {
            for (int i = k + 1; i < n; i++) {
                BigFraction factor = m[i][k].divide(m[k][k]);
                for (int j = k; j <= n; j++) {
                    m[i][j] = m[i][j].subtract(factor.multiply(m[k][j]));
                }
            }
        }
        BigFraction[] x = new BigFraction[n];
        for (int i = n - 1; i >= 0; i--) {
            BigFraction sum = m[i][n];
            for (int j = i + 1; j < n; j++) {
                sum = sum.subtract(m[i][j].multiply(x[j]));
            }
            x[i] = sum.divide(m[i][i]);
        }
        assertThat(solution.extremum()).isEqualTo(Extremum.MINIMUM);
        Rational[] point = solution.point();
        for (int i = 0; i < n; i++) {
            assertThat(BigFraction.of(point[i].numerator(), point[i].denominator()).subtract(x[i]).signum()).isZero();
        }
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatThrownBy(() -> ExactQuadratic.solve(new double[][] {{1, 2}}, new double[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("matrix must be square, got 1 rows but row 0 has 2 entries");
        assertThatThrownBy(() -> ExactQuadratic.solve(new double[][] {{Double.NaN}}, new double[] {1}, 0))
                .hasMessage("matrix entries must be finite, got NaN");
        assertThatThrownBy(() -> ExactQuadratic.solve(new double[40][40], new double[40], 0))
                .hasMessage("matrix must have at most 32 rows for exact solving, got 40");
        assertThatThrownBy(() -> ExactQuadratic.solve(new double[][] {{1}}, new double[] {1, 2}, 0))
                .hasMessage("linear must have length 1, got 2");
    }
}
