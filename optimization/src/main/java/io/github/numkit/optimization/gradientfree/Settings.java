package io.github.numkit.optimization.gradientfree;

import io.github.numkit.optimization.Checkpoints;
import io.github.numkit.optimization.ProgressListener;

/**
 * The options shared by {@link KieferWolfowitz} and {@link Spsa}. A NaN calibration target,
 * blocking tolerance or divergence bound means the option is off or at its default.
 */
record Settings(Gains gains, long iterations, double calibrationTarget, int calibrationTrials,
        double blockingTolerance, Checkpoints checkpoints, IterationListener listener,
        double divergenceBound, ProgressListener progress) {

    static Settings of(Gains gains, long iterations) {
        return new Settings(gains, iterations, Double.NaN, 0, Double.NaN, Checkpoints.none(),
                null, Double.NaN, ProgressListener.NONE);
    }

    Settings withCalibration(double target, int trials) {
        return new Settings(gains, iterations, target, trials, blockingTolerance, checkpoints,
                listener, divergenceBound, progress);
    }

    Settings withBlocking(double tolerance) {
        return new Settings(gains, iterations, calibrationTarget, calibrationTrials, tolerance,
                checkpoints, listener, divergenceBound, progress);
    }

    Settings withCheckpoints(Checkpoints value) {
        return new Settings(gains, iterations, calibrationTarget, calibrationTrials,
                blockingTolerance, value, listener, divergenceBound, progress);
    }

    Settings withListener(IterationListener value) {
        return new Settings(gains, iterations, calibrationTarget, calibrationTrials,
                blockingTolerance, checkpoints, value, divergenceBound, progress);
    }

    Settings withDivergenceBound(double value) {
        return new Settings(gains, iterations, calibrationTarget, calibrationTrials,
                blockingTolerance, checkpoints, listener, value, progress);
    }

    Settings withProgress(ProgressListener value) {
        return new Settings(gains, iterations, calibrationTarget, calibrationTrials,
                blockingTolerance, checkpoints, listener, divergenceBound, value);
    }
}
