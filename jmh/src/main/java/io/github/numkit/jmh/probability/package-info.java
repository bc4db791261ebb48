/**
 * Benchmarks of the probability module: walk simulation against plain loops and the generator's own
 * bound, the n-step distribution against Commons Statistics, and series products direct against FFT.
 */
package io.github.numkit.jmh.probability;
