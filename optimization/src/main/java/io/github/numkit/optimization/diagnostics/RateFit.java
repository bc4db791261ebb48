package io.github.numkit.optimization.diagnostics;

/**
 * A power law error ≈ C k<sup>slope</sup> fitted by least squares to log error against log k.
 * The standard error of the slope assumes independent scatter around the line. Errors at
 * successive iterations of one run are correlated, so it understates the uncertainty of a
 * single run; for means over many seeds it is a fair guide.
 *
 * @param slope the fitted exponent; -1 for mean squared error falling as 1/k
 * @param intercept the fitted log C
 * @param slopeStandardError the standard error of the slope from the residual scatter
 * @param points the number of (k, error) pairs used
 */
public record RateFit(double slope, double intercept, double slopeStandardError, int points) {

    /**
     * Evaluates the fitted power law.
     *
     * @param k the iteration
     * @return C k<sup>slope</sup>
     */
    public double predict(double k) {
        return Math.exp(intercept + slope * Math.log(k));
    }
}
