package io.github.numkit.probability.simulation;

/**
 * Simulated hitting times of independent walks, such as first returns to 0 or first passages to a
 * level, observed up to a step limit.
 *
 * @param times the time of each path, in path order, or −1 where the event did not happen within
 *     {@code maxSteps}; owned by the record, so callers must not modify it
 * @param maxSteps the step limit of the observation
 * @param notObserved the number of paths with time −1
 * @param generator the generator and the stream scheme used
 */
public record SimulatedTimes(long[] times, long maxSteps, long notObserved, String generator) {
}
