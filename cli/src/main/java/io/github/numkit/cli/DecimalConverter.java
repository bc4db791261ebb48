package io.github.numkit.cli;

import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code double} option as a decimal numeral, the way every number typed into numkit is
 * read. {@link Double#parseDouble} alone would also take Java literals such as {@code 0x1p-1} or
 * {@code 2d}, and would turn {@code 1e-400} into 0 and {@code 1e400} into infinity without a word.
 * NaN and ±Infinity are passed on, for the command's own range check to name.
 */
public final class DecimalConverter implements ITypeConverter<Double> {

    /** A decimal numeral with an optional exponent, or NaN, or a signed Infinity. */
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|NaN|[+-]?Infinity");

    /** A numeral with a nonzero digit before any exponent, which must not read as 0. */
    private static final Pattern NONZERO = Pattern.compile("[+-]?[0.]*[1-9].*");

    @Override
    public Double convert(String text) {
        String numeral = text.trim();
        if (!DECIMAL.matcher(numeral).matches()) {
            throw new TypeConversionException("'" + text + "' is not a decimal number");
        }
        double value = Double.parseDouble(numeral);
        if (value == 0 && NONZERO.matcher(numeral).matches()) {
            throw new TypeConversionException("'" + text + "' is below the smallest double, about 4.9e-324, and"
                    + " would round to 0");
        }
        if (Double.isInfinite(value) && !numeral.contains("Infinity")) {
            throw new TypeConversionException("'" + text + "' is beyond the largest double, 1.7976931348623157e308");
        }
        return value;
    }
}
