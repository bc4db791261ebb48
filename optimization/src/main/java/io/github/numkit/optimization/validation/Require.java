package io.github.numkit.optimization.validation;

/**
 * Argument checks shared by the packages of this module. Every check uses a comparison that fails on
 * NaN and throws {@link IllegalArgumentException} with a message of the form
 * "name must be ..., got value". This package is not exported.
 */
public final class Require {

    private Require() {
    }

    /**
     * Checks that a value is finite and strictly positive.
     *
     * @param value the value to check
     * @param name the argument name for the message
     * @return {@code value}
     */
    public static double positive(double value, String name) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /**
     * Checks that a value is finite and not negative.
     *
     * @param value the value to check
     * @param name the argument name for the message
     * @return {@code value}
     */
    public static double nonNegative(double value, String name) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
        return value;
    }

    /**
     * Checks that a value is finite.
     *
     * @param value the value to check
     * @param name the argument name for the message
     * @return {@code value}
     */
    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    /**
     * Checks that a value lies in the open interval (low, high).
     *
     * @param value the value to check
     * @param low the excluded lower end
     * @param high the excluded upper end
     * @param name the argument name for the message
     * @return {@code value}
     */
    public static double inOpen(double value, double low, double high, String name) {
        if (!(value > low && value < high)) {
            throw new IllegalArgumentException(
                    name + " must be in (" + low + ", " + high + "), got " + value);
        }
        return value;
    }

    /**
     * Checks that a value lies in the half-open interval (low, high].
     *
     * @param value the value to check
     * @param low the excluded lower end
     * @param high the included upper end
     * @param name the argument name for the message
     * @return {@code value}
     */
    public static double inLeftOpen(double value, double low, double high, String name) {
        if (!(value > low && value <= high)) {
            throw new IllegalArgumentException(
                    name + " must be in (" + low + ", " + high + "], got " + value);
        }
        return value;
    }

    /**
     * Checks that a count is at least a minimum.
     *
     * @param value the value to check
     * @param minimum the smallest accepted value
     * @param name the argument name for the message
     * @return {@code value}
     */
    public static long atLeast(long value, long minimum, String name) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be >= " + minimum + ", got " + value);
        }
        return value;
    }

    /**
     * Checks that an array is not null, has the expected length and contains finite values only.
     *
     * @param values the array to check; read only
     * @param length the expected length
     * @param name the argument name for the message
     * @return {@code values}
     */
    public static double[] finiteVector(double[] values, int length, String name) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (values.length != length) {
            throw new IllegalArgumentException(
                    name + " must have length " + length + ", got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] must be finite, got " + values[i]);
            }
        }
        return values;
    }

    /**
     * Checks that a vector is not null, not empty and contains finite values only.
     *
     * @param values the array to check; read only
     * @param name the argument name for the message
     * @return {@code values}
     */
    public static double[] finiteVector(double[] values, String name) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(name + " must be a non-empty array, got "
                    + (values == null ? "null" : "an empty array"));
        }
        return finiteVector(values, values.length, name);
    }

    /**
     * Checks that a reference is not null.
     *
     * @param <T> the type of the reference
     * @param value the reference to check
     * @param name the argument name for the message
     * @return {@code value}
     */
    public static <T> T nonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
