package io.github.numkit.cli;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Text forms of numbers for people and for scripts.
 *
 * <p>{@link #number(double)} gives the shortest decimal that reads back as the same {@code double}:
 * {@code 4.4} rather than {@code 4.4000000000000004} or {@code 4.3999999999999995}, and
 * {@code 2} for {@code 2.0}. The JDK's {@code Double.toString} before Java 19 sometimes gives one
 * digit more than needed, so the digits are searched here instead.
 */
public final class Format {

    private Format() {
    }

    /**
     * Formats a number as the shortest decimal that parses back to the same {@code double}.
     * Magnitudes from 1e-4 up to 1e16 are written without an exponent ({@code 0.000125},
     * {@code 1234.5}), others as {@code 1.5e-20}, the rule Python's {@code repr} follows. NaN and the infinities are {@code NaN},
     * {@code Infinity} and {@code -Infinity}.
     *
     * @param x the number
     * @return its shortest round-trip text
     */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0) {
            return 1 / x < 0 ? "-0" : "0";
        }
        String digits = null;
        for (int precision = 0; precision < 17; precision++) {
            String candidate = String.format(Locale.ROOT, "%." + precision + "e", x);
            if (Double.parseDouble(candidate) == x) {
                digits = candidate;
                break;
            }
        }
        if (digits == null) {
            digits = String.format(Locale.ROOT, "%.16e", x);
        }
        BigDecimal decimal = new BigDecimal(digits).stripTrailingZeros();
        double magnitude = Math.abs(x);
        if (magnitude >= 1e-4 && magnitude < 1e16) {
            return decimal.toPlainString();
        }
        int exponent = decimal.precision() - decimal.scale() - 1;
        BigDecimal mantissa = decimal.movePointLeft(exponent);
        return mantissa.toPlainString() + "e" + exponent;
    }

    /**
     * Formats a number with a fixed count of significant digits, for tables meant to be read.
     *
     * @param x the number
     * @param digits significant digits, at least 1
     * @return the text, such as {@code 4.4721} for {@code sqrt(20)} with 5 digits
     */
    public static String number(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return number(x);
        }
        BigDecimal rounded = new BigDecimal(x).round(new java.math.MathContext(Math.max(1, digits)));
        return number(rounded.doubleValue());
    }

    /**
     * Formats a vector as {@code (x1, x2, ...)} with {@link #number(double)} for each entry.
     *
     * @param v the vector (read only)
     * @return its text
     */
    public static String vector(double[] v) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(number(v[i]));
        }
        return text.append(')').toString();
    }
}
