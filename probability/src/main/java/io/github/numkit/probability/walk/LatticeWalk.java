package io.github.numkit.probability.walk;

import io.github.numkit.probability.arguments.ArgumentChecks;
import io.github.numkit.probability.series.PowerSeries;
import org.apache.commons.numbers.gamma.Gamma;

/**
 * The simple random walk on ℤ<sup>d</sup> for d = 1, 2, 3: each step moves to one of the 2d nearest
 * neighbours with probability 1/(2d).
 *
 * <p>Return probabilities u<sub>2n</sub> = P(S<sub>2n</sub> = 0):
 * <ul>
 *   <li>d = 1: C(2n, n) 4<sup>−n</sup>;</li>
 *   <li>d = 2: (C(2n, n) 4<sup>−n</sup>)², because the rotated coordinates x + y and x − y are two
 *       independent fair walks;</li>
 *   <li>d = 3: C(2n, n) 4<sup>−n</sup> Σ<sub>i+j+k=n</sub> (n!/(i! j! k!) 3<sup>−n</sup>)², with each
 *       trinomial probability formed as binomial(n, i, ⅓) · binomial(n − i, j, ½) by {@link Binomial}
 *       so every term keeps its relative accuracy; cost O(n²).</li>
 * </ul>
 * First returns follow from the renewal identity F(z) = 1 − 1/U(z) in z = s², computed with
 * {@link PowerSeries#reciprocal()}.
 *
 * <p>Pólya's constant, the probability of ever returning in ℤ³, is 1 − 1/u with u = Σ u<sub>2n</sub>
 * = (1/π³) ∫∫∫<sub>[0,π]³</sub> dx dy dz / (1 − (cos x + cos y + cos z)/3), Watson's integral, whose
 * closed form (Glasser and Zucker, 1977) is u = √6/(32π³) Γ(1/24) Γ(5/24) Γ(7/24) Γ(11/24). The
 * Gamma values come from Commons Numbers {@link Gamma}, accurate to a few ulps, so the constant is
 * accurate to about 10<sup>−15</sup>. {@link #polyaConstantByIntegral()} evaluates the same
 * u independently as ∫<sub>0</sub><sup>∞</sup> e<sup>−t</sup> I<sub>0</sub>(t/3)³ dt, and the test
 * {@code LatticeWalkTest} checks both against the published digits 0.3405373296.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class LatticeWalk {

    /**
     * Largest n accepted in three dimensions, where u<sub>2n</sub> is a double sum of about n²/2
     * binomial terms: 5·10<sup>7</sup> terms, a few seconds, at this bound.
     */
    public static final long MAX_HALF_STEPS_3D = 10_000;

    private LatticeWalk() {
    }

    /**
     * Returns u<sub>2n</sub> = P(S<sub>2n</sub> = 0) on ℤ<sup>d</sup>.
     *
     * @param dimension d, 1, 2 or 3
     * @param n half the number of steps, 0 or more
     * @return the return probability at step 2n
     * @throws IllegalArgumentException if the dimension is not 1, 2 or 3, or n is negative or above
     *     2<sup>52</sup>, or above {@link #MAX_HALF_STEPS_3D} in three dimensions, where the cost is
     *     O(n²)
     */
    public static double returnProbability(int dimension, long n) {
        checkDimension(dimension);
        ArgumentChecks.nonNegative("n", n);
        ArgumentChecks.atMost("n", n, Binomial.MAX_TRIALS / 2, "counts must be exact doubles");
        if (dimension == 3) {
            ArgumentChecks.atMost("n", n, MAX_HALF_STEPS_3D, "in 3 dimensions the sum costs O(n^2) binomial terms");
        }
        double line = Binomial.probability(2 * n, n, 0.5);
        if (dimension == 1) {
            return line;
        }
        if (dimension == 2) {
            return line * line;
        }
        double sum = 0;
        for (long i = 0; i <= n; i++) {
            double first = Binomial.probability(n, i, 1.0 / 3);
            for (long j = 0; j <= n - i; j++) {
                double term = first * Binomial.probability(n - i, j, 0.5);
                sum += term * term;
            }
        }
        return line * sum;
    }

    /**
     * Returns u<sub>0</sub>, u<sub>2</sub>, …, u<sub>2·nMax</sub>.
     *
     * @param dimension d, 1, 2 or 3
     * @param nMax the last half-step count
     * @return a new array of length nMax + 1; in three dimensions the cost is O(nMax³)
     * @throws IllegalArgumentException if the dimension is invalid or nMax is negative or too large
     */
    public static double[] returnProbabilities(int dimension, int nMax) {
        checkDimension(dimension);
        ArgumentChecks.seriesOrder("nMax", nMax, Double.BYTES);
        double[] u = new double[nMax + 1];
        for (int n = 0; n <= nMax; n++) {
            u[n] = returnProbability(dimension, n);
        }
        return u;
    }

    /**
     * Returns f<sub>0</sub>, f<sub>2</sub>, …, f<sub>2·nMax</sub>, the probabilities that the first
     * return happens at step 2n, from F(z) = 1 − 1/U(z).
     *
     * @param dimension d, 1, 2 or 3
     * @param nMax the last half-step count
     * @return a new array of length nMax + 1, with f<sub>0</sub> = 0
     * @throws IllegalArgumentException if the dimension is invalid or nMax is negative or too large
     */
    public static double[] firstReturnProbabilities(int dimension, int nMax) {
        PowerSeries u = PowerSeries.of(nMax, returnProbabilities(dimension, nMax));
        double[] f = u.reciprocal().multiply(-1.0).coefficients();
        f[0] = 0;
        return f;
    }

    /**
     * Returns Pólya's constant for ℤ³ from the closed form of Watson's integral.
     *
     * @return the return probability, about 0.3405373296, and the expected number of visits
     */
    public static PolyaConstant polyaConstant() {
        double u = Math.sqrt(6) / (32 * Math.PI * Math.PI * Math.PI)
                * Gamma.value(1.0 / 24) * Gamma.value(5.0 / 24) * Gamma.value(7.0 / 24) * Gamma.value(11.0 / 24);
        return new PolyaConstant(1 - 1 / u, u,
                "Watson's integral in closed form, sqrt(6)/(32 pi^3) Gamma(1/24) Gamma(5/24) Gamma(7/24) Gamma(11/24)"
                        + " (Glasser and Zucker 1977), with Commons Numbers Gamma");
    }

    /**
     * Returns Pólya's constant from a numerical evaluation of Watson's integral in its Bessel form u =
     * ∫<sub>0</sub><sup>∞</sup> e<sup>−t</sup> I<sub>0</sub>(t/3)³ dt: Gauss-Legendre quadrature on
     * [0, 1200] and the asymptotic series of I<sub>0</sub> beyond. It is independent of the Gamma
     * closed form of {@link #polyaConstant()} and agrees with it to about 10<sup>−14</sup>; it costs
     * about 8000 evaluations of a Bessel power series, a few milliseconds.
     *
     * @return the return probability and the expected number of visits
     */
    public static PolyaConstant polyaConstantByIntegral() {
        double u = WatsonIntegral.expectedVisits();
        return new PolyaConstant(1 - 1 / u, u,
                "Watson's integral as the integral of exp(-t) I0(t/3)^3, by Gauss-Legendre quadrature"
                        + " and an asymptotic tail");
    }

    private static void checkDimension(int dimension) {
        if (dimension < 1 || dimension > 3) {
            throw new IllegalArgumentException("dimension must be 1, 2 or 3, got " + dimension);
        }
    }
}
