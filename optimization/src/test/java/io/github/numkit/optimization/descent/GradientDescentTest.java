package io.github.numkit.optimization.descent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.optimization.Allocation;
import io.github.numkit.optimization.Checkpoints;
import io.github.numkit.optimization.DivergenceException;
import io.github.numkit.optimization.NonFiniteObservationException;
import io.github.numkit.optimization.schedule.StepSchedule;
import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class GradientDescentTest {

    private static final int M = 200;

    /** y = 1 + 2 x1 - x2 + 0.5 x3 + N(0, 0.1²) with x uniform on [-1, 1]³. */
    private static double[][] features(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[][] x = new double[M][3];
        for (double[] row : x) {
            for (int j = 0; j < 3; j++) {
                row[j] = 2 * rng.nextDouble() - 1;
            }
        }
        return x;
    }

    private static double[] response(double[][] x, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        var normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 1 + 2 * x[i][0] - x[i][1] + 0.5 * x[i][2] + 0.1 * normal.sample();
        }
        return y;
    }

    /** The exact minimiser from Commons Math's Householder QR of [1 X]. */
    private static double[] qrSolution(double[][] x, double[] y) {
        double[][] design = new double[x.length][4];
        for (int i = 0; i < x.length; i++) {
            design[i][0] = 1;
            System.arraycopy(x[i], 0, design[i], 1, 3);
        }
        return new QRDecomposition(new Array2DRowRealMatrix(design)).getSolver()
                .solve(new ArrayRealVector(y)).toArray();
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    private final double[][] x = features(1);
    private final double[] y = response(x, 2);
    private final LeastSquares problem = LeastSquares.of(x, y, true);
    private final double[] exact = qrSolution(x, y);

    @Test
    void exactMinimiserMatchesCommonsMathQr() {
        double[] w = problem.exactMinimiser();
        // κ(X) is about 2 here, so both QR factorisations agree to rounding: 1e-12 absolute.
        for (int j = 0; j < 4; j++) {
            assertThat(w[j]).isCloseTo(exact[j], within(1e-12));
        }
    }

    /**
     * The simple-regression minimiser (intercept, slope) in exact rational arithmetic:
     * slope = (m Σxy - Σx Σy) / (m Σx² - (Σx)²), intercept = (Σy - slope Σx) / m. Every double is
     * an exact decimal, so the only rounding is in the final division to 40 digits.
     */
    private static double[] exactSimpleRegression(double[] x, double[] y) {
        BigDecimal sx = BigDecimal.ZERO;
        BigDecimal sy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        BigDecimal sxy = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            BigDecimal xi = new BigDecimal(x[i]);
            BigDecimal yi = new BigDecimal(y[i]);
            sx = sx.add(xi);
            sy = sy.add(yi);
            sxx = sxx.add(xi.multiply(xi));
            sxy = sxy.add(xi.multiply(yi));
        }
        BigDecimal m = BigDecimal.valueOf(x.length);
        MathContext context = new MathContext(40);
        BigDecimal slope = m.multiply(sxy).subtract(sx.multiply(sy))
                .divide(m.multiply(sxx).subtract(sx.multiply(sx)), context);
        BigDecimal intercept = sy.subtract(slope.multiply(sx)).divide(m, context);
        return new double[] {intercept.doubleValue(), slope.doubleValue()};
    }

    @Test
    void exactMinimiserKeepsDigitsOfOffsetData() {
        // x = offset + U(0, 10), y = 5 (x - offset) + 3 + N(0, 1): κ(X) grows like the offset, so
        // the normal equations (κ²) lost 5 digits at 10⁶ and failed at 10⁷, while QR keeps about
        // 16 - log10(offset) - 1 digits.
        for (double offset : new double[] {1e5, 1e6, 1e7}) {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7);
            var normal = ZigguratSampler.NormalizedGaussian.of(rng);
            double[] xs = new double[500];
            double[] ys = new double[500];
            double[][] rows = new double[500][];
            for (int i = 0; i < 500; i++) {
                xs[i] = offset + 10 * rng.nextDouble();
                ys[i] = 5 * (xs[i] - offset) + 3 + normal.sample();
                rows[i] = new double[] {xs[i]};
            }
            double[] w = LeastSquares.of(rows, ys, true).exactMinimiser();
            double[] truth = exactSimpleRegression(xs, ys);
            double tolerance = offset * 1e-15;
            assertThat(w[1]).as("slope at offset %s", offset)
                    .isCloseTo(truth[1], within(tolerance * Math.abs(truth[1])));
            assertThat(w[0]).as("intercept at offset %s", offset)
                    .isCloseTo(truth[0], within(tolerance * Math.abs(truth[0])));
        }
    }

    @Test
    void exactMinimiserHandlesExtremeScales() {
        // X = c (1, 2, 3)ᵀ, y = (1, 2, 3.5): w = Σxy / Σx² = 15.5 / (14 c). Forming XᵀX would
        // underflow (c = 1e-200) or overflow (c = 1e200).
        for (double c : new double[] {1e-200, 1e200, 1e-300, 1e300}) {
            double[] w = LeastSquares.of(new double[][] {{c}, {2 * c}, {3 * c}},
                    new double[] {1, 2, 3.5}, false).exactMinimiser();
            double truth = 15.5 / 14 / c;
            assertThat(w[0]).as("scale %s", c).isCloseTo(truth, within(4e-16 * truth));
        }
    }

    @Test
    void exactMinimiserOfZeroResponseIsPositiveZero() {
        double[] w = LeastSquares.of(new double[][] {{1}, {2}, {3}}, new double[3], true)
                .exactMinimiser();
        assertThat(w).containsExactly(0.0, 0.0);
        assertThat(1 / w[0]).isPositive();
        assertThat(1 / w[1]).isPositive();
    }

    @Test
    void exactMinimiserScalesTheResponse() {
        // y = 1e300 (1, 2, 3) lies in the span of x = (1, 2, 3): w = 1e300 exactly up to rounding.
        double[] w = LeastSquares.of(new double[][] {{1}, {2}, {3}},
                new double[] {1e300, 2e300, 3e300}, false).exactMinimiser();
        assertThat(w[0]).isCloseTo(1e300, within(1e285));
    }

    @Test
    void batchDescentReachesExactMinimiser() {
        double step = 1 / problem.maxCurvatureBound();
        DescentResult r = GradientDescent.batch(StepSchedule.constant(step)).epochs(2_000)
                .minimize(problem, new double[4], 1L);
        // Linear convergence with rate at most 1 - λmin/trace ≈ 0.9 per iteration reaches
        // rounding level long before 2,000 iterations.
        assertThat(distance(r.point(), exact)).isLessThan(1e-10);
        assertThat(r.gradientNorm()).isLessThan(1e-10);
        assertThat(r.iterations()).isEqualTo(2_000);
        assertThat(r.batchSize()).isEqualTo(M);
    }

    @Test
    void toStringNamesThePointAndTheSettings() {
        DescentResult r = GradientDescent.batch(StepSchedule.constant(0.01)).epochs(3)
                .minimize(problem, new double[4], 1L);

        assertThat(r.toString()).isEqualTo("DescentResult[point=" + java.util.Arrays.toString(r.point())
                + ", iterations=3, epochs=3, batchSize=" + M + ", sampling=" + r.sampling() + ", update="
                + r.update() + "]");
    }

    @Test
    void momentumReachesExactMinimiser() {
        double step = 0.5 / problem.maxCurvatureBound();
        DescentResult r = GradientDescent.batch(StepSchedule.constant(step)).momentum(0.5)
                .epochs(1_000).minimize(problem, new double[4], 1L);
        assertThat(distance(r.point(), exact)).isLessThan(1e-10);
    }

    @Test
    void adamReachesExactMinimiser() {
        DescentResult r = GradientDescent.batch(StepSchedule.power(0.1, 0, 0.6)).adam()
                .epochs(20_000).minimize(problem, new double[4], 1L);
        // Measured 1.7e-6: Adam's normalised steps shrink only as the decaying schedule does.
        assertThat(distance(r.point(), exact)).isLessThan(1e-5);
        assertThat(r.update()).isEqualTo(Update.ADAM);
    }

    /**
     * a_k = 6/(k + 50). The O(1/k) rate needs a μ &gt; 1/2, where μ ≈ 1/3 is the smallest
     * eigenvalue of XᵀX/m for uniform features; 6/51 keeps the first steps below 2/max‖x_i‖².
     */
    private static final StepSchedule DECAYING = StepSchedule.power(6, 50, 1);

    @Test
    void stochasticDescentApproachesExactMinimiser() {
        // Measured over seeds 1 to 5 after 200 epochs: 6e-6 to 1.1e-5 without replacement and
        // 1.2e-3 to 3.1e-3 with it; random reshuffling is known to converge faster. The bounds
        // are about five times the worst measured value.
        DescentResult reshuffled = GradientDescent.stochastic(DECAYING)
                .sampling(Sampling.WITHOUT_REPLACEMENT).epochs(200)
                .minimize(problem, new double[4], 3L);
        assertThat(distance(reshuffled.point(), exact)).isLessThan(5e-5);
        assertThat(reshuffled.iterations()).isEqualTo(200L * M);

        DescentResult independent = GradientDescent.stochastic(DECAYING)
                .sampling(Sampling.WITH_REPLACEMENT).epochs(200)
                .minimize(problem, new double[4], 3L);
        assertThat(distance(independent.point(), exact)).isLessThan(1.5e-2);
    }

    @Test
    void miniBatchApproachesExactMinimiser() {
        DescentResult r = GradientDescent.miniBatch(16, DECAYING)
                .epochs(300).minimize(problem, new double[4], 4L);
        // Measured over seeds 1 to 5: 3.2e-4 to 7.7e-4.
        assertThat(distance(r.point(), exact)).isLessThan(4e-3);
        // 200 terms in batches of 16: 12 full batches and one of 8 per epoch.
        assertThat(r.iterations()).isEqualTo(300L * 13);
    }

    @Test
    void leastSquaresShortcutMatchesGenericPath() {
        // A delegating wrapper hides the LeastSquares type, so the run takes the generic path.
        FiniteSum generic = new FiniteSum() {
            @Override
            public int size() {
                return problem.size();
            }

            @Override
            public int dimension() {
                return problem.dimension();
            }

            @Override
            public double value(int i, double[] w) {
                return problem.value(i, w);
            }

            @Override
            public double addGradient(int i, double[] w, double weight, double[] gradient) {
                return problem.addGradient(i, w, weight, gradient);
            }
        };
        for (Sampling sampling : Sampling.values()) {
            GradientDescent method = GradientDescent.stochastic(DECAYING).sampling(sampling)
                    .epochs(3).checkpoints(Checkpoints.every(37, 600));
            DescentResult fast = method.minimize(problem, new double[4], 5L);
            DescentResult slow = method.minimize(generic, new double[4], 5L);
            assertThat(fast.point()).as("%s", sampling).containsExactly(slow.point());
            for (int i = 0; i < fast.trajectory().size(); i++) {
                assertThat(fast.trajectory().point(i)).containsExactly(slow.trajectory().point(i));
            }
        }
    }

    @Test
    void sameSeedGivesSameTrajectory() {
        GradientDescent method = GradientDescent.miniBatch(10, StepSchedule.constant(0.05))
                .epochs(5).checkpoints(Checkpoints.every(10, 100));
        DescentResult a = method.minimize(problem, new double[4], 9L);
        DescentResult b = method.minimize(problem, new double[4], 9L);
        assertThat(a.trajectory().size()).isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            assertThat(b.trajectory().point(i)).containsExactly(a.trajectory().point(i));
        }
    }

    @Test
    void divergingBatchDescentReportsOnset() {
        // 500 points y = 5x + 3 + noise, x spread over [0, 100], step 0.01: the curvature
        // mean(x²) ≈ 3,300 makes the step 30 times too large for stability.
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(21);
        var normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] features = new double[500][1];
        double[] response = new double[500];
        for (int i = 0; i < 500; i++) {
            features[i][0] = 100 * rng.nextDouble();
            response[i] = 5 * features[i][0] + 3 + normal.sample();
        }
        LeastSquares data = LeastSquares.of(features, response, true);

        // Independent plain loop: the loss after each iteration, until an iterate exceeds 1e15.
        double[] w = new double[2];
        double previousLoss = data.loss(w);
        long lossGrowthStart = -1;
        long detected = 0;
        while (Math.max(Math.abs(w[0]), Math.abs(w[1])) <= 1e15) {
            detected++;
            double g0 = 0;
            double g1 = 0;
            for (int i = 0; i < 500; i++) {
                double r = w[0] + w[1] * features[i][0] - response[i];
                g0 += r / 500;
                g1 += r * features[i][0] / 500;
            }
            w[0] -= 0.01 * g0;
            w[1] -= 0.01 * g1;
            double loss = data.loss(w);
            if (loss > previousLoss) {
                lossGrowthStart = lossGrowthStart < 0 ? detected : lossGrowthStart;
            } else {
                lossGrowthStart = -1;
            }
            previousLoss = loss;
        }
        long expectedOnset = lossGrowthStart;
        long expectedDetection = detected;
        assertThat(expectedDetection).isLessThan(40);

        assertThatThrownBy(() -> GradientDescent.batch(StepSchedule.constant(0.01)).epochs(1_000)
                .minimize(data, new double[2], 1L))
                .isInstanceOfSatisfying(DivergenceException.class, e -> {
                    assertThat(e.onsetIteration()).isEqualTo(expectedOnset);
                    assertThat(e.detectedIteration()).isEqualTo(expectedDetection);
                    for (double v : e.point()) {
                        assertThat(v).isFinite();
                    }
                })
                .hasMessageStartingWith("batch gradient descent diverged");
    }

    @Test
    void batchLargerThanDataIsRejected() {
        assertThatThrownBy(() -> GradientDescent.miniBatch(600, StepSchedule.constant(0.01))
                .minimize(problem, new double[4], 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batchSize must be <= the number of terms m = 200, got 600");
    }

    @Test
    void wrongStartDimensionIsRejected() {
        assertThatThrownBy(() -> GradientDescent.batch(StepSchedule.constant(0.01))
                .minimize(problem, new double[3], 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start must have length 4, got 3");
    }

    @Test
    void nonFiniteGradientNamesIterationAndPoint() {
        FiniteSum broken = new FiniteSum() {
            @Override
            public int size() {
                return 10;
            }

            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double value(int i, double[] w) {
                return Math.sqrt(w[0]);
            }

            @Override
            public double addGradient(int i, double[] w, double weight, double[] gradient) {
                gradient[0] += weight * (w[0] < 0.5 ? Double.NaN : 1);
                return value(i, w);
            }
        };
        assertThatThrownBy(() -> GradientDescent.batch(StepSchedule.constant(0.3))
                .minimize(broken, new double[] {1}, 1L))
                .isInstanceOfSatisfying(NonFiniteObservationException.class, e -> {
                    assertThat(e.iteration()).isEqualTo(3);
                    assertThat(e.point()[0]).isCloseTo(0.4, within(1e-12));
                })
                .hasMessageStartingWith("batch gradient[0] must be finite, got NaN at iteration 3");
    }

    @Test
    void iterationCountDoesNotOverflow() {
        // 1000 single-sample iterations per epoch: the largest epoch count is ⌊(2⁶³ - 1)/1000⌋.
        GradientDescent tooMany = GradientDescent.stochastic(StepSchedule.constant(0.1))
                .epochs(Long.MAX_VALUE / 2);
        assertThatThrownBy(() -> tooMany.iterations(1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("epochs must be <= 9223372036854775 with 1000 iterations per epoch,"
                        + " so that the iteration count fits in a long, got 4611686018427387903");
        assertThat(tooMany.epochs(9_223_372_036_854_775L).iterations(1000))
                .isEqualTo(9_223_372_036_854_775_000L);
        // ⌈(2³¹ - 1)/2⌉ = 2³⁰ iterations per epoch; m + b - 1 overflowed an int before.
        assertThat(GradientDescent.miniBatch(2, StepSchedule.constant(0.1)).epochs(3)
                .iterations(Integer.MAX_VALUE)).isEqualTo(3L << 30);
    }

    @Test
    void nullFeatureRowIsRejected() {
        assertThatThrownBy(() -> LeastSquares.of(new double[][] {null}, new double[] {1}, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("features row 0 must not be null");
        assertThatThrownBy(() -> LeastSquares.of(new double[][] {{1}, null}, new double[] {1, 2},
                true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("features row 1 must not be null");
    }

    @Test
    void raggedFeaturesAreRejected() {
        assertThatThrownBy(() -> LeastSquares.of(new double[][] {{1, 2}, {3}},
                new double[] {1, 2}, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("features row 1 must have length 2, got 1");
    }

    @Test
    void dependentColumnsHaveNoUniqueMinimiser() {
        LeastSquares dependent = LeastSquares.of(new double[][] {{1, 2}, {2, 4}, {3, 6}},
                new double[] {1, 2, 3}, false);
        assertThatThrownBy(dependent::exactMinimiser)
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("column 1 of the design is a linear combination of the"
                        + " columns before it")
                .hasMessageEndingWith("the columns of the design are linearly dependent, so the"
                        + " minimiser is not unique");
        LeastSquares zeroColumn = LeastSquares.of(new double[][] {{1, 0}, {2, 0}},
                new double[] {1, 2}, false);
        assertThatThrownBy(zeroColumn::exactMinimiser)
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("column 1 of the design is zero: the columns of the design are"
                        + " linearly dependent, so the minimiser is not unique");
        LeastSquares wide = LeastSquares.of(new double[][] {{1, 2}}, new double[] {1}, false);
        assertThatThrownBy(wide::exactMinimiser)
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("the design has fewer rows (1) than columns (2): the columns of the"
                        + " design are linearly dependent, so the minimiser is not unique");
    }

    @Test
    void iterationsAllocateNothing() {
        GradientDescent shortRun = GradientDescent.miniBatch(8, StepSchedule.constant(0.05)).adam()
                .epochs(2);
        GradientDescent longRun = shortRun.epochs(402);
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1);
        shortRun.minimize(problem, new double[4], rng);
        longRun.minimize(problem, new double[4], rng);
        long small = Allocation.measure(() -> shortRun.minimize(problem, new double[4], rng));
        long large = Allocation.measure(() -> longRun.minimize(problem, new double[4], rng));
        org.junit.jupiter.api.Assumptions.assumeTrue(small >= 0, "allocation counter missing");
        // 10,000 extra iterations: one allocation per iteration would add at least 160 kB.
        assertThat(large - small).isLessThan(10_000);
    }
}
