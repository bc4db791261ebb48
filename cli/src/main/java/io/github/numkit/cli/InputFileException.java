package io.github.numkit.cli;

import java.nio.file.Path;

/**
 * A user's input file that cannot be used: missing, unreadable or malformed. The message names the
 * file, the line when one is known, and the problem; the command exits with
 * {@link Numkit#BAD_INPUT}.
 */
public final class InputFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;

    /**
     * Creates the exception.
     *
     * @param file the file
     * @param line the 1-based line of the problem, or 0 when it concerns the whole file
     * @param problem what is wrong, in a few words ("expected 3 columns, got 2")
     */
    public InputFileException(Path file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /**
     * Returns the file.
     *
     * @return the file
     */
    public Path file() {
        return file;
    }

    /**
     * Returns the 1-based line of the problem.
     *
     * @return the line, or 0 when the problem concerns the whole file
     */
    public long line() {
        return line;
    }
}
