package io.github.numkit.linalg.matrixfile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;

/**
 * Reader of Matrix Market files (R. F. Boisvert, R. Pozo and K. A. Remington, "The Matrix Market
 * exchange formats: initial specification", NIST, 1996): the {@code coordinate} and {@code array}
 * formats with {@code real} or {@code integer} values, {@code general} or {@code symmetric}.
 *
 * <p>A {@code symmetric} file stores one triangle; the reader mirrors it, so a file with the 10
 * lower-triangle entries of a 4×4 matrix gives all 16. (EJML 0.46.1's {@code MatrixIO} reader
 * returns only the stored triangle, which is why this module parses the format itself.)
 * {@code pattern}, {@code complex}, {@code hermitian} and {@code skew-symmetric} files are rejected.
 * A file that is not Matrix Market, is truncated or has extra entries, has an entry outside the
 * declared size, repeats an entry (in either triangle of a symmetric file), contains a value that is
 * not a finite decimal number, or declares a size that cannot fit in the heap raises a
 * {@link MatrixFileException} naming the file and line. Values must be decimal numbers such as
 * {@code -1.5e3}: Java literal forms such as {@code 1d} or {@code 0x1p3} are rejected. An
 * {@code integer} entry beyond 2⁵³ in magnitude is rejected too, because a double cannot hold every
 * such integer and rounding it would silently change the matrix. A leading UTF-8 byte-order mark
 * is skipped. A file that is not UTF-8 text, or a path that is a directory, raises a
 * {@link MatrixFileException} too. Stateless and thread-safe.
 *
 * <p>The heap check counts what the reader allocates for the declared size: the dense array with
 * its row arrays, or the compressed sparse column arrays with one index per column, plus about 50
 * bytes per stored entry while reading. Storage for the entries grows with the entries actually
 * read, so a file that declares more entries than it holds allocates no more than it reads.
 */
public final class MatrixMarket {

    /** The largest integer magnitude up to which every integer is a double: 2⁵³. */
    private static final long EXACT_INTEGER_LIMIT = 1L << 53;

    /** A decimal number: optional sign, digits with an optional point, optional exponent. */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private MatrixMarket() {
    }

    /**
     * Reads a Matrix Market file into a dense array.
     *
     * @param file the file
     * @return a new rows×columns array
     * @throws IOException if the file cannot be read
     * @throws MatrixFileException if the content is invalid, as listed in the class description
     * @throws IllegalArgumentException if {@code file} is null
     */
    public static double[][] readDense(Path file) throws IOException {
        Checks.notNull("file", file);
        Checks.notDirectory(file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readDense(reader, String.valueOf(file));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw Checks.notUtf8(file);
        }
    }

    /**
     * Reads Matrix Market text into a dense array.
     *
     * @param reader the text; read to its end, not closed
     * @param source the name used in error messages
     * @return a new rows×columns array
     * @throws IOException if reading fails
     * @throws MatrixFileException if the content is invalid
     * @throws IllegalArgumentException if {@code reader} or {@code source} is null
     */
    public static double[][] readDense(Reader reader, String source) throws IOException {
        Checks.notNull("reader", reader);
        Checks.notNull("source", source);
        Entries entries = parse(reader, source, true);
        double[][] dense = new double[entries.rows][entries.columns];
        for (int k = 0; k < entries.count; k++) {
            dense[entries.row[k]][entries.column[k]] = entries.value[k];
        }
        return dense;
    }

    /**
     * Reads a Matrix Market file into an EJML compressed sparse column matrix.
     *
     * @param file the file
     * @return the matrix, with both triangles of a symmetric file
     * @throws IOException if the file cannot be read
     * @throws MatrixFileException if the content is invalid
     * @throws IllegalArgumentException if {@code file} is null
     */
    public static DMatrixSparseCSC readSparse(Path file) throws IOException {
        Checks.notNull("file", file);
        Checks.notDirectory(file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readSparse(reader, String.valueOf(file));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw Checks.notUtf8(file);
        }
    }

