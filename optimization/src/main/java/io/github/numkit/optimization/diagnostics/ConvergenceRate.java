package io.github.numkit.optimization.diagnostics;

import io.github.numkit.optimization.validation.Require;

/**
 * The empirical convergence rate: a least-squares line through (log k, log error), whose slope
 * is compared with the theoretical exponent (-1 for the mean squared error of averaged
 * Robbins–Monro, -α for its last iterate with step k<sup>-α</sup>). Stateless and thread-safe.
 */
public final class ConvergenceRate {

    private ConvergenceRate() {
    }

    /**
     * Fits the rate over every point.
     *
     * @param iterations the iterations k, each at least 1; read only
     * @param errors the positive finite errors at those iterations; read only
     * @return the fit
     * @throws IllegalArgumentException if the lengths differ, fewer than 3 points are given or an
     *     error is not positive and finite
     */
    public static RateFit fit(long[] iterations, double[] errors) {
        return fit(iterations, errors, 1);
    }

    /**
     * Fits the rate over the points at or after an iteration, to leave out the transient.
     *
     * @param iterations the iterations k, each at least 1; read only
     * @param errors the positive finite errors at those iterations; read only
     * @param from the first iteration included
     * @return the fit
     * @throws IllegalArgumentException if the lengths differ, fewer than 3 points remain or an
     *     included error is not positive and finite
     */
    public static RateFit fit(long[] iterations, double[] errors, long from) {
        Require.nonNull(iterations, "iterations");
        Require.nonNull(errors, "errors");
        if (iterations.length != errors.length) {
            throw new IllegalArgumentException("errors must have one entry per iteration ("
                    + iterations.length + "), got " + errors.length);
        }
        int n = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < iterations.length; i++) {
            if (iterations[i] < from) {
                continue;
            }
            Require.atLeast(iterations[i], 1, "iterations[" + i + "]");
            Require.positive(errors[i], "errors[" + i + "]");
            n++;
            sx += Math.log(iterations[i]);
            sy += Math.log(errors[i]);
        }
        if (n < 3) {
            throw new IllegalArgumentException("a rate fit needs at least 3 points at or after"
                    + " iteration " + from + ", got " + n);
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < iterations.length; i++) {
            if (iterations[i] >= from) {
                double dx = Math.log(iterations[i]) - mx;
                sxx += dx * dx;
                sxy += dx * (Math.log(errors[i]) - my);
            }
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("a rate fit needs at least 2 distinct iterations");
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double residual = 0;
        for (int i = 0; i < iterations.length; i++) {
            if (iterations[i] >= from) {
                double r = Math.log(errors[i]) - intercept - slope * Math.log(iterations[i]);
                residual += r * r;
            }
        }
        double standardError = Math.sqrt(residual / (n - 2) / sxx);
        return new RateFit(slope, intercept, standardError, n);
    }
}
