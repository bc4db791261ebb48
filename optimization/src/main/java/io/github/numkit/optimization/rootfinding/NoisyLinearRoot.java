package io.github.numkit.optimization.rootfinding;

import io.github.numkit.optimization.validation.Require;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A test problem with a known root: Y = slope (w - root) + σ Z with Z standard normal. The
 * Polyak–Ruppert average on it has asymptotic mean squared error σ²/(slope² n) after n
 * observations, the Cramér–Rao bound for this model, which makes it the yardstick for the rate
 * diagnostics. Gaussian draws use Marsaglia's polar method and discard the second value of each
 * pair, so one observation consumes only the generator it is given. Immutable and thread-safe.
 *
 * @param root the root of g
 * @param slope g'(w), finite and &gt; 0 so that Robbins–Monro moves towards the root
 * @param noise the standard deviation σ of the observation noise, finite and ≥ 0
 */
public record NoisyLinearRoot(double root, double slope, double noise)
        implements ScalarObservation {

    /**
     * Checks the parameters.
     *
     * @param root the root of g, finite
     * @param slope g'(w), finite and &gt; 0
     * @param noise the noise standard deviation, finite and ≥ 0
     */
    public NoisyLinearRoot {
        Require.finite(root, "root");
        Require.positive(slope, "slope");
        Require.nonNegative(noise, "noise");
    }

    @Override
    public double observe(double w, UniformRandomProvider rng) {
        return slope * (w - root) + noise * standardNormal(rng);
    }

    /**
     * Returns the asymptotic mean squared error σ²/(slope² n) of the averaged estimate after
     * {@code n} observations.
     *
     * @param n the number of observations, at least 1
     * @return the theoretical mean squared error
     */
    public double asymptoticMeanSquaredError(long n) {
        Require.atLeast(n, 1, "n");
        return noise * noise / (slope * slope * n);
    }

    /**
     * Draws a standard normal value by Marsaglia's polar method.
     *
     * @param rng the generator
     * @return a draw from N(0, 1)
     */
    public static double standardNormal(UniformRandomProvider rng) {
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
