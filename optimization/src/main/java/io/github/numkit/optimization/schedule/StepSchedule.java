package io.github.numkit.optimization.schedule;

/**
 * A step-size schedule a<sub>k</sub> for iterations k = 1, 2, 3, and so on. A lambda is a
 * user-supplied schedule. The methods of this module call {@link #step(long)} once per iteration
 * and reject a step that is not finite and positive, naming the iteration.
 */
@FunctionalInterface
public interface StepSchedule {

    /**
     * Returns the step of iteration {@code k}.
     *
     * @param k the iteration, at least 1
     * @return a<sub>k</sub>, which must be finite and positive
     */
    double step(long k);

    /**
     * Creates the schedule a/(k + A)<sup>α</sup>.
     *
     * @param a the scale, finite and &gt; 0
     * @param offset the shift A, finite and ≥ 0
     * @param alpha the exponent α, in (0, 1]
     * @return the schedule
     * @throws IllegalArgumentException if an argument is out of range
     */
    static PowerSchedule power(double a, double offset, double alpha) {
        return new PowerSchedule(a, offset, alpha);
    }

    /**
     * Creates the constant schedule a<sub>k</sub> = a.
     *
     * @param a the step, finite and &gt; 0
     * @return the schedule
     * @throws IllegalArgumentException if {@code a} is not finite and positive
     */
    static ConstantSchedule constant(double a) {
        return new ConstantSchedule(a);
    }

    /**
     * Returns the step of iteration {@code k} after checking it.
     *
     * @param schedule the schedule
     * @param k the iteration
     * @return a<sub>k</sub>
     * @throws IllegalArgumentException if the step is not finite and positive
     */
    static double checkedStep(StepSchedule schedule, long k) {
        double a = schedule.step(k);
        if (!(a > 0 && a < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "step size at iteration " + k + " must be finite and > 0, got " + a);
        }
        return a;
    }
}
