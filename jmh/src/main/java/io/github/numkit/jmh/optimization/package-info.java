/**
 * Benchmarks of the optimization module's hot loops, each beside a plain hand-written loop doing
 * the same arithmetic, so that the ratio shows what the abstraction costs.
 */
package io.github.numkit.jmh.optimization;
