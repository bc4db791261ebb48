package io.github.numkit.optimization.streaming;

import org.apache.commons.rng.UniformRandomProvider;

/** Draws one random observation from the generator it is given. */
@FunctionalInterface
public interface ScalarSampler {

    /**
     * Draws one observation.
     *
     * @param rng the source of randomness; the only one the sampler may use, so that the same seed
     *     gives the same observations
     * @return the observation
     */
    double sample(UniformRandomProvider rng);
}
