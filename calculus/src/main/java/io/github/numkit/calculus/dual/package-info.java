/**
 * Exact forward-mode derivatives: {@link io.github.numkit.calculus.dual.Dual},
 * {@link io.github.numkit.calculus.dual.HyperDual} and
 * {@link io.github.numkit.calculus.dual.GradientDual} numbers, the generic
 * {@link io.github.numkit.calculus.dual.DualScalarField}, the
 * {@link io.github.numkit.calculus.dual.DualPointField} for directional derivatives without
 * allocation, and the facade {@link io.github.numkit.calculus.dual.ForwardMode}.
 */
package io.github.numkit.calculus.dual;
