package io.github.numkit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an {@code int} or {@code long} option as a whole decimal number. A rejected value gets a
 * message in the user's terms rather than the Java type's: {@code --steps 1e3} is "not a whole
 * number".
 *
 * @param <T> {@link Integer} or {@link Long}
 */
public final class WholeNumberConverter<T extends Number> implements ITypeConverter<T> {

    private final boolean isLong;

    private WholeNumberConverter(boolean isLong) {
        this.isLong = isLong;
    }

    /**
     * Returns the converter for {@code int} options.
     *
     * @return a converter to {@link Integer}
     */
    public static WholeNumberConverter<Integer> forInt() {
        return new WholeNumberConverter<>(false);
    }

    /**
     * Returns the converter for {@code long} options.
     *
     * @return a converter to {@link Long}
     */
    public static WholeNumberConverter<Long> forLong() {
        return new WholeNumberConverter<>(true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T convert(String text) {
        String numeral = text.trim();
        if (!numeral.matches("[+-]?\\d+")) {
            throw new TypeConversionException("'" + text + "' is not a whole number (write 1000, not 1e3 or 1000.0)");
        }
        try {
            Number value = isLong ? (Number) Long.valueOf(numeral) : (Number) Integer.valueOf(numeral);
            return (T) value;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is too large; the largest is "
                    + (isLong ? Long.MAX_VALUE : Integer.MAX_VALUE));
        }
    }
}
