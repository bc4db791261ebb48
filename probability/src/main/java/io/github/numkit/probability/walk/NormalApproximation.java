package io.github.numkit.probability.walk;

import io.github.numkit.probability.arguments.ArgumentChecks;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Normal approximations to the simple walk, each returned with the exact value and the error.
 *
 * <p>S<sub>n</sub> has mean μ = n(p − q) and variance σ² = 4npq, and lives on a lattice of span 2.
 * <ul>
 *   <li>Local limit theorem: P(S<sub>n</sub> = k) ≈ (2/σ) φ((k − μ)/σ) for n + k even.</li>
 *   <li>De Moivre-Laplace with continuity correction: P(S<sub>n</sub> ≤ k) ≈ Φ((k + 1 − μ)/σ) for n +
 *       k even, half a lattice span above k.</li>
 *   <li>Diffusion scaling: S<sub>⌊nt⌋</sub>/√n has variance 4pq⌊nt⌋/n → 4pq·t, the variance of
 *       2√(pq) B(t) for a standard Brownian motion B, after the drift is removed.</li>
 * </ul>
 * The relative error of the local approximation grows like |k − μ|³/σ⁴ in the tails, which the
 * returned exact value makes visible.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NormalApproximation {

    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    private final SimpleWalk walk;

    private NormalApproximation(SimpleWalk walk) {
        this.walk = walk;
    }

    /**
     * Creates the approximations for the walk with up-step probability p.
     *
     * @param p probability of a step +1, in (0, 1); the degenerate walks have no normal limit
     * @return the approximations
     * @throws IllegalArgumentException if p is outside (0, 1) or NaN
     */
    public static NormalApproximation of(double p) {
        return new NormalApproximation(SimpleWalk.of(ArgumentChecks.openProbability("p", p)));
    }

    /**
     * Returns the local limit approximation to P(S<sub>n</sub> = k) beside the exact value.
     *
     * @param n number of steps, 1 or more
     * @param k position, with n + k even
     * @return the approximation, the exact value and the errors
     * @throws IllegalArgumentException if n &lt; 1 or n + k is odd
     */
    public Approximation localProbability(long n, long k) {
        checkLattice(n, k);
        double mu = walk.mean(n);
        double sigma = Math.sqrt(walk.variance(n));
        double approximate = 2 / sigma * STANDARD.density((k - mu) / sigma);
        return Approximation.of(approximate, walk.probability(n, k), "local limit theorem (2/sigma) phi((k - mu)/sigma)");
    }

    /**
     * Returns the continuity-corrected normal approximation to P(S<sub>n</sub> ≤ k) beside the exact
     * value from {@link SimpleWalk#cumulativeProbability}.
     *
     * @param n number of steps, 1 or more
     * @param k position, with n + k even
     * @return the approximation, the exact value and the errors
     * @throws IllegalArgumentException if n &lt; 1 or n + k is odd
     */
    public Approximation cumulativeProbability(long n, long k) {
        checkLattice(n, k);
        double mu = walk.mean(n);
        double sigma = Math.sqrt(walk.variance(n));
        double approximate = STANDARD.cumulativeProbability((k + 1 - mu) / sigma);
        return Approximation.of(approximate, walk.cumulativeProbability(n, k),
                "normal with continuity correction Phi((k + 1 - mu)/sigma)");
    }

    /**
     * Returns the variance of the diffusion-scaled position (S<sub>⌊nt⌋</sub> − μ)/√n beside its
     * Brownian limit 4pq·t.
     *
     * @param n the scale, 1 or more
     * @param t the time, ≥ 0 and finite
     * @return the limit as the approximation and the exact variance 4pq⌊nt⌋/n
     * @throws IllegalArgumentException if n &lt; 1 or t is negative or not finite
     */
    public Approximation diffusionVariance(long n, double t) {
        ArgumentChecks.positive("n", n);
        if (!(t >= 0) || t == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("t must be finite and >= 0, got " + t);
        }
        double p = walk.p();
        long steps = (long) Math.floor(n * t);
        return Approximation.of(4 * p * (1 - p) * t, walk.variance(steps) / n, "Brownian limit 4pq t");
    }

    private static void checkLattice(long n, long k) {
        ArgumentChecks.positive("n", n);
        if (((n + k) & 1) != 0) {
            throw new IllegalArgumentException("k must have the parity of n = " + n + ", got " + k);
        }
    }
}
