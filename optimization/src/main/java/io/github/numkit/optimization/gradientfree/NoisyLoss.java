package io.github.numkit.optimization.gradientfree;

import org.apache.commons.rng.UniformRandomProvider;

/** A noisy measurement y(θ) = L(θ) + ε of a loss to be minimised. */
@FunctionalInterface
public interface NoisyLoss {

    /**
     * Measures the loss at a point.
     *
     * @param theta the point; read only, and not to be kept after the call
     * @param rng the only source of noise the measurement may use, so that a seed fixes the run
     * @return the noisy loss
     */
    double value(double[] theta, UniformRandomProvider rng);
}
