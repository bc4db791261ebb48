package io.github.numkit.optimization.rootfinding;

import org.apache.commons.rng.UniformRandomProvider;

/** A noisy observation Y = g(w) + ε of a scalar function whose root is sought. */
@FunctionalInterface
public interface ScalarObservation {

    /**
     * Observes g at a point.
     *
     * @param w the point
     * @param rng the only source of noise the observation may use, so that a seed fixes the run
     * @return the noisy value of g(w)
     */
    double observe(double w, UniformRandomProvider rng);
}
