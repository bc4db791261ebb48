package io.github.numkit.optimization.rootfinding;

/** The reason a Robbins–Monro run stopped. */
public enum StopReason {
    /** The iteration budget was used up. */
    ITERATION_BUDGET,
    /**
     * The averaged iterate moved less than the tolerance over the last window of iterations,
     * relative to 1 plus its maximum norm.
     */
    TOLERANCE
}
