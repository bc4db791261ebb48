package io.github.numkit.linalg.quadratic;

/**
 * The sign pattern of the eigenvalues of the symmetric part of A, after eigenvalues whose size is
 * at most the classification tolerance have been counted as zero.
 */
public enum Definiteness {
    /** Every eigenvalue is positive. */
    POSITIVE_DEFINITE,
    /** Every eigenvalue is negative. */
    NEGATIVE_DEFINITE,
    /** Some eigenvalues are positive and some negative. */
    INDEFINITE,
    /** No eigenvalue is negative, at least one is zero and at least one positive. */
    POSITIVE_SEMIDEFINITE,
    /** No eigenvalue is positive, at least one is zero and at least one negative. */
    NEGATIVE_SEMIDEFINITE,
    /** A is zero, so f is affine. */
    ZERO
}
