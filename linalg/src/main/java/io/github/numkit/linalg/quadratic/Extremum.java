package io.github.numkit.linalg.quadratic;

/** What the stationary points of f(x) = xᵀAx + bᵀx + c are, if it has any. */
public enum Extremum {
    /** A is positive definite: one global minimiser, x* = −A⁻¹b/2. */
    MINIMUM,
    /** A is negative definite: one global maximiser. */
    MAXIMUM,
    /**
     * A is indefinite: f has no extremum and is unbounded in both directions. A stationary point
     * (a saddle point) exists when b lies in the range of A.
     */
    SADDLE,
    /** A is positive semidefinite and b lies in its range: the minimisers form an affine set. */
    MINIMUM_SET,
    /** A is negative semidefinite and b lies in its range: the maximisers form an affine set. */
    MAXIMUM_SET,
    /** A is positive semidefinite and b has a component in its null space: f has no lower bound. */
    UNBOUNDED_BELOW,
    /** A is negative semidefinite and b has a component in its null space: f has no upper bound. */
    UNBOUNDED_ABOVE,
    /** A is zero and b is not: f is affine and unbounded in both directions. */
    AFFINE,
    /** A and b are zero: f is the constant c and every point is a minimiser and a maximiser. */
    CONSTANT
}
