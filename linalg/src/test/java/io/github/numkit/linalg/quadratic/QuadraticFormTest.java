package io.github.numkit.linalg.quadratic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuadraticFormTest {

    /** The rank-one matrix u uᵀ with u = (1, 2, 3); its eigenvalues are 14, 0, 0. */
    private static final double[][] RANK_ONE = {{1, 2, 3}, {2, 4, 6}, {3, 6, 9}};

    /** Eigenvalues −1, 1, 1, and a zero in the first pivot of the trailing 2×2 block. */
    private static final double[][] ZERO_PIVOT_SADDLE = {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}};

    @Test
    void nearSymmetricMatrixIsMinimum() {
        double[][] a = {{23473.684554963584, 4273.093076392109}, {4273.093076392048, 4462.13956661408}};
        QuadraticForm form = QuadraticForm.of(a, new double[] {1, -2}, 0);

        Classification classification = form.classify();

        // Closed form for a symmetric 2x2 matrix [[p, q], [q, r]]: m ± hypot((p - r)/2, q).
        double p = a[0][0];
        double q = 0.5 * (a[0][1] + a[1][0]);
        double r = a[1][1];
        double radius = Math.hypot((p - r) / 2, q);
        double larger = (p + r) / 2 + radius;
        double smaller = (p * r - q * q) / larger;
        double[] eigenvalues = classification.eigenvalues();
        // The eigensolver is backward stable, so the error is a few ulps of the largest eigenvalue.
        assertThat(eigenvalues[1]).isCloseTo(larger, within(1e-11 * larger));
        assertThat(eigenvalues[0]).isCloseTo(smaller, within(1e-11 * larger));
        assertThat(eigenvalues[1]).isCloseTo(24389.9577, within(1e-4));
        assertThat(eigenvalues[0]).isCloseTo(3545.8664, within(1e-4));
        assertThat(classification.definiteness()).isEqualTo(Definiteness.POSITIVE_DEFINITE);
        assertThat(classification.extremum()).isEqualTo(Extremum.MINIMUM);
        assertThat(form.antisymmetricNorm())
                .isCloseTo(Math.abs(a[0][1] - a[1][0]) / Math.sqrt(2), within(1e-20));
        assertThat(form.solve().classification().extremum()).isEqualTo(Extremum.MINIMUM);
        assertThat(form.solve().method()).isEqualTo(SolveMethod.CHOLESKY);
        assertThat(form.solve().antisymmetricNorm()).isGreaterThan(0);
    }

    @Test
    void zeroPivotSaddleFallsBack() {
        double[] b = {1, 2, 3};
        QuadraticForm form = QuadraticForm.of(ZERO_PIVOT_SADDLE, b, 0);

        QuadraticSolution solution = form.solve();

        Classification classification = solution.classification();
        assertThat(classification.definiteness()).isEqualTo(Definiteness.INDEFINITE);
        assertThat(classification.extremum()).isEqualTo(Extremum.SADDLE);
        assertThat(classification.eigenvalues()).containsExactly(new double[] {-1, 1, 1}, within(1e-15));
        assertThat(solution.method()).isEqualTo(SolveMethod.EIGENDECOMPOSITION);
        // The matrix is its own inverse, so x* = −A b / 2 = (−0.5, −1.5, −1).
        assertThat(solution.point()).containsExactly(new double[] {-0.5, -1.5, -1}, within(1e-15));
        assertThat(solution.value()).isFinite();
        assertThat(solution.residualNorm()).isLessThan(1e-15);

        double[] down = classification.decreasingDirection();
        double[] up = classification.increasingDirection();
        assertThat(curvature(ZERO_PIVOT_SADDLE, down)).isCloseTo(-1, within(1e-14));
        assertThat(curvature(ZERO_PIVOT_SADDLE, up)).isCloseTo(1, within(1e-14));
        assertThat(Math.abs(down[1] + down[2])).isLessThan(1e-15);
        assertThat(down[0]).isCloseTo(0, within(1e-15));
    }

    @Test
    void saddleWithoutStationaryPoint() {
        double[][] a = {{1, 0, 0}, {0, -1, 0}, {0, 0, 0}};
        QuadraticSolution solution = QuadraticForm.of(a, new double[] {0, 0, 1}, 0).solve();

        assertThat(solution.classification().extremum()).isEqualTo(Extremum.SADDLE);
        assertThat(solution.classification().stationary()).isFalse();
        assertThat(solution.hasPoint()).isFalse();
        assertThat(solution.point()).isNull();
        assertThat(solution.value()).isNaN();
    }

    @Test
    void rankOneWithRangeVectorIsMinimumSet() {
        double[] b = {1, 2, 3};
        QuadraticForm form = QuadraticForm.of(RANK_ONE, b, 5);

        QuadraticSolution solution = form.solve();

        Classification classification = solution.classification();
        assertThat(classification.definiteness()).isEqualTo(Definiteness.POSITIVE_SEMIDEFINITE);
        assertThat(classification.extremum()).isEqualTo(Extremum.MINIMUM_SET);
        assertThat(classification.rank()).isEqualTo(1);
        // A⁺ = u uᵀ / ‖u‖⁴, so x* = −A⁺b/2 = −u/28 and f(x*) = c + bᵀx*/2 = 5 − 1/4.
        assertThat(solution.point()).containsExactly(new double[] {-1.0 / 28, -2.0 / 28, -3.0 / 28}, within(1e-16));
        assertThat(solution.value()).isCloseTo(4.75, within(1e-14));
        double[][] nullSpace = classification.nullSpace();
        assertThat(nullSpace).hasNumberOfRows(2);
        for (double[] v : nullSpace) {
            assertThat(v[0] + 2 * v[1] + 3 * v[2]).isCloseTo(0, within(1e-14));
            assertThat(dot(v, v)).isCloseTo(1, within(1e-14));
        }
        assertThat(dot(nullSpace[0], nullSpace[1])).isCloseTo(0, within(1e-14));
        assertThat(classification.decreasingDirection()).isNull();
    }

    @Test
    void rankOneOutsideRangeIsUnboundedBelow() {
        double[] b = {1, 0, 0};
        QuadraticSolution solution = QuadraticForm.of(RANK_ONE, b, 0).solve();

        Classification classification = solution.classification();
        assertThat(classification.definiteness()).isEqualTo(Definiteness.POSITIVE_SEMIDEFINITE);
        assertThat(classification.extremum()).isEqualTo(Extremum.UNBOUNDED_BELOW);
        assertThat(solution.hasPoint()).isFalse();
        double[] d = classification.decreasingDirection();
        // Along d the quadratic term vanishes and the linear term bᵀd is negative.
        assertThat(d[0] + 2 * d[1] + 3 * d[2]).isCloseTo(0, within(1e-14));
        assertThat(dot(b, d)).isLessThan(-0.5);
        assertThat(curvature(RANK_ONE, classification.increasingDirection())).isCloseTo(14, within(1e-12));
    }

    @Test
    void negativeRankOneMirrorsPositive() {
        double[][] a = scale(RANK_ONE, -1);

        Classification inRange = QuadraticForm.of(a, new double[] {1, 2, 3}, 0).classify();
        Classification outside = QuadraticForm.of(a, new double[] {0, 0, 1}, 0).classify();

        assertThat(inRange.definiteness()).isEqualTo(Definiteness.NEGATIVE_SEMIDEFINITE);
        assertThat(inRange.extremum()).isEqualTo(Extremum.MAXIMUM_SET);
        assertThat(outside.extremum()).isEqualTo(Extremum.UNBOUNDED_ABOVE);
        assertThat(dot(outside.increasingDirection(), new double[] {0, 0, 1})).isGreaterThan(0);
    }

    @Test
    void negativeDefiniteIsMaximum() {
        double[][] a = {{-4, 1}, {1, -3}};
        double[] b = {2, -1};
        QuadraticSolution solution = QuadraticForm.of(a, b, 0).solve();

        assertThat(solution.classification().extremum()).isEqualTo(Extremum.MAXIMUM);
        assertThat(solution.method()).isEqualTo(SolveMethod.CHOLESKY);
        // 2Ax = −b with det(A) = 11: x = −A⁻¹b/2 = −[[−3, −1], [−1, −4]] b / 22.
        assertThat(solution.point()).containsExactly(new double[] {5.0 / 22, -2.0 / 22}, within(1e-16));
    }

    @Test
    void zeroMatrixIsAffineOrConstant() {
        double[][] zero = new double[2][2];

        Classification affine = QuadraticForm.of(zero, new double[] {3, 4}, 1).classify();
        QuadraticSolution constant = QuadraticForm.of(zero, new double[] {0, 0}, 1).solve();

        assertThat(affine.definiteness()).isEqualTo(Definiteness.ZERO);
        assertThat(affine.extremum()).isEqualTo(Extremum.AFFINE);
        assertThat(affine.decreasingDirection()).containsExactly(-0.6, -0.8);
        assertThat(affine.stationary()).isFalse();
        assertThat(constant.classification().extremum()).isEqualTo(Extremum.CONSTANT);
        assertThat(constant.point()).containsExactly(0, 0);
        assertThat(constant.value()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-12, 1e-6, 1, 1e6, 1e12})
    void classificationIsScaleInvariant(double scale) {
        double[][][] matrices = {{{2, 1}, {1, 3}}, scale(new double[][] {{2, 1}, {1, 3}}, -1),
            ZERO_PIVOT_SADDLE, RANK_ONE, scale(RANK_ONE, -1), hilbert(6)};
        Extremum[] expected = {Extremum.MINIMUM, Extremum.MAXIMUM, Extremum.SADDLE, Extremum.MINIMUM_SET,
            Extremum.MAXIMUM_SET, Extremum.MINIMUM};
        for (int k = 0; k < matrices.length; k++) {
            int n = matrices[k].length;
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = scale * matrices[k][i][0];
            }
            QuadraticForm form = QuadraticForm.of(scale(matrices[k], scale), b, 0);
            assertThat(form.classify().extremum()).as("matrix %d at scale %s", k, scale).isEqualTo(expected[k]);
            assertThat(form.solve().classification().extremum()).as("solve of matrix %d at scale %s", k, scale)
                    .isEqualTo(expected[k]);
        }
    }

    @Test
    void singularMatrixNeverUniqueMinimum() {
        // Cholesky of this rank-two matrix meets a pivot of rounding size, not a negative one.
        double[][] a = {{1, 1, 0}, {1, 1 + 1e-17, 0}, {0, 0, 1}};
        QuadraticSolution solution = QuadraticForm.of(a, new double[] {1, 1, 0}, 0).solve();

        assertThat(solution.classification().extremum()).isEqualTo(Extremum.MINIMUM_SET);
        assertThat(solution.method()).isEqualTo(SolveMethod.EIGENDECOMPOSITION);
    }

    @Test
    void singularBlockOrthogonalToOnesIsUnbounded() {
        // f = x² + 7(y + z)² + x + y − z: rows 2 and 3 are equal, and b has a component (0, 1, −1)
        // in the null space, so f is unbounded below. Hager's iteration alone, started from
        // (1, 1, 1)/3, never reaches the null direction.
        double[][] a = {{1, 0, 0}, {0, 7, 7}, {0, 7, 7}};
        double[] b = {1, 1, -1};
        double[][] negated = {{-1, 0, 0}, {0, -7, -7}, {0, -7, -7}};

        QuadraticSolution solution = QuadraticForm.of(a, b, 0).solve();
        QuadraticSolution mirrored = QuadraticForm.of(negated, b, 0).solve();
        double[] tinyB = {0x1p-1000, 0x1p-1000, -0x1p-1000};
        QuadraticSolution scaled = QuadraticForm.of(scale(a, 0x1p-1000), tinyB, 0).solve();

        assertThat(solution.classification().extremum()).isEqualTo(Extremum.UNBOUNDED_BELOW);
        assertThat(solution.hasPoint()).isFalse();
        assertThat(mirrored.classification().extremum()).isEqualTo(Extremum.UNBOUNDED_ABOVE);
        assertThat(scaled.classification().extremum()).isEqualTo(Extremum.UNBOUNDED_BELOW);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 127, 128, 129, 300})
    void nearlySingularBlockIsNeverUniqueMinimum(int n) {
        // The identity with its last 2×2 block replaced by [[(1+d)/2, (1−d)/2], [(1−d)/2, (1+d)/2]],
        // whose eigenvalues are 1 and d: κ₂ = 1/d, above the singularity threshold 1/(16·n·ε) for
        // every n here.
        double d = n == 3 ? 1e-15 : 1e-13;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
        }
        a[n - 2][n - 2] = (1 + d) / 2;
        a[n - 1][n - 1] = (1 + d) / 2;
        a[n - 2][n - 1] = (1 - d) / 2;
        a[n - 1][n - 2] = (1 - d) / 2;
        double[] b = new double[n];
        b[n - 2] = 1;
        b[n - 1] = -1;

        QuadraticSolution solution = QuadraticForm.of(a, b, 0).solve();

        assertThat(solution.classification().extremum()).isNotEqualTo(Extremum.MINIMUM);
        assertThat(solution.method()).isEqualTo(SolveMethod.EIGENDECOMPOSITION);
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 110, 126, 200, 300})
    void onesMatrixIsMinimumSet(int n) {
        // J = 11ᵀ has eigenvalues n and 0 (n − 1 times). With b = 1, 2Jx = −1 requires Σxᵢ = −1/2,
        // whose minimum-norm solution is xᵢ = −1/(2n), and f(x*) = c + bᵀx*/2 = −1/4.
        double[][] ones = new double[n][n];
        for (double[] row : ones) {
            java.util.Arrays.fill(row, 1);
        }
        double[] b = new double[n];
        java.util.Arrays.fill(b, 1);

        QuadraticSolution solution = QuadraticForm.of(ones, b, 0).solve();

        Classification classification = solution.classification();
        assertThat(classification.definiteness()).isEqualTo(Definiteness.POSITIVE_SEMIDEFINITE);
        assertThat(classification.extremum()).isEqualTo(Extremum.MINIMUM_SET);
        assertThat(classification.eigenvalues()[n - 1]).isCloseTo(n, within(1e-12 * n));
        assertThat(classification.nullSpace()).hasDimensions(n - 1, n);
        for (double xi : solution.point()) {
            assertThat(xi).isCloseTo(-0.5 / n, within(1e-12 / n));
        }
        assertThat(solution.value()).isCloseTo(-0.25, within(1e-14));
    }

    @Test
    void nullComponentNextToTinyEigenvalueIsUnbounded() {
        // e₃ spans the null space exactly and b·e₃ = 1, so f(x − t·e₃) = f(x) − t decreases
        // without bound. The eigenvalue 1.066e-14 just above the threshold τ ≈ 1.07e-14 used to
        // widen the range tolerance to about ‖b‖.
        double[][] a = {{1, 0, 0}, {0, 1.066e-14, 0}, {0, 0, 0}};
        QuadraticForm form = QuadraticForm.of(a, new double[] {0.1, 0, 1}, 0);

        assertThat(form.classify().extremum()).isEqualTo(Extremum.UNBOUNDED_BELOW);
        assertThat(form.solve().classification().extremum()).isEqualTo(Extremum.UNBOUNDED_BELOW);
        assertThat(QuadraticForm.of(new double[][] {{1, 0, 0}, {0, 1.2e-14, 0}, {0, 0, 0}}, new double[] {1, 0, 1}, 0)
                .classify().extremum()).isEqualTo(Extremum.UNBOUNDED_BELOW);
    }

    @Test
    void refinementReachesExactHilbertSolution() {
        int n = 8;
        double[][] a = hilbert(n);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = i % 2 == 0 ? 1 : -1;
        }
        double[] exact = exactStationaryPoint(a, b);

        QuadraticSolution plain = QuadraticForm.of(a, b, 0).solve(0);
        QuadraticSolution refined = QuadraticForm.of(a, b, 0).solve(10);

        assertThat(plain.method()).isEqualTo(SolveMethod.CHOLESKY);
        // κ₁(H₈) ≈ 3e10, so the unrefined solve loses about 9 digits and refinement recovers them.
        assertThat(relativeError(plain.point(), exact)).isGreaterThan(1e-9);
        assertThat(relativeError(refined.point(), exact)).isLessThan(1e-14);
        assertThat(refined.refinementSteps()).isPositive();
        assertThat(plain.forwardErrorBound()).isGreaterThan(relativeError(plain.point(), exact));
        assertThat(plain.conditionEstimate()).isBetween(1e10, 1e11);
    }

    @Test
    void definiteSolveMatchesCommonsMath() {
        java.util.Random random = new java.util.Random(7);
        int n = 30;
        double[][] m = new double[n][n];
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian();
            }
        }
        RealMatrix mm = new Array2DRowRealMatrix(m);
        RealMatrix a = mm.transpose().multiply(mm).add(new Array2DRowRealMatrix(identity(n)));
        double[] b = random.doubles(n).toArray();

        QuadraticSolution solution = QuadraticForm.of(a.getData(), b, 0).solve();

        double[] expected = new CholeskyDecomposition(a).getSolver()
                .solve(new ArrayRealVector(b).mapMultiply(-0.5)).toArray();
        // κ(A) is about 1e3 here, so both solutions agree to about κ·ε.
        assertThat(relativeError(solution.point(), expected)).isLessThan(1e-12);
        double[] eigenvalues = new EigenDecomposition(a).getRealEigenvalues();
        double largest = java.util.Arrays.stream(eigenvalues).max().orElseThrow();
        double smallest = java.util.Arrays.stream(eigenvalues).min().orElseThrow();
        assertThat(solution.conditionEstimate()).isBetween(0.1 * largest / smallest, 10 * n * largest / smallest);
    }

    @Test
    void valueGradientHessianMatchExactArithmetic() {
        double[][] a = {{3, 4}, {0, 1}};
        double[] b = {-2, 5};
        QuadraticForm form = QuadraticForm.ofCoefficients(a, b, 7);
        double[] x = {0.1, -0.3};

        // 3x² + 4xy + y² − 2x + 5y + 7 in exact rational arithmetic.
        BigFraction bx = BigFraction.from(x[0]);
        BigFraction by = BigFraction.from(x[1]);
        BigFraction expected = bx.multiply(bx).multiply(3).add(bx.multiply(by).multiply(4)).add(by.multiply(by))
                .add(bx.multiply(-2)).add(by.multiply(5)).add(7);
        assertThat(form.value(x)).isEqualTo(expected.doubleValue());
        assertThat(form.gradient(x)).containsExactly(new double[] {6 * 0.1 + 4 * -0.3 - 2, 4 * 0.1 + 2 * -0.3 + 5},
                within(1e-15));
        assertThat(form.hessian()).isDeepEqualTo(new double[][] {{6, 4}, {4, 2}});
        assertThat(form.matrix()).isDeepEqualTo(new double[][] {{3, 2}, {2, 1}});
        assertThat(form.relativeAsymmetry()).isCloseTo(2 * Math.sqrt(2) / Math.sqrt(18), within(1e-15));
    }

    @Test
    void badArgumentsNameTheProblem() {
        assertThatThrownBy(() -> QuadraticForm.of(new double[][] {{1, 2}}, new double[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("matrix must be square, got 1 rows but row 0 has 2 entries");
        assertThatThrownBy(() -> QuadraticForm.of(new double[0][0], new double[0], 0))
                .hasMessage("matrix must be a non-empty square matrix, got 0 rows");
        assertThatThrownBy(() -> QuadraticForm.of(new double[][] {{1, Double.NaN}, {0, 1}}, new double[2], 0))
                .hasMessage("matrix entries must be finite, got NaN at (0, 1)");
        assertThatThrownBy(() -> QuadraticForm.of(new double[][] {{1}}, new double[2], 0))
                .hasMessage("linear must have length 1, got 2");
        assertThatThrownBy(() -> QuadraticForm.of(new double[][] {{1}}, new double[] {Double.POSITIVE_INFINITY}, 0))
                .hasMessage("linear entries must be finite, got Infinity at 0");
        assertThatThrownBy(() -> QuadraticForm.of(new double[][] {{1}}, new double[1], Double.NaN))
                .hasMessage("constant must be finite, got NaN");
        assertThatThrownBy(() -> QuadraticForm.of(new double[][] {{1}}, new double[1], 0).solve(-1))
                .hasMessage("maxRefinementSteps must be >= 0, got -1");
        assertThatThrownBy(() -> QuadraticForm.of(new double[][] {{1}}, new double[1], 0).classify(1.5))
                .hasMessage("relativeTolerance must be in [0, 1), got 1.5");
    }

    static double[][] hilbert(int n) {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] = 1.0 / (i + j + 1);
            }
        }
        return h;
    }

    /** Solves 2Ax = −b exactly in rationals by Gauss–Jordan elimination, then rounds. */
    static double[] exactStationaryPoint(double[][] a, double[] b) {
        int n = b.length;
        BigFraction[][] m = new BigFraction[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = BigFraction.from(a[i][j]).multiply(2);
            }
            m[i][n] = BigFraction.from(b[i]).negate();
        }
        for (int k = 0; k < n; k++) {
            int pivot = k;
            while (m[pivot][k].signum() == 0) {
                pivot++;
            }
            BigFraction[] swap = m[k];
            m[k] = m[pivot];
            m[pivot] = swap;
            for (int i = 0; i < n; i++) {
                if (i != k && m[i][k].signum() != 0) {
                    BigFraction factor = m[i][k].divide(m[k][k]);
                    for (int j = k; j <= n; j++) {
                        m[i][j] = m[i][j].subtract(factor.multiply(m[k][j]));
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n].divide(m[i][i]).doubleValue();
        }
        return x;
    }

    static double relativeError(double[] computed, double[] exact) {
        double error = 0;
        double size = 0;
        for (int i = 0; i < exact.length; i++) {
            error = Math.max(error, Math.abs(computed[i] - exact[i]));
            size = Math.max(size, Math.abs(exact[i]));
        }
        return error / size;
    }

    private static double curvature(double[][] a, double[] d) {
        double sum = 0;
        for (int i = 0; i < d.length; i++) {
            for (int j = 0; j < d.length; j++) {
                sum += d[i] * a[i][j] * d[j];
            }
        }
        return sum;
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }

    private static double[][] scale(double[][] a, double factor) {
        double[][] result = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            result[i] = a[i].clone();
            for (int j = 0; j < a.length; j++) {
                result[i][j] *= factor;
            }
        }
        return result;
    }

    private static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    @Test
    void hugeSingularMatrixGivesMinimumNormPoint() {
        // A = s·[[1, 1], [1, 1]] with s = 5e307 and b = (1, 1): 2Ax = −b means x₁ + x₂ = −1/(2s), whose
        // minimum-norm solution is x₁ = x₂ = −1/(4s) = −5e-309, with f* = bᵀx*/2 = −5e-309.
        double s = 5e307;
        QuadraticForm form = QuadraticForm.of(new double[][] {{s, s}, {s, s}}, new double[] {1, 1}, 0);

        QuadraticSolution solution = form.solve();

        assertThat(solution.classification().extremum()).isEqualTo(Extremum.MINIMUM_SET);
        double expected = -0.25 / s;
        assertThat(solution.point()[0]).isCloseTo(expected, within(1e-323));
        assertThat(solution.point()[1]).isCloseTo(expected, within(1e-323));
        assertThat(solution.value()).isCloseTo(expected, within(1e-323));
        assertThat(solution.residualNorm()).isLessThan(1e-15);
    }

    @Test
    void overflowingEigenvalueIsReportedInfinite() {
        // A = 1e308·[[1, 1], [1, 1]] has eigenvalues 0 and 2e308, which is beyond the double range;
        // with b = (1, 1) the minimum-norm point is x₁ = x₂ = −1/(4e308) = −2.5e-309.
        QuadraticForm form = QuadraticForm.of(new double[][] {{1e308, 1e308}, {1e308, 1e308}}, new double[] {1, 1}, 0);

        QuadraticSolution solution = form.solve();

        assertThat(solution.classification().definiteness()).isEqualTo(Definiteness.POSITIVE_SEMIDEFINITE);
        assertThat(solution.classification().eigenvalues()[1]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(solution.point()[0]).isCloseTo(-2.5e-309, within(1e-323));
        assertThat(solution.point()[1]).isCloseTo(-2.5e-309, within(1e-323));
    }

    @Test
    void largestDoublesSolveWithoutOverflow() {
        // 2·1e308·x = −1 gives x = −5e-309; 2·1e308·x = −1e308 gives x = −0.5, with
        // f = 1e308·(0.25 + 0.25) − 1e308 = −5e307.
        QuadraticSolution tiny = QuadraticForm.of(new double[][] {{1e308}}, new double[] {1}, 0).solve();
        QuadraticSolution half = QuadraticForm.of(new double[][] {{1e308, 0}, {0, 1e308}},
                new double[] {1e308, 1e308}, 0).solve();

        assertThat(tiny.classification().extremum()).isEqualTo(Extremum.MINIMUM);
        assertThat(tiny.point()[0]).isCloseTo(-5e-309, within(1e-323));
        assertThat(half.point()).containsExactly(-0.5, -0.5);
        assertThat(half.value()).isCloseTo(-5e307, within(1e292));
    }

    @Test
    void subnormalEntryIsDefinite() {
        QuadraticForm form = QuadraticForm.of(new double[][] {{4.9e-324}}, new double[] {0}, 0);

        assertThat(form.matrix()[0][0]).isEqualTo(4.9e-324);
        assertThat(form.classify().definiteness()).isEqualTo(Definiteness.POSITIVE_DEFINITE);
        assertThat(form.solve().point()).containsExactly(0.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1000, -900, 900, 1000})
    void powerOfTwoScalingIsExact(int exponent) {
        // Scaling A by 2^k scales x* by 2^-k exactly, because the solver scales A back to the same
        // numbers before it starts.
        double[][] a = {{2, 1, 0.5}, {1, -3, 0.25}, {0.5, 0.25, 1}};
        double[] b = {1, -2, 3};
        double[][] scaled = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                scaled[i][j] = Math.scalb(a[i][j], exponent);
            }
        }

        double[] x = QuadraticForm.of(a, b, 0).solve().point();
        QuadraticSolution solution = QuadraticForm.of(scaled, b, 0).solve();

        assertThat(solution.classification().extremum()).isEqualTo(Extremum.SADDLE);
        for (int i = 0; i < 3; i++) {
            assertThat(solution.point()[i]).isEqualTo(Math.scalb(x[i], -exponent));
        }
    }

    @Test
    void valueAndGradientOverflowToInfinity() {
        QuadraticForm unit = QuadraticForm.of(new double[][] {{1}}, new double[1], 0);
        QuadraticForm huge = QuadraticForm.of(new double[][] {{1e308}}, new double[1], 0);

        assertThat(unit.value(new double[] {1e200})).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(unit.value(new double[] {-1e200})).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(huge.gradient(new double[] {1})).containsExactly(Double.POSITIVE_INFINITY);
        assertThat(huge.gradient(new double[] {-1})).containsExactly(Double.NEGATIVE_INFINITY);
        assertThat(huge.gradient(new double[] {0.25})).containsExactly(5e307);
    }

    @Test
    void defaultSolveRefinesOnce() {
        // 3x² + 2xy + 2y² − 8x − 4y + 1: 2Ax = −b with A = [[3, 1], [1, 2]] gives x* = (6/5, 2/5) exactly,
        // whose nearest doubles are 1.2 and 0.4; the plain solve misses both by an ulp.
        QuadraticForm form = QuadraticForm.ofCoefficients(new double[][] {{3, 2}, {0, 2}}, new double[] {-8, -4}, 1);

        QuadraticSolution solution = form.solve();

        assertThat(solution.point()).containsExactly(1.2, 0.4);
        assertThat(solution.refinementSteps()).isEqualTo(1);
        assertThat(form.solve(0).refinementSteps()).isZero();
    }

    @Test
    void negativeZeroBecomesZero() {
        // x* = −b/2 = (−0, −1) in plain arithmetic, and the affine form's directions are ±b/‖b‖;
        // the sign of a zero component means nothing, so it must print as 0.
        QuadraticSolution bowl = QuadraticForm.of(new double[][] {{1, 0}, {0, 1}}, new double[] {0, 2}, 0).solve();
        Classification affine = QuadraticForm.of(new double[2][2], new double[] {0, 1}, 0).classify();

        assertThat(Double.doubleToRawLongBits(bowl.point()[0])).isZero();
        assertThat(bowl.point()[1]).isEqualTo(-1.0);
        assertThat(Double.doubleToRawLongBits(affine.decreasingDirection()[0])).isZero();
        assertThat(affine.decreasingDirection()[1]).isEqualTo(-1.0);
    }
}
