package io.github.numkit.cli;

/**
 * A computation that ran on valid input but has no result to give, such as a quadratic form with no
 * minimum or an iteration that diverged. The command exits with {@link Numkit#NUMERICAL_FAILURE}.
 */
public final class NumericalFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line for the user: what has no result, and why
     */
    public NumericalFailureException(String message) {
        super(message);
    }
}
