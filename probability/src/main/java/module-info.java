/**
 * Random walks through generating functions: truncated power series with exact and floating-point
 * coefficients, exact distributions of the walk, first return and first passage, gambler's ruin,
 * limit laws, walks on the square and cubic lattices, and seeded Monte Carlo simulation.
 */
module io.github.numkit.probability {
    requires transitive org.apache.commons.rng.api;
    requires org.apache.commons.rng.core;
    requires transitive org.apache.commons.rng.simple;
    requires org.apache.commons.numbers.core;
    requires transitive org.apache.commons.numbers.fraction;
    requires org.apache.commons.numbers.gamma;
    requires org.apache.commons.statistics.distribution;

    exports io.github.numkit.probability;
    exports io.github.numkit.probability.series;
    exports io.github.numkit.probability.walk;
    exports io.github.numkit.probability.simulation;
}
