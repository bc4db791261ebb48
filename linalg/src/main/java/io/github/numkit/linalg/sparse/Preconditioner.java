package io.github.numkit.linalg.sparse;

/**
 * The action r ↦ M⁻¹r of a symmetric positive definite preconditioner M ≈ A.
 */
@FunctionalInterface
public interface Preconditioner {

    /** The identity, M = I: plain conjugate gradients. */
    Preconditioner NONE = (r, z) -> System.arraycopy(r, 0, z, 0, r.length);

    /**
     * Writes M⁻¹r into {@code z}.
     *
     * @param r the residual, read only
     * @param z the output of the same length, overwritten; must not alias {@code r}
     */
    void apply(double[] r, double[] z);
}
