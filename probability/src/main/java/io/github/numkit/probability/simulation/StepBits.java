package io.github.numkit.probability.simulation;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Source of 64 independent ±1 steps at a time, packed as the bits of a {@code long} (1 means +1).
 *
 * <p>For p = ½ each step is one random bit, so one {@code nextLong()} gives 64 steps. For other p the
 * 64 steps are decided in parallel by comparing 64 uniform variables U with p bit by bit. For bit j
 * of the binary expansion of p a new word w is drawn. A lane still undecided is decided "up" (U &lt;
 * p) when p's bit is 1 and w's bit is 0, and "down" when p's bit is 0 and w's bit is 1. Each word
 * decides half the undecided lanes on average, so 64 steps take about log₂64 + 2 = 8 words, and the
 * probability of a step +1 is exactly the double p, with no rounding. The loop body is branch-free
 * bit arithmetic on 64 lanes at once.
 *
 * <p>Instances are immutable; the generator passed to {@link #next} carries the state.
 */
final class StepBits {

    private final boolean fair;
    /** Bits of p after the binary point, most significant first, as words of all zeros or all ones. */
    private final long[] pBits;
    private final boolean always;
    private final boolean never;

    StepBits(double p) {
        this.fair = p == 0.5;
        this.always = p == 1;
        this.never = p == 0;
        int length = 0;
        long[] bits = new long[1100];
        double rest = p;
        while (rest > 0 && rest < 1 && length < bits.length) {
            rest *= 2;
            if (rest >= 1) {
                bits[length] = -1L;
                rest -= 1;
            }
            length++;
        }
        this.pBits = java.util.Arrays.copyOf(bits, length);
    }

    /** Returns 64 steps as bits, 1 for +1. */
    long next(UniformRandomProvider rng) {
        if (fair) {
            return rng.nextLong();
        }
        if (always) {
            return -1L;
        }
        if (never) {
            return 0L;
        }
        long undecided = -1L;
        long up = 0;
        for (int j = 0; j < pBits.length && undecided != 0; j++) {
            long w = rng.nextLong();
            long bit = pBits[j];
            // Where p's bit is 1 and U's bit is 0, U < p: up. Where they differ the other way, down.
            up |= undecided & bit & ~w;
            undecided &= ~(bit ^ w);
        }
        // Lanes whose U equals p on every bit of p have U >= p with probability 1: down.
        return up;
    }
}
