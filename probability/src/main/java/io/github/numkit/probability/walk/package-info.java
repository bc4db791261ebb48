/**
 * Exact distributions of random walks: the simple walk on the integers and its binomial
 * probabilities, first return and first passage, the maximum, the ballot theorem and the arcsine
 * law, gambler's ruin, walks with any integer step distribution, the normal approximation, and
 * the simple walk on the square and cubic lattices with Pólya's return probability.
 */
package io.github.numkit.probability.walk;
