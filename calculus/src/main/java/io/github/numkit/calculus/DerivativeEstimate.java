package io.github.numkit.calculus;

/**
 * One derivative with its error estimate and its cost.
 *
 * @param value the derivative
 * @param errorEstimate an estimate of |value − true derivative|; 0 for the dual-number methods,
 *     whose only error is the rounding error of evaluating the derivative formulas
 * @param evaluations the number of function evaluations (or dual passes) it cost
 * @param step the step h the value comes from, in the units of the coordinate; 0 for dual numbers
 * @param method how the value was obtained, for example "central difference, order 2"
 */
public record DerivativeEstimate(double value, double errorEstimate, long evaluations, double step,
        String method) {
}
