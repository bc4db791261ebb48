package io.github.numkit.probability.walk;

/**
 * An approximation to a probability with the exact value beside it.
 *
 * @param approximate the approximate value
 * @param exact the exact value, to a few ulps
 * @param absoluteError approximate − exact
 * @param relativeError (approximate − exact)/exact, infinite or NaN when exact is 0
 * @param method how the approximation was obtained
 */
public record Approximation(double approximate, double exact, double absoluteError, double relativeError,
                            String method) {

    static Approximation of(double approximate, double exact, String method) {
        double error = approximate - exact;
        return new Approximation(approximate, exact, error, error / exact, method);
    }
}
