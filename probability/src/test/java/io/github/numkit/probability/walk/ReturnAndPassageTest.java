package io.github.numkit.probability.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.probability.series.ExactPowerSeries;
import io.github.numkit.probability.series.PowerSeries;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ReturnAndPassageTest {

    private static final int N = 14;

    private static int firstReturn(int[] path) {
        for (int m = 1; m < path.length; m++) {
            if (path[m] == 0) {
                return m;
            }
        }
        return -1;
    }

    @Test
    void firstReturnMatchesEnumerationAndExactSeries() {
        for (double p : new double[] {0.5, 0.25, 0.7}) {
            BigFraction[] exact = PathEnumeration.distribution(N, p, N + 1, 0, ReturnAndPassageTest::firstReturn);
            ExactPowerSeries series = FirstReturn.exactGeneratingFunction(BigFraction.from(p), N);
            FirstReturn returns = FirstReturn.of(p);
            PowerSeries doubleSeries = returns.generatingFunction(N);
            for (int n = 1; n <= N; n++) {
                // The generating function F(s) = 1 - sqrt(1 - 4pq s^2) and the path count agree exactly.
                assertThat(series.coefficient(n)).as("p=%s n=%d", p, n).isEqualTo(exact[n]);
                double expected = exact[n].doubleValue();
                assertThat(returns.firstReturnProbability(n)).isCloseTo(expected, within(1e-14 * expected));
                assertThat(doubleSeries.coefficient(n)).isCloseTo(expected, within(1e-15));
            }
        }
    }

    @Test
    void everReturnAndReturnTime() {
        assertThat(FirstReturn.of(0.5).everReturnProbability()).isEqualTo(1.0);
        assertThat(FirstReturn.of(0.3).everReturnProbability()).isCloseTo(0.6, within(1e-16));
        assertThat(FirstReturn.of(1e-20).everReturnProbability()).isEqualTo(2e-20);

        ReturnTime fair = FirstReturn.of(0.5).returnTime();
        assertThat(fair.everReturnProbability()).isEqualTo(1.0);
        assertThat(fair.mean()).isInfinite();
        assertThat(fair.explanation()).contains("return is certain but E[T] = F'(1) is infinite");

        // E[T | T < inf] = F'(1)/F(1) = 4pq/(|p - q| (1 - |p - q|)) = 0.84 / (0.4 * 0.6) at p = 0.3.
        ReturnTime biased = FirstReturn.of(0.3).returnTime();
        assertThat(biased.mean()).isInfinite();
        assertThat(biased.conditionalMean()).isCloseTo(3.5, within(1e-14));
        PowerSeries f = FirstReturn.of(0.3).generatingFunction(400);
        assertThat(f.derivative().evaluate(1.0) / f.evaluate(1.0)).isCloseTo(3.5, within(1e-9));

        assertThat(FirstReturn.of(1).returnTime().conditionalMean()).isNaN();
    }

    @Test
    void firstPassageMatchesEnumeration() {
        for (double p : new double[] {0.5, 0.35, 0.8}) {
            for (int level : new int[] {1, 3, -2}) {
                BigFraction[] exact = PathEnumeration.distribution(N, p, N + 1, 0, path -> {
                    for (int m = 1; m < path.length; m++) {
                        if (path[m] == level) {
                            return m;
                        }
                    }
                    return -1;
                });
                FirstPassage passage = FirstPassage.of(p);
                for (int n = 1; n <= N; n++) {
                    double expected = exact[n].doubleValue();
                    assertThat(passage.probability(level, n)).as("p=%s k=%d n=%d", p, level, n)
                            .isCloseTo(expected, within(1e-14 * expected));
                }
            }
        }
    }

    @Test
    void firstPassageGeneratingFunctionMatchesHittingTimes() {
        FirstPassage passage = FirstPassage.of(0.4);
        PowerSeries g = passage.generatingFunction(41);

        assertThat(g.order()).isEqualTo(40);
        for (int n = 1; n <= 40; n++) {
            assertThat(g.coefficient(n)).as("n=%d", n).isCloseTo(passage.probability(1, n), within(1e-15));
        }
    }

    @Test
    void everReachingALevel() {
        assertThat(FirstPassage.of(0.5).everReachProbability(7)).isEqualTo(1.0);
        assertThat(FirstPassage.of(0.4).everReachProbability(3)).isCloseTo(Math.pow(2.0 / 3, 3), within(1e-15));
        assertThat(FirstPassage.of(0.4).everReachProbability(-3)).isEqualTo(1.0);
        assertThat(FirstPassage.of(0.6).everReachProbability(-2)).isCloseTo(4.0 / 9, within(1e-15));
        assertThat(FirstPassage.of(0).everReachProbability(1)).isEqualTo(0.0);
        assertThatThrownBy(() -> FirstPassage.of(0.5).everReachProbability(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be nonzero (for returns to 0 use FirstReturn), got 0");
    }

    @Test
    void maximumMatchesEnumeration() {
        for (double p : new double[] {0.5, 0.3, 0.75}) {
            BigFraction[] exact = PathEnumeration.distribution(N, p, N + 1, 0, path -> {
                int max = 0;
                for (int position : path) {
                    max = Math.max(max, position);
                }
                return max;
            });
            double[] maximum = FirstPassage.of(p).maximumDistribution(N);
            for (int r = 0; r <= N; r++) {
                // Reflection sums and a final 1 - sum: absolute error of a few ulps of 1.
                assertThat(maximum[r]).as("p=%s r=%d", p, r).isCloseTo(exact[r].doubleValue(), within(1e-15));
            }
        }
    }

    @Test
    void symmetricMaximumIsCorrectlyRounded() {
        BigFraction[] exact = PathEnumeration.distribution(N, 0.5, N + 1, 0, path -> {
            int max = 0;
            for (int position : path) {
                max = Math.max(max, position);
            }
            return max;
        });

        double[] maximum = FirstPassage.of(0.5).maximumDistribution(N);

        for (int r = 0; r <= N; r++) {
            assertThat(maximum[r]).as("r=%d", r).isEqualTo(exact[r].doubleValue());
        }
        // 77520/2^20 for n = 20, where the general formula left 0.07392883300781249.
        assertThat(FirstPassage.of(0.5).maximumDistribution(20)[6]).isEqualTo(77520.0 / (1 << 20));
    }

    @Test
    void symmetricMaximumIsCorrectlyRoundedToSixty() {
        // By reflection P(M_n = r) = C(n, ⌈(n + r)/2⌉)/2ⁿ at p = 1/2, in exact integers here.
        for (int n = 0; n <= 60; n++) {
            double[] maximum = FirstPassage.of(0.5).maximumDistribution(n);
            BigDecimal power = new BigDecimal(BigInteger.TWO.pow(n));
            for (int r = 0; r <= n; r++) {
                int k = (n + r + 1) / 2;
                double exact = new BigDecimal(choose(n, k)).divide(power).doubleValue();
                assertThat(maximum[r]).as("n=%d r=%d", n, r).isEqualTo(exact);
            }
        }
    }

    private static BigInteger choose(int n, int k) {
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return c;
    }

    /**
     * For small p, ρ = q/p overflows (p subnormal) or multiplies underflowed terms (p = 1e-300), yet
     * every entry is of order p^r and must keep its relative accuracy.
     */
    @Test
    void maximumKeepsRelativeAccuracyForTinyP() {
        for (double p : new double[] {1e-5, 1e-300, 1e-310, Double.MIN_VALUE}) {
            BigFraction[] exact = PathEnumeration.distribution(N, p, N + 1, 0, path -> {
                int max = 0;
                for (int position : path) {
                    max = Math.max(max, position);
                }
                return max;
            });
            double[] maximum = FirstPassage.of(p).maximumDistribution(N);
            // The documented bound of about n·|log p| ulps relative, with a factor 4 of margin, plus two
            // units of the last place for subnormal results.
            double relative = 4 * N * Math.abs(Math.log(p)) * Math.ulp(1.0);
            for (int r = 0; r <= N; r++) {
                double expected = exact[r].doubleValue();
                assertThat(maximum[r]).as("p=%s r=%d", p, r)
                        .isCloseTo(expected, within(relative * expected + 2 * Double.MIN_VALUE));
            }
        }
    }

    @Test
    void returnTimeExplanationWritesShortDecimals() {
        assertThat(FirstReturn.of(0).returnTime().explanation())
                .isEqualTo("at p = 0 every step goes the same way, so the walk never returns");
        assertThat(FirstReturn.of(-0.0).returnTime().explanation())
                .isEqualTo("at p = 0 every step goes the same way, so the walk never returns");
        assertThat(FirstReturn.of(0.25).returnTime().explanation())
                .startsWith("at p = 0.25 the walk never returns with probability |p - q| = 0.5, ");
        assertThat(FirstReturn.of(1e-4).returnTime().explanation()).startsWith("at p = 1e-4 ");
    }

    @Test
    void ballotTheoremMatchesEnumeration() {
        for (int k = 2; k <= N; k += 2) {
            int target = k;
            BigFraction[] positive = PathEnumeration.distribution(N, 0.5, 1, 0, path -> {
                for (int m = 1; m < path.length; m++) {
                    if (path[m] <= 0) {
                        return -1;
                    }
                }
                return path[N] == target ? 0 : -1;
            });
            BigFraction[] ending = PathEnumeration.distribution(N, 0.5, 1, 0, path -> path[N] == target ? 0 : -1);
            BigFraction conditional = positive[0].divide(ending[0]);
            assertThat(FirstPassage.ballotProbability(N, k)).isEqualTo(conditional.doubleValue());
        }
        assertThatThrownBy(() -> FirstPassage.ballotProbability(10, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be in (0, n] with n + k even, got k = 3 for n = 10");
    }

    @Test
    void arcsineLawMatchesEnumeration() {
        int half = N / 2;
        BigFraction[] exact = PathEnumeration.distribution(N, 0.5, half + 1, 0, path -> {
            int last = 0;
            for (int m = 0; m < path.length; m++) {
                if (path[m] == 0) {
                    last = m;
                }
            }
            return last / 2;
        });
        double[] distribution = ArcsineLaw.lastVisitDistribution(half);
        for (int k = 0; k <= half; k++) {
            double expected = exact[k].doubleValue();
            assertThat(distribution[k]).isCloseTo(expected, within(1e-14 * expected));
        }
        // The limit law at n = 2000 half-steps, against (2/pi) arcsin sqrt(x) at x = 1/4: 1/3.
        double[] large = ArcsineLaw.lastVisitDistribution(2000);
        double sum = 0;
        for (int k = 0; k <= 500; k++) {
            sum += large[k];
        }
        assertThat(ArcsineLaw.limitCumulativeProbability(0.25)).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(sum).isCloseTo(1.0 / 3, within(2e-2 / Math.sqrt(2000)));
    }
}
