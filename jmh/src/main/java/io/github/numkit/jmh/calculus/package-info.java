/**
 * Benchmarks of the calculus module: gradients of the n-dimensional Rosenbrock function by
 * differences, dual numbers and Commons Math's DerivativeStructure, and a directional derivative
 * against a plain evaluation.
 */
package io.github.numkit.jmh.calculus;
