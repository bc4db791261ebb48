/**
 * The {@code numkit derivative} command and the calculus steps of the tour: gradients and
 * directional derivatives of an expression, computed by the calculus module.
 */
package io.github.numkit.cli.calculus;
