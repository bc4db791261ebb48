package io.github.numkit.optimization.rootfinding;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A noisy observation Y = g(w) + ε of a vector field g: R<sup>p</sup> → R<sup>p</sup> whose root is
 * sought. It writes into an array owned by the caller, so an iteration allocates nothing.
 */
@FunctionalInterface
public interface VectorObservation {

    /**
     * Observes g at a point.
     *
     * @param w the point; read only, and not to be kept after the call
     * @param rng the only source of noise the observation may use, so that a seed fixes the run
     * @param out receives the noisy value of g(w); every entry must be written
     */
    void observe(double[] w, UniformRandomProvider rng, double[] out);
}
