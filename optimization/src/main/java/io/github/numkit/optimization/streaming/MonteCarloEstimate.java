package io.github.numkit.optimization.streaming;

/**
 * A Monte Carlo estimate of a mean with its confidence interval from the central limit theorem,
 * mean ± z σ̂/√n, where σ̂ is the sample standard deviation and z the two-sided normal critical
 * value. The interval is asymptotic: its coverage approaches the stated level as n grows, provided
 * the observations have finite variance.
 *
 * @param mean the sample mean
 * @param standardError the estimated standard error σ̂/√n
 * @param lower the lower end of the interval
 * @param upper the upper end of the interval
 * @param confidence the two-sided confidence level
 * @param samples the number of observations n
 */
public record MonteCarloEstimate(double mean, double standardError, double lower, double upper,
        double confidence, long samples) {

    /**
     * Returns the half-width of the interval.
     *
     * @return (upper - lower) / 2
     */
    public double halfWidth() {
        return (upper - lower) / 2;
    }

    /**
     * Tells whether a value lies in the closed interval.
     *
     * @param value the value
     * @return true if lower ≤ value ≤ upper
     */
    public boolean covers(double value) {
        return lower <= value && value <= upper;
    }
}
