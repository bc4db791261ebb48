/**
 * Convergence diagnostics: the empirical rate fitted on log-log axes and progress curves over many
 * seeds, so that a method is judged on its distribution of outcomes rather than one run.
 */
package io.github.numkit.optimization.diagnostics;
