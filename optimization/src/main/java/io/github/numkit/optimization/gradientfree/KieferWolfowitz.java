package io.github.numkit.optimization.gradientfree;

import io.github.numkit.optimization.Checkpoints;
import io.github.numkit.optimization.DivergenceException;
import io.github.numkit.optimization.NonFiniteObservationException;
import io.github.numkit.optimization.ProgressListener;
import io.github.numkit.optimization.validation.Require;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Kiefer–Wolfowitz stochastic approximation: minimisation of L(θ) from noisy measurements, with
 * the gradient estimated by central differences along each axis,
 * ĝ<sub>i</sub> = (y(θ + c<sub>k</sub>e<sub>i</sub>) - y(θ - c<sub>k</sub>e<sub>i</sub>)) / (2 c<sub>k</sub>),
 * 2p measurements per iteration in dimension p, and the step θ ← θ - a<sub>k</sub> ĝ. The
 * shrinking width c<sub>k</sub> trades the O(c<sub>k</sub>²) bias of the difference against the
 * variance of order 1/c<sub>k</sub>² it amplifies; convergence needs Σ a<sub>k</sub> = ∞,
 * c<sub>k</sub> → 0 and Σ (a<sub>k</sub>/c<sub>k</sub>)² &lt; ∞.
 *
 * <p>Reference: J. Kiefer, J. Wolfowitz, "Stochastic estimation of the maximum of a regression
 * function", Ann. Math. Statist. 23(3), 1952.
 *
 * <p>Cost per iteration: 2p measurements (one more with blocking) and O(p) arithmetic;
 * iterations allocate nothing. Instances are immutable and thread-safe.
 */
public final class KieferWolfowitz {

    private static final boolean SIMULTANEOUS = false;
    private static final String NAME = "Kiefer-Wolfowitz";

    private final Settings settings;

    private KieferWolfowitz(Settings settings) {
        this.settings = settings;
    }

    /**
     * Creates the method with Spall's default gains ({@link Gains#spall(double, double, long)}).
     *
     * @param a the step scale, finite and &gt; 0
     * @param c the difference width scale, finite and &gt; 0, about the noise standard deviation
     * @param iterations the iteration budget, at least 1
     * @return the method
     */
    public static KieferWolfowitz spall(double a, double c, long iterations) {
        return new KieferWolfowitz(Settings.of(Gains.spall(a, c, iterations), iterations));
    }

    /**
     * Creates the method with the given gains.
     *
     * @param gains the gain sequences
     * @param iterations the iteration budget, at least 1
     * @return the method
     */
    public static KieferWolfowitz with(Gains gains, long iterations) {
        Require.nonNull(gains, "gains");
        Require.atLeast(iterations, 1, "iterations");
        return new KieferWolfowitz(Settings.of(gains, iterations));
    }

    /**
     * Replaces the step scale a, before the run, by the value that makes the first step about
     * {@code targetStep} long in each coordinate: a = targetStep (A + 1)<sup>α</sup> / mean|ĝ|,
     * where mean|ĝ| is the mean magnitude of the gradient estimate entries at the start over
     * {@code trials} trial estimates (Spall's rule). The trials use the run's generator and count
     * as evaluations; the chosen a is in {@link GradientFreeResult#gains()}.
     *
     * @param targetStep the wanted size of the first step per coordinate, finite and &gt; 0
     * @param trials the number of trial gradient estimates, at least 1
     * @return a new instance
     */
    public KieferWolfowitz calibrated(double targetStep, int trials) {
        Require.positive(targetStep, "targetStep");
        Require.atLeast(trials, 1, "trials");
        return new KieferWolfowitz(settings.withCalibration(targetStep, trials));
    }