    /**
     * Reads Matrix Market text into an EJML compressed sparse column matrix.
     *
     * @param reader the text; read to its end, not closed
     * @param source the name used in error messages
     * @return the matrix, with both triangles of a symmetric file
     * @throws IOException if reading fails
     * @throws MatrixFileException if the content is invalid
     * @throws IllegalArgumentException if {@code reader} or {@code source} is null
     */
    public static DMatrixSparseCSC readSparse(Reader reader, String source) throws IOException {
        Checks.notNull("reader", reader);
        Checks.notNull("source", source);
        Entries entries = parse(reader, source, false);
        DMatrixSparseTriplet triplet = new DMatrixSparseTriplet(entries.rows, entries.columns, entries.count);
        for (int k = 0; k < entries.count; k++) {
            triplet.addItem(entries.row[k], entries.column[k], entries.value[k]);
        }
        return DConvertMatrixStruct.convert(triplet, (DMatrixSparseCSC) null);
    }

    /**
     * Entries in coordinate form, mirrored for symmetric files, zero-based. The arrays start small
     * and double up to {@code capacity}, so a header that overstates the entry count costs nothing.
     */
    private static final class Entries {
        int rows;
        int columns;
        int count;
        int capacity;
        int[] row = new int[0];
        int[] column = new int[0];
        double[] value = new double[0];

        void add(int i, int j, double v) {
            if (count == row.length) {
                int length = (int) Math.min(capacity, Math.max(16L, 2L * row.length));
                row = Arrays.copyOf(row, length);
                column = Arrays.copyOf(column, length);
                value = Arrays.copyOf(value, length);
            }
            row[count] = i;
            column[count] = j;
            value[count] = v;
            count++;
        }
    }

