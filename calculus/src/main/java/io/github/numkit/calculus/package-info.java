/**
 * The function types and result values shared by every derivative method of the module.
 *
 * <p>{@link io.github.numkit.calculus.ScalarField} and {@link io.github.numkit.calculus.VectorField}
 * are the functions; {@link io.github.numkit.calculus.DerivativeEstimate},
 * {@link io.github.numkit.calculus.GradientEstimate} and {@link io.github.numkit.calculus.MatrixEstimate}
 * carry each answer with its error estimate and cost. The methods live in the subpackages:
 * {@code difference} (finite differences and Richardson extrapolation), {@code dual} (exact
 * forward mode), {@code directional}, {@code check} and {@code expression}.
 */
package io.github.numkit.calculus;
