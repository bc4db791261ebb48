package io.github.numkit.optimization.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class RunningMomentsTest {

    private static final MathContext EXACT = MathContext.DECIMAL128;

    /** Values near 1e9 with unit spread, where the textbook one-pass formula loses every digit. */
    private static double[] offsetData(int n, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1e9 + rng.nextDouble();
        }
        return x;
    }

    private static BigDecimal exactMean(double[] x) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : x) {
            sum = sum.add(new BigDecimal(v));
        }
        return sum.divide(BigDecimal.valueOf(x.length), EXACT);
    }

    private static BigDecimal exactSumOfSquares(double[] x) {
        BigDecimal mean = exactMean(x);
        BigDecimal s = BigDecimal.ZERO;
        for (double v : x) {
            BigDecimal d = new BigDecimal(v).subtract(mean);
            s = s.add(d.multiply(d));
        }
        return s;
    }

    @Test
    void meanAndVarianceMatchExactSums() {
        double[] x = offsetData(10_000, 1);
        RunningMoments m = RunningMoments.of(x);

        double mean = exactMean(x).doubleValue();
        double variance = exactSumOfSquares(x).divide(BigDecimal.valueOf(x.length - 1), EXACT)
                .doubleValue();
        // Each of the 1e4 updates rounds at 1e9, where an ulp is 1.2e-7; the errors add like a
        // random walk to about 1e-5, so 1e-13 relative (1e-4 absolute) is a safe bound.
        assertThat(m.mean()).isCloseTo(mean, within(1e-13 * mean));
        // Welford's error grows like n eps (mean / spread); 1e-6 relative leaves a wide margin
        // while the naive formula is wrong in the first digit here.
        assertThat(m.variance()).isCloseTo(variance, within(1e-6 * variance));
        assertThat(m.count()).isEqualTo(10_000);
    }

    @Test
    void mergeMatchesSingleStream() {
        double[] x = offsetData(1_001, 2);
        double exactVariance = exactSumOfSquares(x)
                .divide(BigDecimal.valueOf(x.length - 1), EXACT).doubleValue();
        for (int split : new int[] {0, 1, 500, 1_000, 1_001}) {
            RunningMoments left = new RunningMoments();
            RunningMoments right = new RunningMoments();
            for (int i = 0; i < x.length; i++) {
                (i < split ? left : right).add(x[i]);
            }
            left.merge(right);
            assertThat(left.count()).isEqualTo(x.length);
            assertThat(left.variance()).as("split %d", split)
                    .isCloseTo(exactVariance, within(1e-6 * exactVariance));
        }
    }

    @Test
    void agreesWithCommonsMath() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
        RunningMoments m = new RunningMoments();
        SummaryStatistics reference = new SummaryStatistics();
        for (int i = 0; i < 5_000; i++) {
            double v = rng.nextDouble() * 10 - 3;
            m.add(v);
            reference.addValue(v);
        }
        assertThat(m.mean()).isCloseTo(reference.getMean(), within(1e-13));
        assertThat(m.variance()).isCloseTo(reference.getVariance(), within(1e-12));
        assertThat(m.populationVariance())
                .isCloseTo(reference.getPopulationVariance(), within(1e-12));
    }

    @Test
    void smallCasesAreExact() {
        RunningMoments m = RunningMoments.of(1, 2, 3, 4);
        assertThat(m.mean()).isEqualTo(2.5);
        assertThat(m.variance()).isEqualTo(5.0 / 3.0);
        assertThat(m.standardError()).isEqualTo(Math.sqrt(5.0 / 12.0));
    }

    /** The exact standard error sqrt(S / ((n - 1) n)), rounded once to a double. */
    private static double exactStandardError(double[] x) {
        BigDecimal n = BigDecimal.valueOf(x.length);
        return exactSumOfSquares(x).divide(n.subtract(BigDecimal.ONE).multiply(n), EXACT)
                .sqrt(EXACT).doubleValue();
    }

    @Test
    void extremeValuesDoNotOverflow() {
        double[][] cases = {
            {1.7e308, -1.7e308, 1.7e308, -1.7e308},
            {1.5e308, 1.6e308, 1.7e308},
            {-Double.MAX_VALUE, Double.MAX_VALUE},
            {1e300, -1.7e308, 3, 1.7e308, 1e-300},
        };
        for (double[] x : cases) {
            RunningMoments m = RunningMoments.of(x);
            double mean = exactMean(x).doubleValue();
            double standardError = exactStandardError(x);
            // The scaled path rounds a few times per update: 1e-15 relative to the data's scale.
            double scale = 1.7e308;
            assertThat(m.mean()).as("mean of %s", java.util.Arrays.toString(x))
                    .isCloseTo(mean, within(1e-15 * scale));
            assertThat(m.standardError()).as("standard error of %s", java.util.Arrays.toString(x))
                    .isCloseTo(standardError, within(1e-15 * standardError));
            double deviation = exactSumOfSquares(x)
                    .divide(BigDecimal.valueOf(x.length - 1), EXACT).sqrt(EXACT).doubleValue();
            if (Double.isInfinite(deviation)) {
                assertThat(m.standardDeviation()).isEqualTo(Double.POSITIVE_INFINITY);
            } else {
                assertThat(m.standardDeviation()).isCloseTo(deviation, within(1e-15 * deviation));
            }
            // S/(n - 1) is above 1e614 in every case, beyond the double range.
            assertThat(m.variance()).isEqualTo(Double.POSITIVE_INFINITY);
        }
    }

    @Test
    void extremeValuesMergeLikeOneStream() {
        double[] x = {1.7e308, -1.7e308, 1.7e308, -1.7e308, 5, 1.6e308};
        double mean = exactMean(x).doubleValue();
        double standardError = exactStandardError(x);
        for (int split = 0; split <= x.length; split++) {
            RunningMoments left = new RunningMoments();
            RunningMoments right = new RunningMoments();
            for (int i = 0; i < x.length; i++) {
                (i < split ? left : right).add(x[i]);
            }
            left.merge(right);
            assertThat(left.count()).isEqualTo(x.length);
            assertThat(left.mean()).as("split %d", split).isCloseTo(mean, within(1e-15 * 1.7e308));
            assertThat(left.standardError()).as("split %d", split)
                    .isCloseTo(standardError, within(1e-15 * standardError));
        }
        // Two small streams whose means differ by more than Double.MAX_VALUE.
        RunningMoments low = RunningMoments.of(-1.7e308, -1.7e308);
        low.merge(RunningMoments.of(1.7e308, 1.7e308));
        double[] both = {-1.7e308, -1.7e308, 1.7e308, 1.7e308};
        assertThat(low.mean()).isZero();
        assertThat(low.standardError()).isCloseTo(exactStandardError(both),
                within(1e-15 * exactStandardError(both)));
    }

    @Test
    void plainDataStayOnPlainPath() {
        // Powers of two keep every step exact: mean 2^499 + 2^501, S = (3 2^500)² / 2 = 4.5 2^1000,
        // which fits below 2^1024 and so stays unscaled.
        RunningMoments m = RunningMoments.of(0x1p500, 0x1p502);
        assertThat(m.mean()).isEqualTo(0x1p499 + 0x1p501);
        assertThat(m.variance()).isEqualTo(4.5 * 0x1p1000);
    }

    @Test
    void rejectsNonFiniteObservation() {
        RunningMoments m = RunningMoments.of(1, 2);
        assertThatThrownBy(() -> m.add(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("observation 3 must be finite, got NaN");
    }

    @Test
    void emptyStreamHasNoMean() {
        assertThatThrownBy(() -> new RunningMoments().mean())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("empty stream");
        assertThatThrownBy(() -> RunningMoments.of(1).variance())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the sample variance needs at least 2 observations, got 1");
    }
}
