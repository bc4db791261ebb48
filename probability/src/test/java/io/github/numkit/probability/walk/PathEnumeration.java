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
        BigFraction[] result = new BigFraction[size];
        java.util.Arrays.fill(result, BigFraction.ZERO);
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
                result[index] = result[index].add(weight[ups]);
            }
        }
        return result;
    }
}
