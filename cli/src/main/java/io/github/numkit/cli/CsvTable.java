package io.github.numkit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of numbers read from a CSV file: comma-separated, one row a line, with an optional header
 * row of column names. Blank lines and lines starting with {@code #} are skipped. Every field must
 * be a finite decimal number; every row must have as many fields as the first.
 *
 * <p>Reading checks everything and names the file, line and column of the first problem in an
 * {@link InputFileException}. Immutable.
 */
public final class CsvTable {

    /**
     * A decimal number as people write it: optional sign, digits with an optional point, and an
     * optional exponent. Java's own literal forms that {@code Double.parseDouble} also takes, such
     * as {@code 1d}, {@code 5f} or {@code 0x1p3}, are not data.
     */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** The words for the non-finite values, which get their own message. */
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(NaN|Infinity)");

    private final String[] header;
    private final double[][] rows;

    private CsvTable(String[] header, double[][] rows) {
        this.header = header;
        this.rows = rows;
    }

    /**
     * Reads a table.
     *
     * @param file the CSV file
     * @return the table, with at least one row
     * @throws InputFileException if the file is missing, unreadable, empty or malformed
     */
    public static CsvTable read(Path file) {
        List<double[]> data = new ArrayList<>();
        String[] names = null;
        int width = -1;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long lineNumber = 0;
            while ((text = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = text.strip();
                if (lineNumber == 1 && trimmed.startsWith("\uFEFF")) {
                    trimmed = trimmed.substring(1).strip();
                }
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split(",", -1);
                if (width < 0 && names == null && data.isEmpty() && !looksNumeric(fields[0])) {
                    names = new String[fields.length];
                    for (int j = 0; j < fields.length; j++) {
                        names[j] = unquote(fields[j].strip());
                    }
                    width = fields.length;
                    continue;
                }
                if (width < 0) {
                    width = fields.length;
                }
                if (fields.length != width) {
                    throw new InputFileException(file, lineNumber,
                            "expected " + width + " columns, got " + fields.length);
                }
                double[] row = new double[width];
                for (int j = 0; j < width; j++) {
                    row[j] = parse(file, lineNumber, j + 1, fields[j].strip());
                }
                data.add(row);
            }
        } catch (NoSuchFileException e) {
            throw new InputFileException(file, 0, "file not found");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputFileException(file, 0, "not a UTF-8 text file");
        } catch (IOException e) {
            throw new InputFileException(file, 0, "cannot be read: " + e.getMessage());
        }
        if (data.isEmpty()) {
            throw new InputFileException(file, 0, "no data rows");
        }
        return new CsvTable(names, data.toArray(new double[0][]));
    }

    private static boolean looksNumeric(String field) {
        String text = field.strip();
        return DECIMAL.matcher(text).matches() || NON_FINITE.matcher(text).matches();
    }

    private static String unquote(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1);
        }
        return field;
    }

    private static double parse(Path file, long line, int column, String field) {
        if (field.isEmpty()) {
            throw new InputFileException(file, line, "column " + column + " is empty");
        }
        if (!looksNumeric(field)) {
            throw new InputFileException(file, line, "column " + column + ": '" + field + "' is not a number");
        }
        double value = Double.parseDouble(field);
        if (!Double.isFinite(value)) {
            throw new InputFileException(file, line, "column " + column + ": '" + field + "' is not a finite number");
        }
        return value;
    }

    /**
     * Returns the number of data rows.
     *
     * @return the row count, at least 1
     */
    public int rows() {
        return rows.length;
    }

    /**
     * Returns the number of columns.
     *
     * @return the column count
     */
    public int columns() {
        return rows[0].length;
    }

    /**
     * Returns the header row.
     *
     * @return the column names, or an empty array when the file has no header
     */
    public String[] header() {
        return header == null ? new String[0] : header.clone();
    }

    /**
     * Returns one row.
     *
     * @param i the 0-based row index
     * @return a copy of the row
     */
    public double[] row(int i) {
        return rows[i].clone();
    }

    /**
     * Returns every row.
     *
     * @return a copy of the data, one array a row
     */
    public double[][] data() {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    /**
     * Returns one column.
     *
     * @param j the 0-based column index
     * @return a copy of the column
     * @throws IllegalArgumentException if there is no such column
     */
    public double[] column(int j) {
        if (j < 0 || j >= columns()) {
            throw new IllegalArgumentException("column must be in [0, " + (columns() - 1) + "], got " + j);
        }
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][j];
        }
        return column;
    }

    /**
     * Returns the column with the given header name.
     *
     * @param name the column name
     * @return a copy of the column
     * @throws IllegalArgumentException if no column has that name
     */
    public double[] column(String name) {
        String[] names = header();
        for (int j = 0; j < names.length; j++) {
            if (names[j].equals(name)) {
                return column(j);
            }
        }
        throw new IllegalArgumentException("column '" + name + "' not found; the header has "
                + (names.length == 0 ? "no names" : Arrays.toString(names)));
    }
}
