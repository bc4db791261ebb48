package io.github.numkit.cli.optimization;

import io.github.numkit.cli.Format;

/**
 * Checks of command-line options, so that a bad value is reported under the option's own name
 * and allowed range rather than under the name of the library argument it feeds.
 */
final class OptionChecks {

    private OptionChecks() {
    }

    static double positive(double value, String option) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(option + " must be finite and > 0, got "
                    + Format.number(value));
        }
        return value;
    }

    static double nonNegative(double value, String option) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(option + " must be finite and >= 0, got "
                    + Format.number(value));
        }
        return value;
    }

    static double finite(double value, String option) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(option + " must be finite, got "
                    + Format.number(value));
        }
        return value;
    }

    static long atLeast(long value, long minimum, String option) {
        if (value < minimum) {
            throw new IllegalArgumentException(option + " must be >= " + minimum + ", got "
                    + value);
        }
        return value;
    }
}
