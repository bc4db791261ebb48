/**
 * Random walks on the integers and on the square and cubic lattices, answered through generating
 * functions. The subpackages hold the power series ({@code series}), the exact distributions
 * ({@code walk}) and the seeded simulation ({@code simulation}); this package holds what they share.
 */
package io.github.numkit.probability;
