/**
 * Estimates that update one observation at a time: the running mean and variance with merge, the
 * exponentially weighted mean, and the Monte Carlo mean with a confidence interval.
 */
package io.github.numkit.optimization.streaming;
