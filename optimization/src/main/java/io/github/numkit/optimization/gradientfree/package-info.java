/**
 * Minimisation from noisy loss values alone: Kiefer–Wolfowitz finite differences and Spall's
 * simultaneous perturbation stochastic approximation (SPSA), with their gain sequences.
 */
package io.github.numkit.optimization.gradientfree;
