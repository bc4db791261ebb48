/**
 * Seeded Monte Carlo simulation of random walks on Commons RNG, with a chi-square comparison
 * against the exact distributions of {@link io.github.numkit.probability.walk}.
 */
package io.github.numkit.probability.simulation;
