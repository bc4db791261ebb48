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

    /** The longest expression the message quotes whole; longer ones are cut around the column. */
    static final int EXCERPT = 60;

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
        super("invalid expression at column " + column + ": " + problem + " in " + excerpt(text, column));
        this.column = column;
    }

    /**
     * Returns the text in quotes, or for a text longer than {@link #EXCERPT} characters the
     * {@link #EXCERPT} characters around the column, with an ellipsis at each cut and the total
     * length after them, so that one error on a huge expression stays one readable line.
     */
    private static String excerpt(String text, int column) {
        if (text == null) {
            return "null";
        }
        if (text.length() <= EXCERPT) {
            return "\"" + text + "\"";
        }
        int start = Math.max(0, Math.min(column - 1 - EXCERPT / 2, text.length() - EXCERPT));
        int end = start + EXCERPT;
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        return "\"" + (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "")
                + "\" (an excerpt from column " + (start + 1) + " of " + text.length() + " characters)";
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
