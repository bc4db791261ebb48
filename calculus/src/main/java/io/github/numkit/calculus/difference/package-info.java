/**
 * Finite differences with scaled exact steps, bounds and error estimates
 * ({@link io.github.numkit.calculus.difference.FiniteDifference}), and adaptive Richardson
 * extrapolation ({@link io.github.numkit.calculus.difference.Richardson}).
 */
package io.github.numkit.calculus.difference;
