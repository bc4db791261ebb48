/**
 * Robbins–Monro root finding of g(w) = 0 from noisy observations of g, scalar and vector, with
 * Polyak–Ruppert averaging.
 */
package io.github.numkit.optimization.rootfinding;
