package io.github.numkit.optimization.gradientfree;

import io.github.numkit.optimization.NonFiniteObservationException;
import io.github.numkit.optimization.iteration.DivergenceMonitor;
import io.github.numkit.optimization.iteration.Progress;
import io.github.numkit.optimization.iteration.Recorder;
import io.github.numkit.optimization.validation.Require;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The iteration shared by Kiefer–Wolfowitz and SPSA; they differ only in how the gradient is
 * estimated. All work arrays are allocated before the first iteration.
 */
final class GradientFreeEngine {

    private final boolean simultaneous;
    private final String name;
    private final NoisyLoss loss;
    private final UniformRandomProvider rng;
    private final int p;
    private final double[] plus;
    private final double[] minus;
    private final double[] delta;
    private final double[] gradient;
    private long evaluations;

    private GradientFreeEngine(boolean simultaneous, String name, NoisyLoss loss, int p,
            UniformRandomProvider rng) {
        this.simultaneous = simultaneous;
        this.name = name;
        this.loss = loss;
        this.rng = rng;
        this.p = p;
        this.plus = new double[p];
        this.minus = new double[p];
        this.delta = new double[p];
        this.gradient = new double[p];
    }

    static Gains calibrate(boolean simultaneous, String name, Gains gains, double target,
            int trials, NoisyLoss loss, double[] start, UniformRandomProvider rng) {
        GradientFreeEngine engine = new GradientFreeEngine(simultaneous, name,
                Require.nonNull(loss, "loss"), Require.finiteVector(start, "start").length,
                Require.nonNull(rng, "rng"));
        return engine.calibrated(gains, target, trials, start);
    }

    static GradientFreeResult run(boolean simultaneous, String name, Settings s, NoisyLoss loss,
            double[] start, UniformRandomProvider rng) {
        Require.nonNull(loss, "loss");
        Require.finiteVector(start, "start");
        Require.nonNull(rng, "rng");
        return new GradientFreeEngine(simultaneous, name, loss, start.length, rng).run(s, start);
    }

    private Gains calibrated(Gains gains, double target, int trials, double[] start) {
        // Spall's rule: choose a so that the first step a/(A + 1)^α |ĝ| has the target size,
        // with |ĝ| the mean magnitude of the gradient estimate entries over a few trials.
        double sum = 0;
        for (int t = 0; t < trials; t++) {
            estimateGradient(start, gains.width(1), 0);
            for (int i = 0; i < p; i++) {
                sum += Math.abs(gradient[i]);
            }
        }
        double meanMagnitude = sum / ((double) trials * p);
        if (!(meanMagnitude > 0)) {
            throw new IllegalArgumentException("calibration of a failed: every trial gradient"
                    + " estimate at the start point was zero; widen c or give a directly");
        }
        double a = target * Math.pow(gains.stabilityConstant() + 1, gains.alpha())
                / meanMagnitude;
        return gains.withA(a);
    }

    private GradientFreeResult run(Settings s, double[] start) {
        Gains gains = s.gains();
        if (!Double.isNaN(s.calibrationTarget())) {
            gains = calibrated(gains, s.calibrationTarget(), s.calibrationTrials(), start);
        }
        boolean blocking = !Double.isNaN(s.blockingTolerance());
        double[] theta = start.clone();
        double[] proposal = new double[p];
        double bound = Double.isNaN(s.divergenceBound())
                ? DivergenceMonitor.defaultBound(start) : s.divergenceBound();
        DivergenceMonitor monitor = new DivergenceMonitor(name, theta, bound);
        Recorder recorder = new Recorder(s.checkpoints(), p);
        Progress progress = new Progress(s.progress(), s.iterations());
        double current = blocking ? measure(theta, 0) : Double.NaN;
        double reported = current;
        long blocked = 0;

        for (long k = 1; k <= s.iterations(); k++) {
            double ak = gains.step(k);
            double mean = estimateGradient(theta, gains.width(k), k);
            double length = 0;
            for (int i = 0; i < p; i++) {
                double change = ak * gradient[i];
                proposal[i] = theta[i] - change;
                length += change * change;
            }
            length = Math.sqrt(length);

            boolean accepted = true;
            if (blocking) {
                // Blocking: keep the old point when the measured loss rises by more than the
                // tolerance, which guards against a wild step early in the run.
                double candidate = measure(proposal, k);
                accepted = candidate <= current + s.blockingTolerance();
                if (accepted) {
                    current = candidate;
                } else {
                    blocked++;
                }
                reported = candidate;
            } else {
                reported = mean;
            }
            if (accepted) {
                System.arraycopy(proposal, 0, theta, 0, p);
                monitor.check(k, theta);
            }
            recorder.offer(k, theta);
            if (s.listener() != null) {
                s.listener().iteration(k, evaluations, theta, reported, length, accepted);
            }
            progress.update(k);
        }
        progress.finish(s.iterations());
        return new GradientFreeResult(theta, s.iterations(), evaluations, blocked, reported,
                gains, recorder.trajectory());
    }

    /** Fills {@code gradient} and returns the mean of the measurements it used. */
    private double estimateGradient(double[] theta, double ck, long k) {
        if (simultaneous) {
            // SPSA: one Rademacher direction Δ, ĝ_i = (y(θ + cΔ) - y(θ - cΔ)) / (2 c Δ_i).
            for (int i = 0; i < p; i++) {
                delta[i] = rng.nextBoolean() ? 1 : -1;
                plus[i] = theta[i] + ck * delta[i];
                minus[i] = theta[i] - ck * delta[i];
            }
            double yPlus = measure(plus, k);
            double yMinus = measure(minus, k);
            double difference = (yPlus - yMinus) / (2 * ck);
            for (int i = 0; i < p; i++) {
                gradient[i] = difference / delta[i];
            }
            return 0.5 * (yPlus + yMinus);
        }
        // Kiefer–Wolfowitz: central differences along each axis, 2p measurements.
        System.arraycopy(theta, 0, plus, 0, p);
        System.arraycopy(theta, 0, minus, 0, p);
        double sum = 0;
        for (int i = 0; i < p; i++) {
            plus[i] = theta[i] + ck;
            minus[i] = theta[i] - ck;
            double yPlus = measure(plus, k);
            double yMinus = measure(minus, k);
            plus[i] = theta[i];
            minus[i] = theta[i];
            gradient[i] = (yPlus - yMinus) / (2 * ck);
            sum += yPlus + yMinus;
        }
        return sum / (2 * p);
    }

    private double measure(double[] point, long k) {
        double y = loss.value(point, rng);
        evaluations++;
        if (!Double.isFinite(y)) {
            throw new NonFiniteObservationException("loss", k, point, y);
        }
        return y;
    }
}
