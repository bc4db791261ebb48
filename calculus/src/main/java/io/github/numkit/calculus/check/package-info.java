/**
 * Gradient checking: {@link io.github.numkit.calculus.check.GradientCheck} compares a hand-written
 * gradient with a numerical one, coordinate by coordinate.
 */
package io.github.numkit.calculus.check;
