package io.github.numkit.linalg.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.numkit.linalg.quadratic.Definiteness;
import io.github.numkit.linalg.quadratic.Extremum;
import io.github.numkit.linalg.quadratic.QuadraticForm;
import io.github.numkit.linalg.quadratic.QuadraticSolution;
import org.apache.commons.numbers.fraction.BigFraction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Property(tries = 200)
    void inertiaAndPointOfLowRankIntegerForms(@ForAll("lowRank") double[][] problem) {
        int n = problem.length;
        double[][] a = new double[n][];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = java.util.Arrays.copyOf(problem[i], n);
            b[i] = problem[i][n];
        }

        ExactSolution solution = ExactQuadratic.solve(a, b, 0);

        // Inertia against Commons Math eigenvalues: the entries are small integers, so a nonzero
        // eigenvalue is far above the 1e-9 used to call the rounded ones zero.
        double[] eigenvalues = new org.apache.commons.math3.linear.EigenDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(a)).getRealEigenvalues();
        int positive = 0;
        int negative = 0;
        for (double lambda : eigenvalues) {
            positive += lambda > 1e-9 ? 1 : 0;
            negative += lambda < -1e-9 ? 1 : 0;
        }
        assertThat(solution.positiveEigenvalues()).isEqualTo(positive);
        assertThat(solution.negativeEigenvalues()).isEqualTo(negative);

        // The point, by substitution in exact arithmetic: 2Ax = −b, and x is orthogonal to every
        // null-space vector v, which satisfies Av = 0.
        for (Rational[] v : solution.nullSpace()) {
            for (int i = 0; i < n; i++) {
                assertThat(row(a, i, v).signum()).isZero();
            }
            if (solution.point() != null) {
                Rational dot = Rational.ZERO;
                for (int i = 0; i < n; i++) {
                    dot = dot.add(v[i].multiply(solution.point()[i]));
                }
                assertThat(dot.signum()).isZero();
            }
        }
        if (solution.point() != null) {
            for (int i = 0; i < n; i++) {
                assertThat(row(a, i, solution.point()).multiply(Rational.of(2)).add(Rational.valueOf(b[i])).signum())
                        .isZero();
            }
        }
    }

    @Test
    void zeroDiagonalSaddleIsIndefinite() {
        ExactSolution solution = ExactQuadratic.solve(new double[][] {{0, 1}, {1, 0}}, new double[] {2, 4}, 0);

        // 2·[[0, 1], [1, 0]]x = −(2, 4) gives x = (−2, −1).
        assertThat(solution.extremum()).isEqualTo(Extremum.SADDLE);
        assertThat(solution.positiveEigenvalues()).isEqualTo(1);
        assertThat(solution.negativeEigenvalues()).isEqualTo(1);
        assertThat(solution.point()).containsExactly(Rational.of(-2), Rational.of(-1));
    }

    @Test
    void entriesAcrossTheDoubleRangeSolveExactly() {
        // Off-diagonal entries with exponents from 2^-600 to 2^600 and a 1e300 diagonal: the answer
        // is checked by substituting it into 2Ax = −b in exact arithmetic.
        java.util.Random random = new java.util.Random(5);
        int n = 8;
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                a[i][j] = (random.nextDouble() - 0.5) * Math.scalb(1.0, random.nextInt(1200) - 600);
                a[j][i] = a[i][j];
            }
            a[i][i] = 1e300;
            b[i] = random.nextGaussian();
        }
        long[] reports = new long[2];

        ExactSolution solution = ExactQuadratic.solve(a, b, 0, (done, total) -> {
            reports[0] = done;
            reports[1] = total;
        });

        assertThat(solution.point()).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(row(a, i, solution.point()).multiply(Rational.of(2)).add(Rational.valueOf(b[i])).signum())
                    .isZero();
        }
        assertThat(reports[0]).isEqualTo(2 * n + 1);
        assertThat(reports[1]).isEqualTo(2 * n + 1);
    }

    /** Returns Σⱼ aᵢⱼvⱼ exactly. */
    private static Rational row(double[][] a, int i, Rational[] v) {
        Rational sum = Rational.ZERO;
        for (int j = 0; j < v.length; j++) {
            sum = sum.add(Rational.valueOf(a[i][j]).multiply(v[j]));
        }
        return sum;
    }

    /**
     * Rows [A | b] with A = Σₖ sₖuₖuₖᵀ symmetric of rank at most 2 and order 2 to 5, sₖ = ±1, and
     * small integer entries in u and b.
     */
    @Provide
    Arbitrary<double[][]> lowRank() {
        Arbitrary<Integer> entry = Arbitraries.integers().between(-3, 3);
        return Combinators.combine(Arbitraries.integers().between(2, 5), entry.list().ofSize(15),
                Arbitraries.of(-1, 1).list().ofSize(2)).as((n, u, signs) -> {
                    double[][] problem = new double[n][n + 1];
                    for (int k = 0; k < 2; k++) {
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j < n; j++) {
                                problem[i][j] += signs.get(k) * u.get(5 * k + i) * u.get(5 * k + j);
                            }
                        }
                    }
                    for (int i = 0; i < n; i++) {
                        problem[i][n] = u.get(10 + i);
                    }
                    return problem;
                });
    }
}
