package io.github.numkit.optimization.schedule;

import io.github.numkit.optimization.validation.Require;

/**
 * The constant schedule a<sub>k</sub> = a. It fails the Robbins–Monro condition Σ a<sub>k</sub>² &lt; ∞,
 * so the noise never averages out: the iterates settle in a neighbourhood of the solution whose size
 * grows with a and with the noise. It is the usual choice for gradient descent on a finite sum
 * without noise, where the batch gradient is exact. Immutable.
 *
 * @param a the step, finite and &gt; 0
 */
public record ConstantSchedule(double a) implements StepSchedule {

    /**
     * Checks the step.
     *
     * @param a the step, finite and &gt; 0
     * @throws IllegalArgumentException if {@code a} is not finite and positive
     */
    public ConstantSchedule {
        Require.positive(a, "a");
    }

    @Override
    public double step(long k) {
        return a;
    }
}
