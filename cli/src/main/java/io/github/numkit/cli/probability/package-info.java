/**
 * The {@code numkit walk} command and the random-walk steps of the tour, on top of the
 * {@code io.github.numkit.probability} module.
 */
package io.github.numkit.cli.probability;
