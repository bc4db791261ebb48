package io.github.numkit.optimization.schedule;

import io.github.numkit.optimization.validation.Decimal;
import io.github.numkit.optimization.validation.Require;

/**
 * Whether a step schedule meets the Robbins–Monro conditions Σ a<sub>k</sub> = ∞ (the steps can
 * travel any distance) and Σ a<sub>k</sub>² &lt; ∞ (the noise they inject has finite total variance).
 *
 * <p>For {@link PowerSchedule} and {@link ConstantSchedule} the verdict is exact. A user-supplied
 * schedule can only be sampled, and no finite sample separates a<sub>k</sub> = 1/(k ln k), whose sum
 * diverges, from 1/(k ln² k), whose sum converges. The check therefore estimates local decay
 * exponents, the slopes of log a<sub>k</sub> against log k between k = 10<sup>6</sup> and
 * 10<sup>7</sup> (early) and between 10<sup>7</sup> and 10<sup>8</sup> (late, taken as the
 * exponent p), and decides only when the evidence is clear:
 * <ul>
 * <li>slopes that differ by more than 0.05: the schedule does not decay like a power of k, and the
 *     verdict is {@link Verdict#UNDETERMINED};
 * <li>slopes within 0.001 of each other: a power of k, possibly with an offset or a factor
 *     (log k)<sup>c</sup> with |c| ≤ 0.1, which moves p by less than 0.01. An estimate within 0.01
 *     of 0, 1/2 or 1 is taken as that value, so 1/√k fails and 3/(k + 10) meets; a pure power
 *     such as 1/k<sup>0.505</sup> is misjudged that way;
 * <li>slopes that differ by 0.001 to 0.05, the signature of a factor (log k)<sup>-c</sup> with
 *     0.1 &lt; |c| &lt; 6, which adds c/ln k to the local exponent: the check solves the two slopes
 *     for c and the limit exponent p. Within 0.05 of 1/2 or 1 the factor decides the conditions
 *     (Σ 1/(k ln k) diverges, Σ 1/(k ln² k) converges), so the verdict is
 *     {@link Verdict#UNDETERMINED}; further away it follows p. Factors such as log log k are not
 *     modelled and can bias the extrapolated p.
 * </ul>
 * {@link #exact()} is false for every estimated verdict. Methods that check their schedule run
 * an undetermined one and return this check with the result, so the caller can see the warning.
 *
 * @param verdict the overall verdict
 * @param stepSumDiverges whether Σ a<sub>k</sub> = ∞
 * @param squareSumConverges whether Σ a<sub>k</sub>² &lt; ∞
 * @param exact whether the verdict follows from the form of the schedule rather than an estimate
 * @param decayExponent the exponent p in a<sub>k</sub> ~ k<sup>-p</sup>, exact or estimated
 * @param explanation a sentence saying what the verdict means for a run with this schedule
 */
