package io.github.numkit.calculus.expression;

/**
 * Thrown by {@link Expression#parse(String)} for any text that is not a valid expression: a syntax
 * error, an unknown function or variable, a wrong number of arguments, a number out of range, or
 * nesting deeper than {@link Expression#MAX_DEPTH}. It is the only exception the parser throws.
 * The message names the column (1-based) and the problem; {@link #column()} returns the column.
 */
public class ExpressionParseException extends IllegalArgumentException {

    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The 1-based column of the expression where the problem was found. */
    private final int column;

    /**
     * Creates the exception.
     *
     * @param problem what is wrong, for example "expected an operand"
     * @param column the 1-based column where it was found
     * @param text the expression
     */
    public ExpressionParseException(String problem, int column, String text) {
        super("invalid expression at column " + column + ": " + problem + " in \"" + text + "\"");
        this.column = column;
    }

    /**
     * Returns the 1-based column of the problem; one past the end for an unexpected end of input.
     *
     * @return the column
     */
    public int column() {
        return column;
    }
}
