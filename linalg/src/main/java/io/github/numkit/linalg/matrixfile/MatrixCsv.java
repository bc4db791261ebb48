package io.github.numkit.linalg.matrixfile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader of matrices and vectors stored as comma-separated numbers, one matrix row per line. A
 * first line whose every cell is not a number is taken as a header and skipped; blank lines and
 * lines starting with {@code #} are ignored. Ragged rows, a cell that is not a number, a value that
 * is not finite, and a file without data raise a {@link MatrixFileException} naming the file, the
 * line and the column. Cells must be decimal numbers such as {@code -1.5e3}: Java literal forms
 * such as {@code 1d} or {@code 0x1p3} are rejected. A leading UTF-8 byte-order mark is skipped.
 * A file that is not UTF-8 text, or a path that is a directory, raises a
 * {@link MatrixFileException} too. Stateless and thread-safe.
 */
public final class MatrixCsv {

    private MatrixCsv() {
    }

    /**
     * Reads a matrix.
     *
     * @param file the CSV file
     * @return a new array with one entry per data line
     * @throws IOException if the file cannot be read
     * @throws MatrixFileException if the content is invalid
     * @throws IllegalArgumentException if {@code file} is null
     */
    public static double[][] readMatrix(Path file) throws IOException {
        Checks.notNull("file", file);
        Checks.notDirectory(file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readMatrix(reader, String.valueOf(file));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw Checks.notUtf8(file);
        }
    }

    /**
     * Reads a matrix from CSV text.
     *
     * @param input the text; read to its end, not closed
     * @param source the name used in error messages
     * @return a new array with one entry per data line
     * @throws IOException if reading fails
     * @throws MatrixFileException if the content is invalid
     * @throws IllegalArgumentException if {@code input} or {@code source} is null
     */
    public static double[][] readMatrix(Reader input, String source) throws IOException {
        Checks.notNull("input", input);
        Checks.notNull("source", source);
        BufferedReader reader = input instanceof BufferedReader b ? b : new BufferedReader(input);
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        long widthLine = 0;
        long lineNumber = 0;
        boolean first = true;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (first) {
                first = false;
                if (isHeader(cells)) {
                    continue;
                }
            }
            if (width < 0) {
                width = cells.length;
                widthLine = lineNumber;
            } else if (cells.length != width) {
                throw new MatrixFileException(source, lineNumber, "row has " + cells.length + " cells but line "
                        + widthLine + " has " + width);
            }
            double[] row = new double[width];
            for (int k = 0; k < width; k++) {
                String cell = cells[k].strip();
                if (!MatrixMarket.isDecimal(cell) && !MatrixMarket.isNonFiniteWord(cell)) {
                    throw new MatrixFileException(source, lineNumber, "column " + (k + 1) + ": \""
                            + MatrixMarket.abbreviate(cell) + "\" is not a decimal number such as -1.5e3");
                }
                row[k] = Double.parseDouble(cell);
                if (!Double.isFinite(row[k])) {
                    throw new MatrixFileException(source, lineNumber, "column " + (k + 1)
                            + ": value must be finite, got " + cell);
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new MatrixFileException(source, 0, "no numeric rows found; expected comma-separated numbers");
        }
        return rows.toArray(new double[0][]);
    }

    /**
     * Reads a vector written as one column or as one row.
     *
     * @param file the CSV file
     * @return the entries in file order
     * @throws IOException if the file cannot be read
     * @throws MatrixFileException if the content is invalid or is neither a single row nor a single column
     * @throws IllegalArgumentException if {@code file} is null
     */
    public static double[] readVector(Path file) throws IOException {
        double[][] table = readMatrix(file);
        if (table.length == 1) {
            return table[0];
        }
        if (table[0].length == 1) {
            double[] vector = new double[table.length];
            for (int i = 0; i < table.length; i++) {
                vector[i] = table[i][0];
            }
            return vector;
        }
        throw new MatrixFileException(String.valueOf(file), 0, "a vector must be a single row or a single column, "
                + "got " + table.length + " rows of " + table[0].length + " cells");
    }

    private static boolean isHeader(String[] cells) {
        for (String cell : cells) {
            String stripped = cell.strip();
            if (MatrixMarket.isDecimal(stripped) || MatrixMarket.isNonFiniteWord(stripped)) {
                return false;
            }
        }
        return true;
    }
}
