package io.github.numkit.probability.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import io.github.numkit.probability.walk.FirstPassage;
import io.github.numkit.probability.walk.FirstReturn;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Simulation against the exact distributions with Pearson's chi-square test at fixed seeds. Each
 * check requires a p-value above 1e-3; for a random seed a correct simulator fails one such check
 * with probability 1e-3, so the five checks here fail falsely with probability below 0.5% per
 * seed. The seeds are fixed, so the outcome is deterministic.
 */
class WalkSimulatorTest {

    private static final double MIN_P_VALUE = 1e-3;

    @Test
    void fairPositionsMatchExactDistribution() {
        SimulatedPositions simulated = WalkSimulator.of(0.5, 20261204L).positions(100, 200_000, null);
        ChiSquareAgreement agreement = ChiSquareAgreement.of(simulated);

        assertThat(simulated.paths()).isEqualTo(200_000);
        assertThat(agreement.bins()).isGreaterThan(20);
        assertThat(agreement.pValue()).isGreaterThan(MIN_P_VALUE);
    }

    @Test
    void biasedPositionsMatchExactDistribution() {
        // 150 steps: two whole words and a partial one per path.
        SimulatedPositions simulated = WalkSimulator.of(0.3, 7L).positions(150, 200_000, null);
        ChiSquareAgreement agreement = ChiSquareAgreement.of(simulated);

        assertThat(agreement.pValue()).isGreaterThan(MIN_P_VALUE);
        assertThat(simulated.mean()).isBetween(-60.0 - 0.2, -60.0 + 0.2);
    }

    @Test
    void firstReturnTimesMatchExactProbabilities() {
        int maxSteps = 40;
        SimulatedTimes times = WalkSimulator.of(0.5, 11L).firstReturnTimes(200_000, maxSteps, null);
        FirstReturn exact = FirstReturn.of(0.5);

        long[] observed = new long[maxSteps / 2 + 1];
        double[] probabilities = new double[maxSteps / 2 + 1];
        double sum = 0;
        for (long t : times.times()) {
            observed[t < 0 ? maxSteps / 2 : (int) (t / 2 - 1)]++;
        }
        for (int j = 0; j < maxSteps / 2; j++) {
            probabilities[j] = exact.firstReturnProbability(2L * (j + 1));
            sum += probabilities[j];
        }
        probabilities[maxSteps / 2] = 1 - sum;

        assertThat(ChiSquareAgreement.of(observed, probabilities).pValue()).isGreaterThan(MIN_P_VALUE);
        assertThat(times.notObserved()).isEqualTo(observed[maxSteps / 2]);
    }

    @Test
    void firstPassageTimesMatchExactProbabilities() {
        int maxSteps = 60;
        int level = 3;
        SimulatedTimes times = WalkSimulator.of(0.45, 5L).firstPassageTimes(level, 100_000, maxSteps, null);
        FirstPassage exact = FirstPassage.of(0.45);

        long[] observed = new long[maxSteps + 1];
        double[] probabilities = new double[maxSteps + 1];
        double sum = 0;
        for (long t : times.times()) {
            observed[t < 0 ? maxSteps : (int) t - 1]++;
        }
        for (int n = 1; n <= maxSteps; n++) {
            probabilities[n - 1] = exact.probability(level, n);
            sum += probabilities[n - 1];
        }
        probabilities[maxSteps] = 1 - sum;

        assertThat(ChiSquareAgreement.of(observed, probabilities).pValue()).isGreaterThan(MIN_P_VALUE);
    }

    @Test
    void resultsDoNotDependOnThreadCount() {
        long[] singleThread = WalkSimulator.of(0.37, 99L).positions(1000, 5000, null).positions();
        long[] twoThreads = WalkSimulator.of(0.37, 99L).withThreads(2).positions(1000, 5000, null).positions();
        long[] threeThreads = WalkSimulator.of(0.37, 99L).withThreads(3).positions(1000, 5000, null).positions();
        assertThat(twoThreads).containsExactly(singleThread);
        assertThat(threeThreads).containsExactly(singleThread);

        long[] timesOne = WalkSimulator.of(0.5, 3L).firstReturnTimes(3000, 500, null).times();
        long[] timesTwo = WalkSimulator.of(0.5, 3L).withThreads(2).firstReturnTimes(3000, 500, null).times();
        assertThat(timesTwo).containsExactly(timesOne);
    }

    @Test
    void anyGeneratorIsAccepted() {
        // The JDK generator can neither jump nor split: blocks run in order on one stream.
        SimulatedPositions jdk = WalkSimulator.of(0.5, RandomSource.JDK.create(1L)).withThreads(2).positions(64, 3000, null);
        SimulatedPositions again = WalkSimulator.of(0.5, RandomSource.JDK.create(1L)).positions(64, 3000, null);
        SimulatedPositions splittable = WalkSimulator.of(0.5, RandomSource.L64_X128_MIX.create(1L)).withThreads(2)
                .positions(64, 3000, null);

        assertThat(jdk.positions()).containsExactly(again.positions());
        assertThat(jdk.generator()).contains("one stream, sequential");
        assertThat(WalkSimulator.of(0.5, 42L).positions(10, 10, null).generator())
                .startsWith("XoRoShiRo128PlusPlus seed 42, ");
        assertThat(splittable.generator()).contains("one jump per block");
    }

    @Test
    void progressReportsEveryBlock() {
        List<long[]> reports = new ArrayList<>();
        WalkSimulator.of(0.5, 1L).withThreads(2).positions(10, 3000, (done, total) -> reports.add(new long[] {done, total}));

        assertThat(reports).hasSize(3);
        assertThat(reports.get(2)).containsExactly(3000, 3000);
        assertThat(reports.get(0)[0]).isEqualTo(1024);
    }

    @Test
    void pathsMoveByUnitSteps() {
        long[] path = WalkSimulator.of(0.5, 8L).path(1000);

        assertThat(path).hasSize(1001);
        assertThat(path[0]).isZero();
        for (int t = 0; t < 1000; t++) {
            assertThat(Math.abs(path[t + 1] - path[t])).isEqualTo(1);
        }
    }

    @Test
    void degenerateWalksAreDeterministic() {
        assertThat(WalkSimulator.of(1, 1L).positions(77, 10, null).positions()).containsOnly(77L);
        assertThat(WalkSimulator.of(0, 1L).positions(77, 10, null).positions()).containsOnly(-77L);
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThatThrownBy(() -> WalkSimulator.of(1.5, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> WalkSimulator.of(0.5, 1L).positions(-1, 10, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("steps must be >= 0, got -1");
        long heapMiB = Runtime.getRuntime().maxMemory() / (1 << 20);
        if (heapMiB < 15258) {
            // 2e9 paths need 2e9 longs, 15258 MiB, which is checked before any path is drawn.
            assertThatThrownBy(() -> WalkSimulator.of(0.5, 1L).positions(100, 2_000_000_000, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("simulating 2000000000 paths needs about 15258 MiB of working arrays,"
                            + " more than the maximum heap of " + heapMiB + " MiB");
        }
        assertThatThrownBy(() -> WalkSimulator.of(0.5, 1L).firstPassageTimes(0, 10, 10, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("level must be nonzero (use firstReturnTimes for 0), got 0");
        assertThatThrownBy(() -> ChiSquareAgreement.of(new long[] {5, 5}, new double[] {0.5, 0.6}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("probabilities must sum to 1 within 1e-9, got sum 1.1");
    }
}