    /**
     * Computes the calibrated gains of {@link #calibrated(double, int)} without running the
     * method, so that the caller can read them back and reuse them.
     *
     * @param loss the noisy loss
     * @param start the start point; read only
     * @param targetStep the wanted size of the first step per coordinate, finite and &gt; 0
     * @param trials the number of trial gradient estimates, at least 1
     * @param rng the generator for the trials
     * @return the gains with the calibrated a
     * @throws IllegalArgumentException if every trial gradient estimate is zero
     */
    public Gains calibrate(NoisyLoss loss, double[] start, double targetStep, int trials,
            UniformRandomProvider rng) {
        Require.positive(targetStep, "targetStep");
        Require.atLeast(trials, 1, "trials");
        return GradientFreeEngine.calibrate(SIMULTANEOUS, NAME, settings.gains(), targetStep,
                trials, loss, start, rng);
    }

    /**
     * Blocks steps that raise the measured loss: after each step the loss is measured at the
     * proposed point (one extra evaluation) and the step is rejected when that exceeds the last
     * accepted measurement by more than {@code tolerance}. With noisy measurements a tolerance
     * of about two noise standard deviations avoids rejecting good steps.
     *
     * @param tolerance the accepted rise, finite and ≥ 0
     * @return a new instance
     */
    public KieferWolfowitz blocking(double tolerance) {
        Require.nonNegative(tolerance, "tolerance");
        return new KieferWolfowitz(settings.withBlocking(tolerance));
    }

    /**
     * Records the iterate at the given iterations.
     *
     * @param checkpoints where to record
     * @return a new instance
     */
    public KieferWolfowitz checkpoints(Checkpoints checkpoints) {
        Require.nonNull(checkpoints, "checkpoints");
        return new KieferWolfowitz(settings.withCheckpoints(checkpoints));
    }

    /**
     * Sends the per-iteration trace to a listener.
     *
     * @param listener the receiver
     * @return a new instance
     */
    public KieferWolfowitz trace(IterationListener listener) {
        Require.nonNull(listener, "listener");
        return new KieferWolfowitz(settings.withListener(listener));
    }

    /**
     * Sets the maximum norm above which an iterate counts as divergent; the default is
     * 10<sup>15</sup> max(1, max|θ<sub>0</sub>|).
     *
     * @param bound the bound, finite and &gt; 0
     * @return a new instance
     */
    public KieferWolfowitz divergenceBound(double bound) {
        Require.positive(bound, "divergenceBound");
        return new KieferWolfowitz(settings.withDivergenceBound(bound));
    }

    /**
     * Sets the receiver of progress reports, counted in iterations.
     *
     * @param listener the receiver
     * @return a new instance
     */
    public KieferWolfowitz progress(ProgressListener listener) {
        Require.nonNull(listener, "listener");
        return new KieferWolfowitz(settings.withProgress(listener));
    }

    /**
     * Minimises a noisy loss.
     *
     * @param loss the noisy loss
     * @param start the start point θ<sub>0</sub>, finite; read only
     * @param seed the seed of the generator ({@link RandomSource#XO_RO_SHI_RO_128_PP})
     * @return the result
     * @throws NonFiniteObservationException if a measurement is not finite
     * @throws DivergenceException if the iterates diverge
     */
    public GradientFreeResult minimize(NoisyLoss loss, double[] start, long seed) {
        return minimize(loss, start, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    }

    /**
     * Minimises a noisy loss.
     *
     * @param loss the noisy loss
     * @param start the start point θ<sub>0</sub>, finite; read only
     * @param rng the generator for the perturbations and the loss noise
     * @return the result
     * @throws NonFiniteObservationException if a measurement is not finite
     * @throws DivergenceException if the iterates diverge
     */
    public GradientFreeResult minimize(NoisyLoss loss, double[] start, UniformRandomProvider rng) {
        return GradientFreeEngine.run(SIMULTANEOUS, NAME, settings, loss, start, rng);
    }

    /**
     * Returns the gains before any calibration.
     *
     * @return the gains
     */
    public Gains gains() {
        return settings.gains();
    }
}
