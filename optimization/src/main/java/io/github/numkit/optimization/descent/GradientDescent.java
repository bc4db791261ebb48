package io.github.numkit.optimization.descent;

import io.github.numkit.optimization.Checkpoints;
import io.github.numkit.optimization.DivergenceException;
import io.github.numkit.optimization.NonFiniteObservationException;
import io.github.numkit.optimization.ProgressListener;
import io.github.numkit.optimization.iteration.DivergenceMonitor;
import io.github.numkit.optimization.iteration.Progress;
import io.github.numkit.optimization.iteration.Recorder;
import io.github.numkit.optimization.schedule.ScheduleCheck;
import io.github.numkit.optimization.schedule.StepSchedule;
import io.github.numkit.optimization.validation.Require;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Gradient descent on a finite sum F(w) = (1/m) Σ f<sub>i</sub>(w). Iteration k averages the
 * gradients of a batch B<sub>k</sub> of terms, g<sub>k</sub> = (1/|B<sub>k</sub>|) Σ over i in B<sub>k</sub> of
 * ∇f<sub>i</sub>(w), and applies an {@link Update} with step a<sub>k</sub>. The batch size sets the
 * method: m gives batch gradient descent (exact gradient, so a constant step below
 * 2/λ<sub>max</sub> converges linearly on a strongly convex F), 1 gives single-sample stochastic
 * gradient descent and anything between gives mini-batch descent, whose gradient noise shrinks
 * as 1/|B|. An epoch is ⌈m/|B|⌉ iterations. With a noisy gradient, a constant step reaches only a
 * neighbourhood of the minimiser, and a schedule meeting the Robbins–Monro conditions converges
 * at the rate O(1/k) in mean squared error for strongly convex F.
 *
 * <p>Divergence (an iterate above the divergence bound in maximum norm, or not finite) throws
 * {@link DivergenceException} with the iteration where the iterates began to grow, never a NaN
 * estimate. A non-finite batch gradient at a finite point throws
 * {@link NonFiniteObservationException}, except in plain single-sample descent on
 * {@link LeastSquares}, where an overflowing gradient shows up in the iterate and is reported as
 * divergence.
 *
 * <p>Cost per iteration: |B| gradient terms and O(p) arithmetic; iterations allocate nothing.
 * Instances are immutable and thread-safe; each {@code with...} method returns a new instance.
 */
public final class GradientDescent {

    private final StepSchedule schedule;
    private final int batchSize;
    private final Sampling sampling;
    private final Update update;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final long epochs;
    private final Checkpoints checkpoints;
    private final double divergenceBound;
    private final ProgressListener progress;

    private GradientDescent(StepSchedule schedule, int batchSize, Sampling sampling, Update update,
            double beta1, double beta2, double epsilon, long epochs, Checkpoints checkpoints,
            double divergenceBound, ProgressListener progress) {
        this.schedule = schedule;
        this.batchSize = batchSize;
        this.sampling = sampling;
        this.update = update;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.epochs = epochs;
        this.checkpoints = checkpoints;
        this.divergenceBound = divergenceBound;
        this.progress = progress;
    }

    /**
     * Creates batch gradient descent: every iteration uses all m terms. Defaults: 100 epochs,
     * plain update.
     *
     * @param schedule the step schedule
     * @return the method
     */
    public static GradientDescent batch(StepSchedule schedule) {
        return new GradientDescent(Require.nonNull(schedule, "schedule"), 0,
                Sampling.WITHOUT_REPLACEMENT, Update.PLAIN, 0, 0, 0, 100, Checkpoints.none(),
                Double.NaN, ProgressListener.NONE);
    }

    /**
     * Creates mini-batch stochastic gradient descent. Defaults: sampling without replacement,
     * 100 epochs, plain update.
     *
     * @param batchSize the terms per iteration, from 1 to m (checked against m when the method
     *     runs)
     * @param schedule the step schedule
     * @return the method
     */
    public static GradientDescent miniBatch(int batchSize, StepSchedule schedule) {
        Require.atLeast(batchSize, 1, "batchSize");
        return new GradientDescent(Require.nonNull(schedule, "schedule"), batchSize,
                Sampling.WITHOUT_REPLACEMENT, Update.PLAIN, 0, 0, 0, 100, Checkpoints.none(),
                Double.NaN, ProgressListener.NONE);
    }

    /**
     * Creates single-sample stochastic gradient descent, a mini-batch of one.
     *
     * @param schedule the step schedule
     * @return the method
     */
    public static GradientDescent stochastic(StepSchedule schedule) {
        return miniBatch(1, schedule);
    }

    /**
     * Sets how terms are drawn.
     *
     * @param value the sampling
     * @return a new instance
     */
    public GradientDescent sampling(Sampling value) {
        return new GradientDescent(schedule, batchSize, Require.nonNull(value, "sampling"),
                update, beta1, beta2, epsilon, epochs, checkpoints, divergenceBound, progress);
    }

