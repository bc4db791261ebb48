package io.github.numkit.optimization.diagnostics;

/**
 * One run of a randomised method, fixed by its seed, reduced to its error at each checkpoint.
 */
@FunctionalInterface
public interface SeededRun {

    /**
     * Runs the method with a seed.
     *
     * @param seed the seed; the same seed must give the same errors
     * @return the error at each checkpoint, in checkpoint order
     */
    double[] errors(long seed);
}
