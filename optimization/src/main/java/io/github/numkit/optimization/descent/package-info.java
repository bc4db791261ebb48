/**
 * Gradient descent on finite sums (1/m) Σ f<sub>i</sub>(w): batch, mini-batch and single-sample
 * stochastic gradient descent, with or without replacement, with momentum or Adam, and linear
 * least squares as the model problem with its exact solution.
 */
package io.github.numkit.optimization.descent;
