package io.github.numkit.optimization.validation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Compact decimal text of a double for explanations and messages read by people: {@code 1} for
 * 1.0, {@code 0.7}, {@code 1e15} rather than Java's {@code 1.0E15}.
 * This package is not exported.
 */
public final class Decimal {

    private Decimal() {
    }

    /**
     * Formats a number without a trailing ".0", in plain notation from 1e-3 up to 1e7 as
     * {@link Double#toString(double)} does, and with a lower-case exponent outside that range.
     * NaN and the infinities keep Java's names.
     *
     * @param x the number
     * @return its text, which parses back to {@code x}
     */
    public static String of(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return 1 / x < 0 ? "-0" : "0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        double magnitude = Math.abs(x);
        if (magnitude >= 1e-3 && magnitude < 1e7) {
            return decimal.toPlainString();
        }
        int exponent = decimal.precision() - decimal.scale() - 1;
        return decimal.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }

    /**
     * Formats a number rounded to a count of significant digits, for estimates whose later digits
     * carry no information.
     *
     * @param x the number
     * @param digits the significant digits, at least 1
     * @return its text
     */
    public static String of(double x, int digits) {
        if (!Double.isFinite(x) || x == 0) {
            return of(x);
        }
        return of(new BigDecimal(x).round(new MathContext(digits)).doubleValue());
    }
}
