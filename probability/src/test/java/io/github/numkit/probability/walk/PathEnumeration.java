package io.github.numkit.probability.walk;

import java.util.function.ToIntFunction;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Exact probabilities of path events for the simple walk, by summing p^ups q^downs over all 2^n
 * paths: the brute-force oracle for the reflection principle, the ballot theorem, first passage,
 * first return and the arcsine law.
 */
final class PathEnumeration {

    private PathEnumeration() {
    }

    /**
     * Returns an array indexed by {@code label(path) + offset} of the exact probabilities that a path
     * of n steps gets that label; a label below {@code -offset} means "not counted".
     */
    static BigFraction[] distribution(int n, double p, int size, int offset, ToIntFunction<int[]> label) {
        BigFraction bp = BigFraction.from(p);
        BigFraction bq = BigFraction.ONE.subtract(bp);
        BigFraction[] weight = new BigFraction[n + 1];
        for (int ups = 0; ups <= n; ups++) {
            weight[ups] = bp.pow(ups).multiply(bq.pow(n - ups));
        }
        // Count the paths per label and number of up-steps first: adding 2^n exact fractions one by
        // one is slow when p is tiny, because every weight then has a denominator of thousands of bits.
        long[][] counts = new long[size][n + 1];
        int[] path = new int[n + 1];
        for (long mask = 0; mask < (1L << n); mask++) {
            int ups = 0;
            for (int step = 0; step < n; step++) {
                boolean up = ((mask >>> step) & 1) != 0;
                ups += up ? 1 : 0;
                path[step + 1] = path[step] + (up ? 1 : -1);
            }
            int index = label.applyAsInt(path) + offset;
            if (index >= 0 && index < size) {
                counts[index][ups]++;
            }
        }
        BigFraction[] result = new BigFraction[size];
        for (int index = 0; index < size; index++) {
            BigFraction sum = BigFraction.ZERO;
            for (int ups = 0; ups <= n; ups++) {
                if (counts[index][ups] != 0) {
                    sum = sum.add(weight[ups].multiply(counts[index][ups]));
                }
            }
            result[index] = sum;
        }
        return result;
    }
}
