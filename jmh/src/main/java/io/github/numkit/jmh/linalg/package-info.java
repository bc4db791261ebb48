/**
 * Benchmarks of the linalg module: the dense positive definite solve against EJML (single- and
 * multithreaded), Commons Math 3.6.1 and ojAlgo; the 2×2 and 3×3 fast path against the general
 * path; and the sparse Poisson product and solve, read beside the machine's FMA peak and memory
 * bandwidth from {@link io.github.numkit.jmh.PeakFlops} in the same run.
 */
package io.github.numkit.jmh.linalg;
