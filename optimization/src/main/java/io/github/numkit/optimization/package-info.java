/**
 * Types shared by every stochastic approximation method in this module: the progress listener, the
 * recorded trajectory, the checkpoint schedule and the two failures a run can end with.
 */
package io.github.numkit.optimization;
