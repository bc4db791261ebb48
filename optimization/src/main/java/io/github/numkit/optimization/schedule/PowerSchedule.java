package io.github.numkit.optimization.schedule;

import io.github.numkit.optimization.validation.Require;

/**
 * The schedule a<sub>k</sub> = a/(k + A)<sup>α</sup>. It meets the Robbins–Monro conditions exactly
 * when ½ &lt; α ≤ 1: the sum of steps diverges for α ≤ 1 and the sum of squares converges for
 * α &gt; ½. The shift A keeps the first steps small without slowing the tail. Immutable.
 *
 * @param a the scale, finite and &gt; 0
 * @param offset the shift A, finite and ≥ 0
 * @param alpha the exponent α, finite and &gt; 0; values outside (½, 1] are accepted here and
 *     flagged by {@link ScheduleCheck}
 */
public record PowerSchedule(double a, double offset, double alpha) implements StepSchedule {

    /**
     * Checks the parameters.
     *
     * @param a the scale, finite and &gt; 0
     * @param offset the shift A, finite and ≥ 0
     * @param alpha the exponent α, finite and &gt; 0
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public PowerSchedule {
        Require.positive(a, "a");
        Require.nonNegative(offset, "offset A");
        Require.positive(alpha, "alpha");
    }

    @Override
    public double step(long k) {
        return a / Math.pow(k + offset, alpha);
    }
}
