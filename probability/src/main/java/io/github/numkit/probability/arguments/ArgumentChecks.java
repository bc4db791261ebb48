package io.github.numkit.probability.arguments;

/**
 * Argument validation shared by the packages of this module. The package is not exported.
 *
 * <p>Each check returns its argument, uses comparisons that fail on NaN, and throws an
 * {@link IllegalArgumentException} whose message names the argument, the value received and what
 * was expected.
 */
public final class ArgumentChecks {

    private ArgumentChecks() {
    }

    /**
     * Checks a probability.
     *
     * @param name argument name for the message
     * @param value value to check
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN or outside [0, 1]
     */
    public static double probability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
        }
        return value;
    }

    /**
     * Checks a probability that must lie strictly inside (0, 1).
     *
     * @param name argument name for the message
     * @param value value to check
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN or outside (0, 1)
     */
    public static double openProbability(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), got " + value);
        }
        return value;
    }

    /**
     * Checks a count that must be zero or more.
     *
     * @param name argument name for the message
     * @param value value to check
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value < 0}
     */
    public static long nonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
        }
        return value;
    }

    /**
     * Checks a count that must be one or more.
     *
     * @param name argument name for the message
     * @param value value to check
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value < 1}
     */
    public static long positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
        return value;
    }

    /**
     * Checks that a count does not exceed a limit.
     *
     * @param name argument name for the message
     * @param value value to check
     * @param max largest value accepted
     * @param reason why the limit exists, appended to the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value > max}
     */
    public static long atMost(String name, long value, long max, String reason) {
        if (value > max) {
            throw new IllegalArgumentException(name + " must be <= " + max + " (" + reason + "), got " + value);
        }
        return value;
    }

    /**
     * Checks a finite value.
     *
     * @param name argument name for the message
     * @param value value to check
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    /**
     * Checks that the working arrays of a computation fit in the maximum heap.
     *
     * @param what the computation, named in the message
     * @param bytes the bytes its arrays need at the same time
     * @param heap the maximum heap in bytes, normally {@code Runtime.getRuntime().maxMemory()}
     * @throws IllegalArgumentException if {@code bytes > heap}
     */
    public static void workingMemory(String what, long bytes, long heap) {
        if (bytes > heap) {
            throw new IllegalArgumentException(what + " needs about " + bytes / (1L << 20)
                    + " MiB of working arrays, more than the maximum heap of " + heap / (1L << 20) + " MiB");
        }
    }

    /**
     * Checks that an array of coefficients fits in memory: {@code length} elements of
     * {@code bytesPerElement} bytes each must fit in a Java array and in the maximum heap.
     *
     * @param name argument name for the message
     * @param order highest coefficient index, so the array holds {@code order + 1} elements
     * @param bytesPerElement estimated size of one element in bytes
     * @return {@code order}
     * @throws IllegalArgumentException if {@code order} is negative or too large
     */
    public static int seriesOrder(String name, long order, long bytesPerElement) {
        if (order < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + order);
        }
        long maxArrayIndex = Integer.MAX_VALUE - 16L;
        if (order > maxArrayIndex) {
            throw new IllegalArgumentException(name + " must be <= " + maxArrayIndex
                    + " (the largest Java array), got " + order);
        }
        long bytes = (order + 1) * bytesPerElement;
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap) {
            throw new IllegalArgumentException(name + " " + order + " needs about " + bytes / (1L << 20)
                    + " MiB of coefficients, more than the maximum heap of " + heap / (1L << 20) + " MiB");
        }
        return (int) order;
    }
}
