/**
 * The {@code numkit sa} commands and the stochastic approximation steps of the tour, all running
 * the numkit-optimization library.
 */
package io.github.numkit.cli.optimization;