public record ScheduleCheck(Verdict verdict, boolean stepSumDiverges, boolean squareSumConverges,
        boolean exact, double decayExponent, String explanation) {

    /** The overall verdict of a check. */
    public enum Verdict {
        /** Both conditions hold. */
        MEETS,
        /** At least one condition fails. */
        FAILS,
        /**
         * The sampled values cannot decide: the schedule does not decay like a power of k, or it
         * decays too close to a boundary exponent with a slowly varying factor such as log k.
         */
        UNDETERMINED
    }

    private static final double BOUNDARY_MARGIN = 0.01;
    /** Largest early-to-late slope change of a power of k; a log factor changes it more. */
    private static final double POWER_DRIFT = 0.001;
    /** Largest slope change of a schedule taken to decay like k^-p times (log k)^-c, |c| ≤ 5. */
    private static final double MAX_DRIFT = 0.05;
    /** Distance of the extrapolated exponent from 1/2 or 1 within which no verdict is given. */
    private static final double LOG_FACTOR_BAND = 0.05;

    /**
     * Checks a schedule.
     *
     * @param schedule the schedule to check
     * @return the verdict
     * @throws IllegalArgumentException if the schedule returns a step that is not finite and
     *     positive at one of the iterations the check evaluates (1 to 1000 and the powers of ten up
     *     to 10<sup>8</sup>)
     */
    public static ScheduleCheck of(StepSchedule schedule) {
        Require.nonNull(schedule, "schedule");
        if (schedule instanceof ConstantSchedule c) {
            return fromExponent(0, true, "the constant step " + Decimal.of(c.a()));
        }
        if (schedule instanceof PowerSchedule p) {
            String base = p.offset() == 0 ? "k" : "(k + " + Decimal.of(p.offset()) + ")";
            return fromExponent(p.alpha(), true, "the schedule " + Decimal.of(p.a()) + "/" + base + "^"
                    + Decimal.of(p.alpha()));
        }
        return estimate(schedule);
    }

    /** Judges a schedule known only by its values, by the rules in the class comment. */
    private static ScheduleCheck estimate(StepSchedule schedule) {
        for (long k = 1; k <= 1000; k++) {
            StepSchedule.checkedStep(schedule, k);
        }
        double a6 = StepSchedule.checkedStep(schedule, 1_000_000L);
        double a7 = StepSchedule.checkedStep(schedule, 10_000_000L);
        double a8 = StepSchedule.checkedStep(schedule, 100_000_000L);
        double early = Math.log10(a6 / a7);
        double late = Math.log10(a7 / a8);
        double drift = Math.abs(early - late);
        if (drift > MAX_DRIFT) {
            return new ScheduleCheck(Verdict.UNDETERMINED, false, false, false, late,
                    "the schedule does not decay like a power of k (local exponent "
                    + Decimal.of(early, 4) + " between 1e6 and 1e7, " + Decimal.of(late, 4)
                    + " between 1e7 and 1e8), so whether it"
                    + " meets the Robbins-Monro conditions cannot be decided from its values");
        }
        String name = "the supplied schedule (estimated decay exponent " + Decimal.of(late, 4)
                + ")";
        if (drift <= POWER_DRIFT) {
            double p = late;
            if (Math.abs(p - 1) <= BOUNDARY_MARGIN) {
                p = 1;
            } else if (Math.abs(p - 0.5) <= BOUNDARY_MARGIN) {
                p = 0.5;
            } else if (Math.abs(p) <= BOUNDARY_MARGIN) {
                p = 0;
            }
            return fromExponent(p, false, name);
        }
        // A factor (ln k)^-c adds c/ln k to the local exponent. Each slope is taken at its
        // decade's midpoint in log k, so the two slopes give c and then the limit exponent p.
        double inverseLogEarly = 1 / (6.5 * Math.log(10));
        double inverseLogLate = 1 / (7.5 * Math.log(10));
        double c = (early - late) / (inverseLogEarly - inverseLogLate);
        double p = late - c * inverseLogLate;
        name = "the supplied schedule (estimated decay exponent " + Decimal.of(p, 4)
                + " times a power of log k)";
        for (double boundary : new double[] {0.5, 1}) {
            if (Math.abs(p - boundary) <= LOG_FACTOR_BAND) {
                return new ScheduleCheck(Verdict.UNDETERMINED, false, false, false, p,
                        "the supplied schedule decays like " + (boundary == 1 ? "1/k" : "1/sqrt(k)")
                        + " times a slowly varying factor such as a power of log k (local exponent "
                        + Decimal.of(early, 4) + " between 1e6 and 1e7, " + Decimal.of(late, 4)
                        + " between 1e7 and 1e8); at"
                        + " this exponent such a factor decides the Robbins-Monro conditions, and"
                        + " sampled values cannot determine it");
            }
        }
        return fromExponent(p, false, name);
    }

    private static ScheduleCheck fromExponent(double p, boolean exact, String name) {
        boolean sumDiverges = p <= 1;
        boolean squaresConverge = p > 0.5;
        String explanation;
        if (sumDiverges && squaresConverge) {
            explanation = name + " meets the Robbins-Monro conditions: the sum of steps diverges"
                    + " and the sum of squared steps converges";
            return new ScheduleCheck(Verdict.MEETS, true, true, exact, p, explanation);
        }
        if (!sumDiverges) {
            explanation = name + " fails the Robbins-Monro conditions: the sum of steps converges,"
                    + " so the iterates can stop short of the root when they start far from it";
        } else if (p == 0) {
            explanation = name + " fails the Robbins-Monro conditions: the sum of squared steps"
                    + " diverges, so the noise never averages out and the iterates converge only"
                    + " to a neighbourhood of the root whose size grows with the step";
        } else {
            explanation = name + " fails the Robbins-Monro conditions: the sum of squared steps"
                    + " diverges for a decay exponent of 1/2 or less, so the noise is not averaged"
                    + " out and the iterates need not converge";
        }
        return new ScheduleCheck(Verdict.FAILS, sumDiverges, squaresConverge, exact, p,
                explanation);
    }

    /**
     * Tells whether both conditions hold.
     *
     * @return true for {@link Verdict#MEETS}
     */
    public boolean meetsConditions() {
        return verdict == Verdict.MEETS;
    }
}
