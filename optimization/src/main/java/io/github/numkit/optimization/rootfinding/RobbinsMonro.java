package io.github.numkit.optimization.rootfinding;

import io.github.numkit.optimization.Checkpoints;
import io.github.numkit.optimization.DivergenceException;
import io.github.numkit.optimization.NonFiniteObservationException;
import io.github.numkit.optimization.ProgressListener;
import io.github.numkit.optimization.iteration.DivergenceMonitor;
import io.github.numkit.optimization.iteration.Progress;
import io.github.numkit.optimization.iteration.Recorder;
import io.github.numkit.optimization.schedule.PowerSchedule;
import io.github.numkit.optimization.schedule.ScheduleCheck;
import io.github.numkit.optimization.schedule.StepSchedule;
import io.github.numkit.optimization.validation.Require;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Robbins–Monro stochastic approximation of a root of g from noisy observations
 * Y<sub>k</sub> = g(w<sub>k-1</sub>) + ε<sub>k</sub>: the iterate is
 * w<sub>k</sub> = Π(w<sub>k-1</sub> - a<sub>k</sub> Y<sub>k</sub>) and the estimate is the average
 * w̄<sub>n</sub> of w<sub>s</sub>, ..., w<sub>n</sub>, where Π projects onto an optional box and s
 * is the first averaged iteration. The update moves against the observation, so it finds a root
 * where g increases through zero. For a vector field the Jacobian at the root must have
 * eigenvalues with positive real part. Negate g otherwise.
 *
 * <p>Convergence: if Σ a<sub>k</sub> = ∞, Σ a<sub>k</sub>² &lt; ∞, the noise has zero mean and
 * bounded variance and g has a unique, stable root, then w<sub>k</sub> converges to it almost
 * surely. With a<sub>k</sub> ~ k<sup>-α</sup>, ½ &lt; α &lt; 1, the Polyak–Ruppert average w̄<sub>n</sub>
 * has mean squared error falling as 1/n with the smallest constant any estimator of its kind can
 * reach. By default a schedule that fails the Robbins–Monro conditions is rejected before the run;
 * {@link #allowingAnySchedule()} runs it anyway, for example a constant step on purpose.
 *
 * <p>Cost: one observation and O(p) arithmetic per iteration; iterations allocate nothing once the
 * run has started. Divergence (an iterate above the divergence bound in maximum norm, or not
 * finite) throws {@link DivergenceException} with the iteration where the growth began.
 *
 * <p>References: H. Robbins, S. Monro, "A stochastic approximation method", Ann. Math. Statist.
 * 22(3), 1951; B. T. Polyak, A. B. Juditsky, "Acceleration of stochastic approximation by
 * averaging", SIAM J. Control Optim. 30(4), 1992.
 *
 * <p>Instances are immutable and thread-safe; each {@code with...} method returns a new instance.
 * A run uses only the generator it is given.
 */
public final class RobbinsMonro {

    private final StepSchedule schedule;
    private final long maxIterations;
    private final double tolerance;
    private final long window;
    private final long averagingStart;
    private final double[] lower;
    private final double[] upper;
    private final Checkpoints checkpoints;
    private final double divergenceBound;
    private final boolean anySchedule;
    private final ProgressListener listener;

    private RobbinsMonro(StepSchedule schedule, long maxIterations, double tolerance, long window,
            long averagingStart, double[] lower, double[] upper, Checkpoints checkpoints,
            double divergenceBound, boolean anySchedule, ProgressListener listener) {
        this.schedule = schedule;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.window = window;
        this.averagingStart = averagingStart;
        this.lower = lower;
        this.upper = upper;
        this.checkpoints = checkpoints;
        this.divergenceBound = divergenceBound;
        this.anySchedule = anySchedule;
        this.listener = listener;
    }

    /**
     * Creates a method with the given schedule, a budget of 10<sup>5</sup> iterations, no tolerance
     * stop, averaging from the first iteration, no box, no checkpoints and the default divergence
     * bound of 10<sup>15</sup> max(1, max|w<sub>0</sub>|).
     *
     * @param schedule the step schedule
     * @return the method
     */
    public static RobbinsMonro with(StepSchedule schedule) {
        Require.nonNull(schedule, "schedule");
        return new RobbinsMonro(schedule, 100_000, 0, 100, 1, null, null, Checkpoints.none(),
                Double.NaN, false, ProgressListener.NONE);
    }

    /**
     * Sets the iteration budget.
     *
     * @param iterations the largest number of iterations, at least 1
     * @return a new instance
     */
    public RobbinsMonro maxIterations(long iterations) {
        Require.atLeast(iterations, 1, "maxIterations");
        return new RobbinsMonro(schedule, iterations, tolerance, window, averagingStart, lower,
                upper, checkpoints, divergenceBound, anySchedule, listener);
    }

    /**
     * Stops the run once the averaged iterate moves by less than {@code tolerance} (1 + max|w̄|) in
     * maximum norm over {@code window} iterations, checked every {@code window} iterations after
     * averaging has covered at least one window.
     *
     * @param tolerance the relative tolerance, finite and &gt; 0
     * @param window the iterations between checks, at least 1
     * @return a new instance
     */
    public RobbinsMonro tolerance(double tolerance, long window) {
        Require.positive(tolerance, "tolerance");
        Require.atLeast(window, 1, "window");
        return new RobbinsMonro(schedule, maxIterations, tolerance, window, averagingStart, lower,
                upper, checkpoints, divergenceBound, anySchedule, listener);
    }

    /**
     * Sets the first iteration included in the Polyak–Ruppert average; earlier iterates, still far
     * from the root, would otherwise bias it.
     *
     * @param start the first averaged iteration, at least 1
     * @return a new instance
     */
    public RobbinsMonro averagingFrom(long start) {
        Require.atLeast(start, 1, "averagingFrom");
        return new RobbinsMonro(schedule, maxIterations, tolerance, window, start, lower, upper,
                checkpoints, divergenceBound, anySchedule, listener);
    }

    /**
     * Projects every iterate onto the box lower ≤ w ≤ upper, entry by entry.
     *
     * @param lower the lower bounds; copied
     * @param upper the upper bounds, each at least the matching lower bound; copied
     * @return a new instance
     */
    public RobbinsMonro box(double[] lower, double[] upper) {
        Require.nonNull(lower, "lower");
        Require.nonNull(upper, "upper");
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("upper must have the length of lower ("
                    + lower.length + "), got " + upper.length);
        }
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] <= upper[i]) || Double.isNaN(lower[i]) || Double.isNaN(upper[i])) {
                throw new IllegalArgumentException("box bounds must satisfy lower[" + i
                        + "] <= upper[" + i + "], got " + lower[i] + " and " + upper[i]);
            }
        }
        return new RobbinsMonro(schedule, maxIterations, tolerance, window, averagingStart,
                lower.clone(), upper.clone(), checkpoints, divergenceBound, anySchedule, listener);
    }

    /**
     * Records the averaged and the raw iterate at the given iterations.
     *
     * @param checkpoints where to record
     * @return a new instance
     */
    public RobbinsMonro checkpoints(Checkpoints checkpoints) {
        Require.nonNull(checkpoints, "checkpoints");
        return new RobbinsMonro(schedule, maxIterations, tolerance, window, averagingStart, lower,
                upper, checkpoints, divergenceBound, anySchedule, listener);
    }

    /**
     * Sets the maximum norm above which an iterate counts as divergent.
     *
     * @param bound the bound, finite and &gt; 0
     * @return a new instance
     */
    public RobbinsMonro divergenceBound(double bound) {
        Require.positive(bound, "divergenceBound");
        return new RobbinsMonro(schedule, maxIterations, tolerance, window, averagingStart, lower,
                upper, checkpoints, bound, anySchedule, listener);
    }

    /**
     * Runs schedules that fail the Robbins–Monro conditions instead of rejecting them. The result
     * still carries the failed {@link ScheduleCheck}.
     *
     * @return a new instance
     */
    public RobbinsMonro allowingAnySchedule() {
        return new RobbinsMonro(schedule, maxIterations, tolerance, window, averagingStart, lower,
                upper, checkpoints, divergenceBound, true, listener);
    }

    /**
     * Sets the receiver of progress reports, counted in iterations.
     *
     * @param listener the receiver
     * @return a new instance
     */
    public RobbinsMonro progress(ProgressListener listener) {
        Require.nonNull(listener, "listener");
        return new RobbinsMonro(schedule, maxIterations, tolerance, window, averagingStart, lower,
                upper, checkpoints, divergenceBound, anySchedule, listener);
    }

    /**
     * Finds a root of a scalar function.
     *
     * @param g the noisy observation of g
     * @param start the starting point w<sub>0</sub>, finite
     * @param seed the seed of the generator ({@link RandomSource#XO_RO_SHI_RO_128_PP})
     * @return the estimate
     * @throws IllegalArgumentException if an argument is invalid or the schedule fails the
     *     Robbins–Monro conditions and {@link #allowingAnySchedule()} was not called
     * @throws NonFiniteObservationException if an observation is not finite
     * @throws DivergenceException if the iterates diverge
     */
    public RootEstimate solve(ScalarObservation g, double start, long seed) {
        return solve(g, start, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    }

    /**
     * Finds a root of a scalar function.
     *
     * @param g the noisy observation of g
     * @param start the starting point w<sub>0</sub>, finite
     * @param rng the generator passed to {@code g}
     * @return the estimate
     * @throws IllegalArgumentException if an argument is invalid or the schedule fails the
     *     Robbins–Monro conditions and {@link #allowingAnySchedule()} was not called
     * @throws NonFiniteObservationException if an observation is not finite
     * @throws DivergenceException if the iterates diverge
     */
    public RootEstimate solve(ScalarObservation g, double start, UniformRandomProvider rng) {
        Require.nonNull(g, "g");
        Require.finite(start, "start");
        Require.nonNull(rng, "rng");
        if (lower != null && lower.length != 1) {
            throw new IllegalArgumentException("box bounds must have the dimension of start (1),"
                    + " got " + lower.length);
        }
        ScheduleCheck check = checkSchedule();

        // The same iteration as the vector method, on scalars, so that no array is touched.
        double low = lower == null ? Double.NEGATIVE_INFINITY : lower[0];
        double high = upper == null ? Double.POSITIVE_INFINITY : upper[0];
        double w = Math.min(high, Math.max(low, start));
        double average = w;
        double previousAverage = w;
        double bound = Double.isNaN(divergenceBound)
                ? DivergenceMonitor.defaultBound(new double[] {start}) : divergenceBound;
        // The divergence check of DivergenceMonitor, on local variables. The norm of the
        // previous iterate is Math.abs(w) at the top of each iteration, so it needs no variable.
        long lastSteady = 0;
        Recorder averaged = new Recorder(checkpoints, 1);
        Recorder iterates = new Recorder(checkpoints, 1);
        Progress progress = new Progress(listener, maxIterations);
        double change = Double.NaN;
        StopReason reason = StopReason.ITERATION_BUDGET;
        boolean projected = lower != null;
        long nextRecord = averaged.nextIteration();
        long nextReport = progress.nextReport();
        long nextTest = tolerance > 0 ? window : Long.MAX_VALUE;
        long nextEvent = Math.min(nextRecord, Math.min(nextTest, nextReport));
        PowerSchedule power = schedule instanceof PowerSchedule p ? p : null;
        double kAsDouble = 0;
        double averagedAsDouble = 0;
        long k = 0;

        // Each pass of the inner loop runs up to the next rare event (a checkpoint, a progress
        // report, the tolerance test) or the start of averaging, so the common path compares
        // nothing but its own counter. The inner loop counts with an int because HotSpot
        // optimises only int-counted loops as counted loops. Counters used in floating-point
        // arithmetic are kept as doubles too: converting an integer to double each iteration
        // made the loop about 1.5 times slower on the test machine, and the doubles are exact
        // below 2^53 iterations.
        while (k < maxIterations) {
            boolean averaging = k + 1 >= averagingStart;
            long last = Math.min(maxIterations, nextEvent);
            if (!averaging) {
                last = Math.min(last, averagingStart - 1);
            }
            int chunk = (int) Math.max(1, Math.min(last - k, 1 << 30));
            for (int j = 0; j < chunk; j++) {
                k++;
                kAsDouble += 1;
                double a;
                if (power != null) {
                    a = power.a() / Math.pow(kAsDouble + power.offset(), power.alpha());
                    // With a > 0, A >= 0 and k + A >= 1 the power is at least 1, so the step
                    // is finite and not NaN. Only underflow to 0 is left to reject.
                    if (!(a > 0)) {
                        StepSchedule.checkedStep(schedule, k);
                    }
                } else {
                    a = StepSchedule.checkedStep(schedule, k);
                }
                double y = g.observe(w, rng);
                double point = w;
                w -= a * y;
                if (projected) {
                    // The box could clip an infinite update back to a finite iterate.
                    if (!Double.isFinite(y)) {
                        throw new NonFiniteObservationException("g(w)", k, new double[] {point}, y);
                    }
                    w = Math.min(high, Math.max(low, w));
                }
                // Without a box, a non-finite observation makes the iterate non-finite, so the
                // bound test also catches it and the common path makes one comparison, not two.
                double norm = Math.abs(w);
                if (!(norm <= bound)) {
                    if (!Double.isFinite(y)) {
                        throw new NonFiniteObservationException("g(w)", k, new double[] {point}, y);
                    }
                    throw DivergenceMonitor.divergence("Robbins-Monro", k, new double[] {w}, norm,
                            Math.abs(point), lastSteady + 1, bound);
                }
                double lastNorm = Math.abs(point);
                // The last iteration whose norm did not grow; a select, not a branch, because
                // with noisy iterates the outcome is random and a branch is mispredicted often.
                lastSteady = norm > lastNorm ? lastSteady : k;

                if (averaging) {
                    averagedAsDouble += 1;
                    average += (w - average) / averagedAsDouble;
                } else {
                    average = w;
                }
            }

            if (k >= nextEvent) {
                if (k == nextRecord) {
                    averaged.offer(k, average);
                    iterates.offer(k, w);
                    nextRecord = averaged.nextIteration();
                }
                if (k == nextTest) {
                    nextTest += window;
                    long averagedCount = (long) averagedAsDouble;
                    if (averagedCount >= window) {
                        change = Math.abs(average - previousAverage) / (1 + Math.abs(average));
                        previousAverage = average;
                        if (change < tolerance && averagedCount >= 2 * window) {
                            reason = StopReason.TOLERANCE;
                            break;
                        }
                    }
                }
                if (k >= nextReport) {
                    progress.update(k);
                    nextReport = progress.nextReport();
                }
                nextEvent = Math.min(nextRecord, Math.min(nextTest, nextReport));
            }
        }
        progress.finish(k);
        return new RootEstimate(new double[] {average}, new double[] {w}, k, reason, change,
                averaged.trajectory(), iterates.trajectory(), check);
    }

    private ScheduleCheck checkSchedule() {
        ScheduleCheck check = ScheduleCheck.of(schedule);
        if (check.verdict() == ScheduleCheck.Verdict.FAILS && !anySchedule) {
            throw new IllegalArgumentException("schedule rejected: " + check.explanation()
                    + "; use allowingAnySchedule() to run it anyway");
        }
        return check;
    }

    /**
     * Finds a root of a vector field.
     *
     * @param g the noisy observation of g
     * @param start the starting point w<sub>0</sub>, finite; read only
     * @param seed the seed of the generator ({@link RandomSource#XO_RO_SHI_RO_128_PP})
     * @return the estimate
     * @throws IllegalArgumentException if an argument is invalid or the schedule fails the
     *     Robbins–Monro conditions and {@link #allowingAnySchedule()} was not called
     * @throws NonFiniteObservationException if an observation is not finite
     * @throws DivergenceException if the iterates diverge
     */
    public RootEstimate solve(VectorObservation g, double[] start, long seed) {
        return solve(g, start, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    }

    /**
     * Finds a root of a vector field.
     *
     * @param g the noisy observation of g
     * @param start the starting point w<sub>0</sub>, finite; read only
     * @param rng the generator passed to {@code g}
     * @return the estimate
     * @throws IllegalArgumentException if an argument is invalid or the schedule fails the
     *     Robbins–Monro conditions and {@link #allowingAnySchedule()} was not called
     * @throws NonFiniteObservationException if an observation is not finite
     * @throws DivergenceException if the iterates diverge
     */
    public RootEstimate solve(VectorObservation g, double[] start, UniformRandomProvider rng) {
        Require.nonNull(g, "g");
        Require.finiteVector(start, "start");
        Require.nonNull(rng, "rng");
        int p = start.length;
        if (lower != null && lower.length != p) {
            throw new IllegalArgumentException("box bounds must have the dimension of start ("
                    + p + "), got " + lower.length);
        }
        ScheduleCheck check = checkSchedule();

        double[] w = start.clone();
        project(w);
        double[] y = new double[p];
        double[] average = w.clone();
        double[] previousAverage = w.clone();
        double bound = Double.isNaN(divergenceBound)
                ? DivergenceMonitor.defaultBound(start) : divergenceBound;
        DivergenceMonitor monitor = new DivergenceMonitor("Robbins-Monro", w, bound);
        Recorder averaged = new Recorder(checkpoints, p);
        Recorder iterates = new Recorder(checkpoints, p);
        Progress progress = new Progress(listener, maxIterations);
        long averagedCount = 0;
        double averagedAsDouble = 0;
        double change = Double.NaN;
        StopReason reason = StopReason.ITERATION_BUDGET;
        long k = 0;

        while (k < maxIterations) {
            k++;
            double a = StepSchedule.checkedStep(schedule, k);
            g.observe(w, rng, y);
            for (int i = 0; i < p; i++) {
                if (!Double.isFinite(y[i])) {
                    throw new NonFiniteObservationException("g(w)[" + i + "]", k, w, y[i]);
                }
            }
            for (int i = 0; i < p; i++) {
                w[i] -= a * y[i];
            }
            project(w);
            monitor.check(k, w);

            // Running mean of w_s, ..., w_k; before s the average follows the iterate.
            if (k >= averagingStart) {
                averagedCount++;
                averagedAsDouble += 1;
                double inverse = 1.0 / averagedAsDouble;
                for (int i = 0; i < p; i++) {
                    average[i] += (w[i] - average[i]) * inverse;
                }
            } else {
                System.arraycopy(w, 0, average, 0, p);
            }
            averaged.offer(k, average);
            iterates.offer(k, w);

            if (tolerance > 0 && k % window == 0 && averagedCount >= window) {
                change = relativeChange(average, previousAverage);
                System.arraycopy(average, 0, previousAverage, 0, p);
                if (change < tolerance && averagedCount >= 2 * window) {
                    reason = StopReason.TOLERANCE;
                    break;
                }
            }
            progress.update(k);
        }
        progress.finish(k);
        return new RootEstimate(average, w, k, reason, change, averaged.trajectory(),
                iterates.trajectory(), check);
    }

    private void project(double[] w) {
        if (lower == null) {
            return;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.min(upper[i], Math.max(lower[i], w[i]));
        }
    }

    private static double relativeChange(double[] now, double[] before) {
        double diff = 0;
        double size = 0;
        for (int i = 0; i < now.length; i++) {
            diff = Math.max(diff, Math.abs(now[i] - before[i]));
            size = Math.max(size, Math.abs(now[i]));
        }
        return diff / (1 + size);
    }

    @Override
    public String toString() {
        return "RobbinsMonro[schedule=" + schedule + ", maxIterations=" + maxIterations
                + ", tolerance=" + tolerance + ", window=" + window + ", averagingFrom="
                + averagingStart + ", box=" + (lower == null ? "none"
                : Arrays.toString(lower) + ".." + Arrays.toString(upper)) + "]";
    }
}
