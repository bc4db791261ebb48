/**
 * Stochastic approximation: streaming estimates, step-size schedules, Robbins–Monro root finding,
 * Kiefer–Wolfowitz and SPSA, gradient descent on finite sums, and convergence diagnostics.
 */
module io.github.numkit.optimization {
    requires transitive org.apache.commons.rng.api;
    requires org.apache.commons.rng.core;
    requires org.apache.commons.rng.simple;

    exports io.github.numkit.optimization;
    exports io.github.numkit.optimization.streaming;
    exports io.github.numkit.optimization.schedule;
    exports io.github.numkit.optimization.rootfinding;
    exports io.github.numkit.optimization.gradientfree;
    exports io.github.numkit.optimization.descent;
    exports io.github.numkit.optimization.diagnostics;
}
