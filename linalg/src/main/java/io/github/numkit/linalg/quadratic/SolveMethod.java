package io.github.numkit.linalg.quadratic;

/** How a {@link QuadraticSolution} was computed. */
public enum SolveMethod {
    /**
     * Cholesky factorisation of A (or of −A for a negative definite form), accepted because every
     * pivot was positive and the estimated condition number was below the definiteness threshold.
     */
    CHOLESKY,
    /** Symmetric eigendecomposition of A, used when Cholesky failed or was judged unreliable. */
    EIGENDECOMPOSITION
}
