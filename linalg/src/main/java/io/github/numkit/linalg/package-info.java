/**
 * Quadratic forms f(x) = xᵀAx + bᵀx + c and the linear algebra around them, built on EJML.
 *
 * <p>{@link io.github.numkit.linalg.quadratic} classifies and solves dense forms,
 * {@link io.github.numkit.linalg.exact} solves small rational problems exactly,
 * {@link io.github.numkit.linalg.leastsquares} fits linear models by Householder QR,
 * {@link io.github.numkit.linalg.sparse} solves large sparse positive definite systems by
 * preconditioned conjugate gradients, and {@link io.github.numkit.linalg.matrixfile} reads Matrix
 * Market and CSV files.
 */
package io.github.numkit.linalg;