    private static Entries parse(Reader input, String source, boolean dense) throws IOException {
        BufferedReader reader = input instanceof BufferedReader b ? b : new BufferedReader(input);
        long lineNumber = 1;
        String banner = reader.readLine();
        if (banner == null) {
            throw new MatrixFileException(source, 0, "the file is empty; expected a Matrix Market file");
        }
        if (banner.startsWith("\uFEFF")) {
            banner = banner.substring(1);
        }
        String[] words = banner.strip().split("\\s+");
        if (words.length == 0 || !words[0].equalsIgnoreCase("%%MatrixMarket")) {
            throw new MatrixFileException(source, 1, "not a Matrix Market file: the first line must start with "
                    + "%%MatrixMarket, got \"" + abbreviate(banner) + "\"");
        }
        if (words.length != 5 || !words[1].equalsIgnoreCase("matrix")) {
            throw new MatrixFileException(source, 1, "the banner must read \"%%MatrixMarket matrix <format> <field>"
                    + " <symmetry>\", got \"" + abbreviate(banner) + "\"");
        }
        String format = words[2].toLowerCase(Locale.ROOT);
        String field = words[3].toLowerCase(Locale.ROOT);
        String symmetry = words[4].toLowerCase(Locale.ROOT);
        if (!format.equals("coordinate") && !format.equals("array")) {
            throw new MatrixFileException(source, 1, "format must be coordinate or array, got " + words[2]);
        }
        if (field.equals("pattern")) {
            throw new MatrixFileException(source, 1, "pattern matrices hold only positions and no values, so they "
                    + "are not supported; write the entries with a real or integer field");
        }
        if (!field.equals("real") && !field.equals("integer")) {
            throw new MatrixFileException(source, 1, "field must be real or integer, got " + words[3]);
        }
        if (!symmetry.equals("general") && !symmetry.equals("symmetric")) {
            throw new MatrixFileException(source, 1, "symmetry must be general or symmetric, got " + words[4]);
        }
        boolean symmetric = symmetry.equals("symmetric");
        boolean coordinate = format.equals("coordinate");

        String sizeLine;
        do {
            sizeLine = reader.readLine();
            lineNumber++;
        } while (sizeLine != null && (sizeLine.isBlank() || sizeLine.startsWith("%")));
        if (sizeLine == null) {
            throw new MatrixFileException(source, lineNumber - 1, "the file ends before the size line");
        }
        String[] size = sizeLine.strip().split("\\s+");
        int expectedFields = coordinate ? 3 : 2;
        if (size.length != expectedFields) {
            throw new MatrixFileException(source, lineNumber, "the size line must hold " + expectedFields
                    + " integers (" + (coordinate ? "rows columns entries" : "rows columns") + "), got \""
                    + abbreviate(sizeLine) + "\"");
        }
        long rows = integer(size[0], source, lineNumber, "row count");
        long columns = integer(size[1], source, lineNumber, "column count");
        if (rows < 1 || columns < 1) {
            throw new MatrixFileException(source, lineNumber, "the matrix must not be empty, got declared size "
                    + rows + " x " + columns);
        }
        if (rows > Integer.MAX_VALUE - 8 || columns > Integer.MAX_VALUE - 8) {
            throw new MatrixFileException(source, lineNumber, "declared size " + rows + " x " + columns
                    + " exceeds the largest Java array");
        }
        if (symmetric && rows != columns) {
            throw new MatrixFileException(source, lineNumber, "a symmetric matrix must be square, got declared size "
                    + rows + " x " + columns);
        }
        long stored;
        if (coordinate) {
            stored = integer(size[2], source, lineNumber, "entry count");
            long capacity = symmetric ? saturatedProduct(rows, rows + 1) / 2 : saturatedProduct(rows, columns);
            if (stored < 0 || stored > capacity) {
                throw new MatrixFileException(source, lineNumber, "declared entry count " + stored
                        + " must be between 0 and " + capacity + " for a " + rows + " x " + columns + " "
                        + symmetry + " matrix");
            }
        } else {
            stored = symmetric ? saturatedProduct(rows, rows + 1) / 2 : saturatedProduct(rows, columns);
        }
        long kept = symmetric ? saturatedProduct(2, stored) : stored;
        long maxHeap = Runtime.getRuntime().maxMemory();
        // While reading: row, column and value of each kept entry (16 bytes), and the sort key and
        // line of each stored coordinate entry (16 bytes). Then the dense array, whose rows are
        // separate arrays with a 16-byte header and an 8-byte reference each, or the triplets
        // (16 bytes per entry) plus the compressed copy (12 bytes per entry and 4 per column, with
        // as much again for EJML's column histogram).
        double bytesNeeded = (double) kept * 16 + (coordinate ? (double) stored * 16 : 0);
        if (dense) {
            double rowBytes = 8 * Math.ceil((16 + (double) columns * Double.BYTES) / 8) + 8;
            bytesNeeded += rows * rowBytes;
        } else {
            bytesNeeded += (double) kept * (16 + 12) + ((double) columns + 1) * 8;
        }
        if (kept > Integer.MAX_VALUE - 8 || bytesNeeded > maxHeap / 2.0) {
            throw new MatrixFileException(source, lineNumber, String.format(Locale.ROOT,
                    "declared size %d x %d with %d entries needs about %.0f MB, more than half of the maximum heap of"
                            + " %d MB; raise -Xmx or use a smaller matrix", rows, columns, stored,
                    bytesNeeded / (1 << 20), maxHeap >> 20));
        }

        Entries entries = new Entries();
        entries.rows = (int) rows;
        entries.columns = (int) columns;
        entries.capacity = (int) kept;
        long[] keys = new long[0];
        long[] keyLines = new long[0];

        long read = 0;
        int arrayRow = 0;
        int arrayColumn = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("%")) {
                continue;
            }
            if (read == stored) {
                throw new MatrixFileException(source, lineNumber, "more entries than the " + stored
                        + " declared; extra text \"" + abbreviate(line) + "\"");
            }
            String[] fields = line.strip().split("\\s+");
            int i;
            int j;
            double v;
            if (coordinate) {
                if (fields.length != 3) {
                    throw new MatrixFileException(source, lineNumber, "a coordinate entry must hold 3 fields (row "
                            + "column value), got \"" + abbreviate(line) + "\"");
                }
                long ii = integer(fields[0], source, lineNumber, "row index");
                long jj = integer(fields[1], source, lineNumber, "column index");
                if (ii < 1 || ii > rows || jj < 1 || jj > columns) {
                    throw new MatrixFileException(source, lineNumber, "entry (" + ii + ", " + jj
                            + ") lies outside the declared size " + rows + " x " + columns);
                }
                i = (int) ii - 1;
                j = (int) jj - 1;
                v = value(fields[2], field, source, lineNumber);
                int low = Math.min(i, j);
                int high = Math.max(i, j);
                if (read == keys.length) {
                    int length = (int) Math.min(stored, Math.max(16L, 2L * keys.length));
                    keys = Arrays.copyOf(keys, length);
                    keyLines = Arrays.copyOf(keyLines, length);
                }
                keys[(int) read] = symmetric ? (long) high * columns + low : (long) i * columns + j;
                keyLines[(int) read] = lineNumber;
            } else {
                if (fields.length != 1) {
                    throw new MatrixFileException(source, lineNumber, "an array entry must hold 1 value, got \""
                            + abbreviate(line) + "\"");
                }
                v = value(fields[0], field, source, lineNumber);
                i = arrayRow;
                j = arrayColumn;
                arrayRow++;
                if (arrayRow == rows) {
                    arrayColumn++;
                    arrayRow = symmetric ? arrayColumn : 0;
                }
            }
            entries.add(i, j, v);
            if (symmetric && i != j) {
                entries.add(j, i, v);
            }
            read++;
        }
        if (read < stored) {
            throw new MatrixFileException(source, lineNumber, "the file ends after " + read + " of the " + stored
                    + " declared entries; it is truncated");
        }
        if (coordinate) {
            rejectDuplicates(keys, keyLines, columns, symmetric, source);
        }
        return entries;
    }

    private static void rejectDuplicates(long[] keys, long[] lines, long columns, boolean symmetric, String source) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        for (int k = 1; k < sorted.length; k++) {
            if (sorted[k] == sorted[k - 1]) {
                long key = sorted[k];
                long first = -1;
                long second = -1;
                for (int t = 0; t < keys.length; t++) {
                    if (keys[t] == key) {
                        if (first < 0) {
                            first = lines[t];
                        } else {
                            second = lines[t];
                            break;
                        }
                    }
                }
                long i = key / columns + 1;
                long j = key % columns + 1;
                throw new MatrixFileException(source, second, "duplicate entry (" + i + ", " + j + ")"
                        + (symmetric ? " or its mirror (" + j + ", " + i + ")" : "") + ", first given on line "
                        + first);
            }
        }
    }

    private static long saturatedProduct(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        return high != 0 || product < 0 ? Long.MAX_VALUE : product;
    }

    private static long integer(String text, String source, long line, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new MatrixFileException(source, line, what + " must be an integer, got \"" + abbreviate(text) + "\"");
        }
    }

    private static double value(String text, String field, String source, long line) {
        if (field.equals("integer")) {
            return integerValue(text, source, line);
        }
        if (!isDecimal(text) && !isNonFiniteWord(text)) {
            throw new MatrixFileException(source, line, "entry value must be a decimal number such as -1.5e3, got \""
                    + abbreviate(text) + "\"");
        }
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v)) {
            throw new MatrixFileException(source, line, "entry value must be finite, got " + text);
        }
        return v;
    }

    private static double integerValue(String text, String source, long line) {
        if (!text.matches("[+-]?[0-9]+")) {
            throw new MatrixFileException(source, line, "entry value must be an integer, got \"" + abbreviate(text)
                    + "\"");
        }
        java.math.BigInteger v = new java.math.BigInteger(text);
        if (v.abs().compareTo(java.math.BigInteger.valueOf(EXACT_INTEGER_LIMIT)) > 0) {
            throw new MatrixFileException(source, line, "integer entry " + abbreviate(text) + " exceeds 2^53 = "
                    + EXACT_INTEGER_LIMIT + " in magnitude, so a double cannot hold it exactly; declare the field"
                    + " real if rounding it is acceptable");
        }
        return v.doubleValue();
    }

    /**
     * Tells whether {@code text} is a decimal number: an optional sign, digits with an optional
     * point, and an optional exponent. {@link Double#parseDouble} also accepts Java literal forms
     * such as {@code 1d}, {@code 5f} and {@code 0x1p3}, which a data file should not contain.
     */
    static boolean isDecimal(String text) {
        return DECIMAL.matcher(text).matches();
    }

    /** Tells whether {@code text} is NaN or a signed Infinity, which is a number but not a finite one. */
    static boolean isNonFiniteWord(String text) {
        return text.matches("[+-]?(NaN|Infinity)");
    }

    static String abbreviate(String text) {
        String stripped = text.strip();
        return stripped.length() <= 60 ? stripped : stripped.substring(0, 57) + "...";
    }
}
