package io.github.numkit.probability.walk;

import io.github.numkit.probability.arguments.ArgumentChecks;

/**
 * The arcsine law for the last visit to 0 of the fair walk.
 *
 * <p>With L<sub>2n</sub> the time of the last visit to 0 up to step 2n, P(L<sub>2n</sub> = 2k) =
 * u<sub>2k</sub> u<sub>2n−2k</sub>, where u<sub>2m</sub> = C(2m, m) 2<sup>−2m</sup>. As n → ∞,
 * P(L<sub>2n</sub> ≤ 2xn) → (2/π) arcsin √x, with density 1/(π √(x(1 − x))).
 *
 * <p>Reference: W. Feller, vol. 1, 3rd ed., chapter III.4.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class ArcsineLaw {

    private ArcsineLaw() {
    }

    /**
     * Returns the exact distribution of the last visit to 0: entry k is P(L<sub>2n</sub> = 2k), k =
     * 0 … n, each to a few ulps. Cost O(n).
     *
     * @param n half the number of steps, 0 or more
     * @return a new array of length n + 1
     * @throws IllegalArgumentException if n is negative or the array would not fit in memory
     */
    public static double[] lastVisitDistribution(int n) {
        ArgumentChecks.seriesOrder("n", n, Double.BYTES);
        double[] u = new double[n + 1];
        for (int m = 0; m <= n; m++) {
            u[m] = Binomial.probability(2L * m, m, 0.5);
        }
        double[] result = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            result[k] = u[k] * u[n - k];
        }
        return result;
    }

    /**
     * Returns the limit distribution function (2/π) arcsin √x.
     *
     * @param x the fraction of the time, in [0, 1]
     * @return the limit of P(L<sub>2n</sub> ≤ 2xn)
     * @throws IllegalArgumentException if x is outside [0, 1] or NaN
     */
    public static double limitCumulativeProbability(double x) {
        ArgumentChecks.probability("x", x);
        return 2 / Math.PI * Math.asin(Math.sqrt(x));
    }

    /**
     * Returns the limit density 1/(π √(x(1 − x))).
     *
     * @param x the fraction of the time, in (0, 1)
     * @return the density, infinite at 0 and 1
     * @throws IllegalArgumentException if x is outside [0, 1] or NaN
     */
    public static double limitDensity(double x) {
        ArgumentChecks.probability("x", x);
        return 1 / (Math.PI * Math.sqrt(x * (1 - x)));
    }
}
