package io.github.numkit.calculus.check;

/**
 * The comparison of one component of a hand-written gradient with the numerical one.
 *
 * @param index the coordinate i
 * @param analytic the user's ∂f/∂xᵢ
 * @param numerical the numerical ∂f/∂xᵢ
 * @param numericalError the numerical method's error estimate
 * @param relativeError |analytic − numerical| / max(|analytic|, |numerical|, floor); 0 when both are 0
 * @param passed whether relativeError ≤ the tolerance, or the difference is within the numerical error
 */
public record CoordinateCheck(int index, double analytic, double numerical, double numericalError,
        double relativeError, boolean passed) {
}
