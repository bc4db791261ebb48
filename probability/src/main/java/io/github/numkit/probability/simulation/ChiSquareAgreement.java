package io.github.numkit.probability.simulation;

import io.github.numkit.probability.arguments.ArgumentChecks;
import io.github.numkit.probability.walk.SimpleWalk;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square test of simulated counts against exact probabilities.
 *
 * <p>Adjacent categories are merged from the left until each bin expects at least
 * {@value #MIN_EXPECTED} observations (a last small bin joins its neighbour), and the statistic X² =
 * Σ (O − E)²/E is compared with the chi-square distribution with (bins − 1) degrees of freedom. A
 * p-value below α happens with probability about α when the simulation is correct, so a test that
 * requires a p-value above 10<sup>−3</sup> fails falsely with probability about 10<sup>−3</sup> for a
 * random seed.
 *
 * @param statistic the statistic X²
 * @param degreesOfFreedom bins − 1
 * @param pValue P(χ² ≥ X²)
 * @param bins the number of bins after merging
 */
public record ChiSquareAgreement(double statistic, int degreesOfFreedom, double pValue, int bins) {

    /** The smallest expected count per bin. */
    public static final double MIN_EXPECTED = 5;

    /**
     * Compares observed counts with exact category probabilities.
     *
     * @param observed the count in each category; read only
     * @param probabilities the exact probability of each category, same length, summing to 1 within
     *     10<sup>−9</sup>, so every possible outcome has a category
     * @return the test result
     * @throws IllegalArgumentException if the lengths differ, a count or probability is negative, the
     *     probabilities do not sum to 1, or fewer than two bins remain after merging
     */
    public static ChiSquareAgreement of(long[] observed, double[] probabilities) {
        if (observed.length != probabilities.length) {
            throw new IllegalArgumentException("probabilities must have the length of observed = " + observed.length
                    + ", got " + probabilities.length);
        }
        long total = 0;
        double mass = 0;
        for (int i = 0; i < observed.length; i++) {
            ArgumentChecks.nonNegative("observed count " + i, observed[i]);
            if (!(probabilities[i] >= 0)) {
                throw new IllegalArgumentException("probability " + i + " must be >= 0, got " + probabilities[i]);
            }
            total += observed[i];
            mass += probabilities[i];
        }
        if (!(Math.abs(mass - 1) <= 1e-9)) {
            throw new IllegalArgumentException("probabilities must sum to 1 within 1e-9, got sum " + mass);
        }

        double statistic = 0;
        int bins = 0;
        long binObserved = 0;
        double binExpected = 0;
        double lastContribution = 0;
        long lastObserved = 0;
        double lastExpected = 0;
        for (int i = 0; i < observed.length; i++) {
            binObserved += observed[i];
            binExpected += probabilities[i] * total;
            if (binExpected >= MIN_EXPECTED) {
                lastObserved = binObserved;
                lastExpected = binExpected;
                lastContribution = square(binObserved - binExpected) / binExpected;
                statistic += lastContribution;
                bins++;
                binObserved = 0;
                binExpected = 0;
            }
        }
        if (binExpected > 0) {
            // A small remainder joins the last full bin.
            statistic -= lastContribution;
            long mergedObserved = lastObserved + binObserved;
            double mergedExpected = lastExpected + binExpected;
            if (bins == 0) {
                bins = 1;
            }
            statistic += square(mergedObserved - mergedExpected) / mergedExpected;
        }

        if (bins < 2) {
            throw new IllegalArgumentException("the counts must fill at least 2 bins with an expected count of "
                    + (long) MIN_EXPECTED + " or more after merging, got " + bins + "; simulate more paths, or"
                    + " compare a distribution with more than one likely value");
        }
        int df = bins - 1;
        return new ChiSquareAgreement(statistic, df, ChiSquaredDistribution.of(df).survivalProbability(statistic), bins);
    }

    /**
     * Compares simulated positions with the exact distribution of the simple walk.
     *
     * @param simulated the simulated positions
     * @return the test result
     * @throws IllegalArgumentException if too few paths leave two bins
     */
    public static ChiSquareAgreement of(SimulatedPositions simulated) {
        long[] counts = simulated.histogram();
        double[] exact = SimpleWalk.of(simulated.p()).distribution((int) simulated.steps());
        return of(counts, exact);
    }

    private static double square(double x) {
        return x * x;
    }
}
