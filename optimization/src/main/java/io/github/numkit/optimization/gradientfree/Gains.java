package io.github.numkit.optimization.gradientfree;

import io.github.numkit.optimization.validation.Require;

/**
 * The gain sequences of Kiefer–Wolfowitz and SPSA for iterations k = 1, 2, and so on:
 * step a<sub>k</sub> = a/(A + k)<sup>α</sup> and difference width c<sub>k</sub> = c/k<sup>γ</sup>.
 * Counted from k = 0 as Spall writes them, these are a/(A + k + 1)<sup>α</sup> and
 * c/(k + 1)<sup>γ</sup>.
 *
 * <p>Spall's practical defaults are α = 0.602 and γ = 0.101, the smallest exponents that still
 * meet the convergence conditions Σ a<sub>k</sub> = ∞ and Σ (a<sub>k</sub>/c<sub>k</sub>)² &lt; ∞
 * (2(α - γ) = 1.002 &gt; 1), because slowly decaying gains do better over a finite budget. The
 * stability constant A of about a tenth of the iteration budget keeps the early steps from
 * overshooting. c should be about the standard deviation of the measurement noise.
 *
 * <p>Reference: J. C. Spall, "Implementation of the simultaneous perturbation algorithm for
 * stochastic optimization", IEEE Trans. Aerospace and Electronic Systems 34(3), 1998.
 *
 * @param a the step scale, finite and &gt; 0
 * @param c the difference width scale, finite and &gt; 0
 * @param stabilityConstant the shift A, finite and ≥ 0
 * @param alpha the step exponent α, finite and &gt; 0
 * @param gamma the width exponent γ, finite and ≥ 0
 */
public record Gains(double a, double c, double stabilityConstant, double alpha, double gamma) {

    /** Spall's default step exponent. */
    public static final double SPALL_ALPHA = 0.602;

    /** Spall's default width exponent. */
    public static final double SPALL_GAMMA = 0.101;

    /**
     * Checks the parameters.
     *
     * @param a the step scale, finite and &gt; 0
     * @param c the difference width scale, finite and &gt; 0
     * @param stabilityConstant the shift A, finite and ≥ 0
     * @param alpha the step exponent α, finite and &gt; 0
     * @param gamma the width exponent γ, finite and ≥ 0
     */
    public Gains {
        Require.positive(a, "a");
        Require.positive(c, "c");
        Require.nonNegative(stabilityConstant, "stabilityConstant");
        Require.positive(alpha, "alpha");
        Require.nonNegative(gamma, "gamma");
    }

    /**
     * Creates Spall's documented defaults: α = 0.602, γ = 0.101 and A = 0.1 × iterations.
     *
     * @param a the step scale, finite and &gt; 0
     * @param c the difference width scale, finite and &gt; 0
     * @param iterations the iteration budget, at least 1
     * @return the gains
     */
    public static Gains spall(double a, double c, long iterations) {
        Require.atLeast(iterations, 1, "iterations");
        return new Gains(a, c, 0.1 * iterations, SPALL_ALPHA, SPALL_GAMMA);
    }

    /**
     * Returns the same gains with another step scale.
     *
     * @param newA the step scale, finite and &gt; 0
     * @return the gains
     */
    public Gains withA(double newA) {
        return new Gains(newA, c, stabilityConstant, alpha, gamma);
    }

    /**
     * Returns the step of iteration k.
     *
     * @param k the iteration, at least 1
     * @return a<sub>k</sub>
     */
    public double step(long k) {
        return a / Math.pow(stabilityConstant + k, alpha);
    }

    /**
     * Returns the difference width of iteration k.
     *
     * @param k the iteration, at least 1
     * @return c<sub>k</sub>
     */
    public double width(long k) {
        return c / Math.pow(k, gamma);
    }
}