    /**
     * Uses heavy-ball momentum v ← β v + g, w ← w - a<sub>k</sub> v.
     *
     * @param beta the momentum coefficient, in [0, 1)
     * @return a new instance
     */
    public GradientDescent momentum(double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("beta must be in [0, 1), got " + beta);
        }
        return new GradientDescent(schedule, batchSize, sampling, Update.MOMENTUM, beta, 0, 0,
                epochs, checkpoints, divergenceBound, progress);
    }

    /**
     * Uses Adam with the defaults of Kingma and Ba: β₁ = 0.9, β₂ = 0.999, ε = 10<sup>-8</sup>.
     *
     * @return a new instance
     */
    public GradientDescent adam() {
        return adam(0.9, 0.999, 1e-8);
    }

    /**
     * Uses Adam.
     *
     * @param beta1 the first-moment decay β₁, in [0, 1)
     * @param beta2 the second-moment decay β₂, in [0, 1)
     * @param epsilon the denominator guard ε, finite and &gt; 0
     * @return a new instance
     */
    public GradientDescent adam(double beta1, double beta2, double epsilon) {
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), got " + beta2);
        }
        Require.positive(epsilon, "epsilon");
        return new GradientDescent(schedule, batchSize, sampling, Update.ADAM, beta1, beta2,
                epsilon, epochs, checkpoints, divergenceBound, progress);
    }

    /**
     * Sets the number of epochs.
     *
     * @param value the epochs, at least 1
     * @return a new instance
     */
    public GradientDescent epochs(long value) {
        Require.atLeast(value, 1, "epochs");
        return new GradientDescent(schedule, batchSize, sampling, update, beta1, beta2, epsilon,
                value, checkpoints, divergenceBound, progress);
    }

    /**
     * Records the iterate at the given iterations.
     *
     * @param value where to record, in iterations
     * @return a new instance
     */
    public GradientDescent checkpoints(Checkpoints value) {
        return new GradientDescent(schedule, batchSize, sampling, update, beta1, beta2, epsilon,
                epochs, Require.nonNull(value, "checkpoints"), divergenceBound, progress);
    }

    /**
     * Sets the maximum norm above which an iterate counts as divergent; the default is
     * 10<sup>15</sup> max(1, max|w<sub>0</sub>|).
     *
     * @param bound the bound, finite and &gt; 0
     * @return a new instance
     */
    public GradientDescent divergenceBound(double bound) {
        Require.positive(bound, "divergenceBound");
        return new GradientDescent(schedule, batchSize, sampling, update, beta1, beta2, epsilon,
                epochs, checkpoints, bound, progress);
    }

    /**
     * Sets the receiver of progress reports, counted in iterations.
     *
     * @param listener the receiver
     * @return a new instance
     */
    public GradientDescent progress(ProgressListener listener) {
        return new GradientDescent(schedule, batchSize, sampling, update, beta1, beta2, epsilon,
                epochs, checkpoints, divergenceBound, Require.nonNull(listener, "listener"));
    }

    /**
     * Returns the number of iterations a run on {@code m} terms takes: epochs × ⌈m/|B|⌉.
     *
     * @param m the number of terms, at least 1
     * @return the iteration count
     * @throws IllegalArgumentException if the batch size exceeds m, or if the count exceeds
     *     {@link Long#MAX_VALUE}
     */
    public long iterations(int m) {
        Require.atLeast(m, 1, "m");
        int b = effectiveBatch(m);
        long perEpoch = ((long) m + b - 1) / b;
        long largest = Long.MAX_VALUE / perEpoch;
        if (epochs > largest) {
            throw new IllegalArgumentException("epochs must be <= " + largest + " with " + perEpoch
                    + " iterations per epoch, so that the iteration count fits in a long, got "
                    + epochs);
        }
        return epochs * perEpoch;
    }

    private int effectiveBatch(int m) {
        if (batchSize > m) {
            throw new IllegalArgumentException("batchSize must be <= the number of terms m = " + m
                    + ", got " + batchSize);
        }
        return batchSize == 0 ? m : batchSize;
    }

    /**
     * Minimises a finite sum.
     *
     * @param objective the finite sum
     * @param start the start point w<sub>0</sub>, finite; read only
     * @param seed the seed of the generator ({@link RandomSource#XO_RO_SHI_RO_128_PP})
     * @return the result
     * @throws IllegalArgumentException if the batch size exceeds m or the start has the wrong
     *     dimension
     * @throws NonFiniteObservationException if a batch gradient is not finite
     * @throws DivergenceException if the iterates diverge
     */
    public DescentResult minimize(FiniteSum objective, double[] start, long seed) {
        return minimize(objective, start, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    }

    /**
     * Minimises a finite sum.
     *
     * @param objective the finite sum
     * @param start the start point w<sub>0</sub>, finite; read only
     * @param rng the generator for sampling terms
     * @return the result
     * @throws IllegalArgumentException if the batch size exceeds m or the start has the wrong
     *     dimension
     * @throws NonFiniteObservationException if a batch gradient is not finite
     * @throws DivergenceException if the iterates diverge
     */
    public DescentResult minimize(FiniteSum objective, double[] start, UniformRandomProvider rng) {
        Require.nonNull(objective, "objective");
        Require.nonNull(rng, "rng");
        int m = objective.size();
        int p = objective.dimension();
        Require.finiteVector(start, p, "start");
        int b = effectiveBatch(m);
        long total = iterations(m);
        ScheduleCheck check = ScheduleCheck.of(schedule);

        double[] w = start.clone();
        double[] g = new double[p];
        double[] first = new double[update == Update.PLAIN ? 0 : p];
        double[] second = new double[update == Update.ADAM ? p : 0];
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        double bound = Double.isNaN(divergenceBound)
                ? DivergenceMonitor.defaultBound(start) : divergenceBound;
        DivergenceMonitor monitor = new DivergenceMonitor(name(b, m), w, bound);
        Recorder recorder = new Recorder(checkpoints, p);
        Progress reporter = new Progress(progress, total);
        double beta1Power = 1;
        double beta2Power = 1;
        long k = 0;

        if (b == 1 && update == Update.PLAIN && objective instanceof LeastSquares leastSquares) {
            k = plainLeastSquaresSgd(leastSquares, w, order, rng, monitor, recorder, reporter);
            reporter.finish(k);
            return new DescentResult(objective, w, k, epochs, b, sampling, update,
                    recorder.trajectory(), check);
        }

        for (long epoch = 1; epoch <= epochs; epoch++) {
            if (sampling == Sampling.WITHOUT_REPLACEMENT && b < m) {
                shuffle(order, rng);
            }
            for (int from = 0; from < m; from += b) {
                k++;
                int size = Math.min(b, m - from);
                for (int j = 0; j < p; j++) {
                    g[j] = 0;
                }
                double weight = 1.0 / size;
                for (int j = 0; j < size; j++) {
                    int i = sampling == Sampling.WITH_REPLACEMENT ? rng.nextInt(m)
                            : order[from + j];
                    objective.addGradient(i, w, weight, g);
                }
                for (int j = 0; j < p; j++) {
                    if (!Double.isFinite(g[j])) {
                        throw new NonFiniteObservationException("batch gradient[" + j + "]", k, w,
                                g[j]);
                    }
                }
                double a = StepSchedule.checkedStep(schedule, k);

                switch (update) {
                    case PLAIN -> {
                        for (int j = 0; j < p; j++) {
                            w[j] -= a * g[j];
                        }
                    }
                    case MOMENTUM -> {
                        for (int j = 0; j < p; j++) {
                            first[j] = beta1 * first[j] + g[j];
                            w[j] -= a * first[j];
                        }
                    }
                    case ADAM -> {
                        beta1Power *= beta1;
                        beta2Power *= beta2;
                        double c1 = 1 / (1 - beta1Power);
                        double c2 = 1 / (1 - beta2Power);
                        for (int j = 0; j < p; j++) {
                            first[j] = beta1 * first[j] + (1 - beta1) * g[j];
                            second[j] = beta2 * second[j] + (1 - beta2) * g[j] * g[j];
                            w[j] -= a * first[j] * c1 / (Math.sqrt(second[j] * c2) + epsilon);
                        }
                    }
                    default -> throw new AssertionError(update);
                }
                monitor.check(k, w);
                recorder.offer(k, w);
                reporter.update(k);
            }
        }
        reporter.finish(k);
        return new DescentResult(objective, w, k, epochs, b, sampling, update,
                recorder.trajectory(), check);
    }

    /**
     * Runs single-sample plain SGD on least squares without the gradient buffer, which makes the
     * epoch about twice as fast on large data. The data of a {@link LeastSquares} are finite by
     * construction, so a gradient can only stop being finite by overflow at a huge iterate, which
     * the divergence monitor then reports.
     */
    private long plainLeastSquaresSgd(LeastSquares objective, double[] w, int[] order,
            UniformRandomProvider rng, DivergenceMonitor monitor, Recorder recorder,
            Progress reporter) {
        int m = objective.size();
        long k = 0;
        for (long epoch = 1; epoch <= epochs; epoch++) {
            if (sampling == Sampling.WITHOUT_REPLACEMENT) {
                shuffle(order, rng);
            }
            for (int from = 0; from < m; from++) {
                k++;
                int i = sampling == Sampling.WITH_REPLACEMENT ? rng.nextInt(m) : order[from];
                objective.step(i, w, StepSchedule.checkedStep(schedule, k));
                monitor.check(k, w);
                recorder.offer(k, w);
                reporter.update(k);
            }
        }
        return k;
    }

    private static String name(int b, int m) {
        if (b == m) {
            return "batch gradient descent";
        }
        return b == 1 ? "stochastic gradient descent" : "mini-batch gradient descent";
    }

    /** Fisher–Yates shuffle in place. */
    private static void shuffle(int[] order, UniformRandomProvider rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
