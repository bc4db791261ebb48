/**
 * Directional derivatives through the gradient, by one dual pass or by one difference along the
 * direction, one-sided directional derivatives at kinks, and the direction of steepest ascent.
 */
package io.github.numkit.calculus.directional;
