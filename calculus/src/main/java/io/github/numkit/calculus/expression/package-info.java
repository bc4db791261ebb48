/**
 * Arithmetic expressions over named variables, parsed once and evaluated over doubles or dual
 * numbers: {@link io.github.numkit.calculus.expression.Expression}.
 */
package io.github.numkit.calculus.expression;
