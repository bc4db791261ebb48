package io.github.numkit.linalg.matrixfile;

/**
 * A matrix file that cannot be read as the matrix it claims to be. The causes are a file that is
 * not Matrix Market, a truncated file, an entry outside the declared size, a duplicate entry, a
 * value that is not a finite number, a declared size too large for the heap, and a ragged CSV
 * table. The message names the file and the line, counted from 1 (line 0 means the whole file).
 */
public final class MatrixFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The file name as the caller gave it. */
    private final String file;
    /** The line counted from 1, or 0 for the whole file. */
    private final long line;
    /** The problem without the file and line. */
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param file the file name as the user gave it
     * @param line the line number counted from 1, or 0 for the whole file
     * @param problem what is wrong, as a sentence fragment without the file and line
     */
    public MatrixFileException(String file, long line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /**
     * Returns the file name.
     *
     * @return the file as the caller named it
     */
    public String file() {
        return file;
    }

    /**
     * Returns the line where the problem was found.
     *
     * @return the line counted from 1, or 0 for the whole file
     */
    public long line() {
        return line;
    }

    /**
     * Returns the problem without the file and line.
     *
     * @return the description
     */
    public String problem() {
        return problem;
    }
}
