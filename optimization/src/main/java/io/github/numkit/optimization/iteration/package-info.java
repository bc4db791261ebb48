/**
 * Machinery shared by the iterative methods: the divergence monitor, the checkpoint recorder and the
 * throttled progress reporter. Not exported.
 */
package io.github.numkit.optimization.iteration;
