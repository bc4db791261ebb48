package io.github.numkit.optimization.iteration;

import io.github.numkit.optimization.DivergenceException;
import io.github.numkit.optimization.validation.Decimal;

/**
 * Watches the maximum norm of the iterates and throws {@link DivergenceException} when an iterate
 * is not finite or its norm exceeds a bound. It tracks the start of the current unbroken run of
 * norm growth, which becomes the reported onset. Each check costs O(p) and allocates nothing.
 */
public final class DivergenceMonitor {

    private final String method;
    private final double bound;
    private double lastNorm;
    /** The last iteration whose norm did not grow; 0 stands for the start. */
    private long lastSteady;

    /**
     * Creates a monitor.
     *
     * @param method the method name for the message
     * @param start the starting point; read only
     * @param bound the largest accepted maximum norm of an iterate
     */
    public DivergenceMonitor(String method, double[] start, double bound) {
        this.method = method;
        this.bound = bound;
        this.lastNorm = maxNorm(start);
    }

    /**
     * Returns the default bound for a start point: 10<sup>15</sup> times the larger of 1 and the
     * maximum norm of the start, far beyond any scale a convergent run visits in practice.
     *
     * @param start the starting point; read only
     * @return the bound
     */
    public static double defaultBound(double[] start) {
        return 1e15 * Math.max(1, maxNorm(start));
    }

    /**
     * Checks the iterate of iteration {@code k}. The method is kept small so that the JIT inlines
     * it into the iteration loops; the failure path is a separate method.
     *
     * @param k the iteration, counted from 1
     * @param w the iterate; read only
     * @throws DivergenceException if the iterate is not finite or its norm exceeds the bound
     */
    public void check(long k, double[] w) {
        double norm = maxNorm(w);
        if (!(norm <= bound)) {
            throw divergence(k, w, norm);
        }
        // A select rather than a branch: with noisy iterates the outcome is random.
        lastSteady = norm > lastNorm ? lastSteady : k;
        lastNorm = norm;
    }

    /**
     * Checks a scalar iterate, as {@link #check(long, double[])} does for a vector, without
     * allocating unless it throws.
     *
     * @param k the iteration, counted from 1
     * @param w the iterate
     * @throws DivergenceException if the iterate is not finite or its magnitude exceeds the bound
     */
    public void check(long k, double w) {
        double norm = Math.abs(w);
        if (!(norm <= bound)) {
            throw divergence(k, new double[] {w}, norm);
        }
        lastSteady = norm > lastNorm ? lastSteady : k;
        lastNorm = norm;
    }

    private DivergenceException divergence(long k, double[] w, double norm) {
        return divergence(method, k, w, norm, lastNorm, lastSteady + 1, bound);
    }

    /**
     * Builds the exception for a loop that tracks the growth of its iterate in local variables,
     * as the scalar Robbins–Monro loop does for speed.
     *
     * @param method the method name for the message
     * @param k the detection iteration
     * @param w the iterate at detection; copied
     * @param norm its maximum norm, above the bound or NaN
     * @param lastNorm the maximum norm of the previous iterate
     * @param growthStart the first iteration of the current unbroken growth, which is the
     *     iteration after the last one whose norm did not grow
     * @param bound the divergence bound
     * @return the exception to throw
     */
    public static DivergenceException divergence(String method, long k, double[] w, double norm,
            double lastNorm, long growthStart, double bound) {
        boolean growing = norm > lastNorm || Double.isNaN(norm);
        long onset = growing ? growthStart : k;
        String cause = norm < Double.POSITIVE_INFINITY
                ? "the maximum norm of the iterate reached " + Decimal.of(norm)
                        + ", above the divergence bound " + Decimal.of(bound)
                : "the iterate stopped being finite";
        return new DivergenceException(method, onset, k, w, cause);
    }

    /**
     * Computes the maximum absolute entry; NaN if any entry is NaN.
     *
     * @param w the vector; read only
     * @return the maximum norm
     */
    public static double maxNorm(double[] w) {
        // Math.max returns NaN when either argument is NaN, so a NaN entry propagates, and it
        // compiles without the data-dependent branch that a comparison would mispredict.
        double m = 0;
        for (double v : w) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
