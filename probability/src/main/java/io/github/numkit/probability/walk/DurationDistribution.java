package io.github.numkit.probability.walk;

/**
 * The distribution of the duration T of a gambler's-ruin game up to a step limit.
 *
 * @param probabilities entry n is P(T = n) for n = 0 … maxSteps; the array is owned by the record,
 *     so callers must not modify it
 * @param ruinProbabilities entry n is P(T = n and the game ends at 0)
 * @param notEndedProbability P(T &gt; maxSteps), the mass still between the barriers, summed
 *     directly rather than as 1 minus the other entries
 */
public record DurationDistribution(double[] probabilities, double[] ruinProbabilities, double notEndedProbability) {
}
