package io.github.numkit.linalg.quadratic;

import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * The stationary point of a quadratic form f(x) = xᵀAx + bᵀx + c, how it was found and how far it
 * can be trusted.
 *
 * <p>When 2Ax + b = 0 has no solution ({@link Classification#stationary()} is false), there is no
 * point: {@link #point()} returns {@code null} and {@link #value()}, {@link #residualNorm()} and
 * {@link #forwardErrorBound()} are NaN. When A is singular and a solution exists, the point is the
 * one of minimum Euclidean norm.
 *
 * <p>The point and the classification come from the solve itself. The value f(x*), the residual
 * and the error bound need one more pass over A in double-double arithmetic. For a Cholesky solve
 * of order below 128 whose conditioning a cheap bound already settled, Hager's condition estimate
 * (five pairs of triangular solves or more) is deferred too. These are computed the first time one
 * of them is requested, so a caller who needs only x* pays for the factorisation and little more.
 * At n = 10 the deferred work would otherwise double the cost of the solve. Instances are
 * immutable and thread-safe.
 */
public final class QuadraticSolution {

    private final Classification classification;
    private final double[] point;
    /** The condition estimate when the solve computed it, or NaN when {@link #conditionSource} will. */
    private final double conditionEstimate;
    private final DoubleSupplier conditionSource;
    private final SolveMethod method;
    private final int refinementSteps;
    private final double antisymmetricNorm;
    /** The form and the point in its scaled coordinates, kept to compute the diagnostics on demand. */
    private final QuadraticForm form;
    private final double[] scaledPoint;
    /**
     * The deferred quantities. Two threads may both compute them, to the same numbers. A
     * {@link Diagnostics} has only final fields, so a thread that reads the reference also reads
     * its contents.
     */
    private Diagnostics diagnostics;

    /** The quantities computed from the residual 2Ax* + b. */
    record Diagnostics(double value, double residualNorm, double conditionEstimate, double forwardErrorBound) {
    }

    QuadraticSolution(Classification classification, double[] point, double[] scaledPoint, QuadraticForm form,
            double conditionEstimate, DoubleSupplier conditionSource, SolveMethod method, int refinementSteps,
            double antisymmetricNorm) {
        this.classification = classification;
        this.point = point;
        this.scaledPoint = scaledPoint;
        this.form = form;
        this.conditionEstimate = conditionEstimate;
        this.conditionSource = conditionSource;
        this.method = method;
        this.refinementSteps = refinementSteps;
        this.antisymmetricNorm = antisymmetricNorm;
        if (point == null) {
            diagnostics = new Diagnostics(Double.NaN, Double.NaN, condition(), Double.NaN);
        }
    }

    private Diagnostics diagnostics() {
        Diagnostics d = diagnostics;
        if (d == null) {
            d = form.diagnose(scaledPoint, point, condition());
            diagnostics = d;
        }
        return d;
    }

    private double condition() {
        return conditionSource == null ? conditionEstimate : conditionSource.getAsDouble();
    }

    /**
     * Returns the classification of the form.
     *
     * @return the classification
     */
    public Classification classification() {
        return classification;
    }

    /**
     * Returns a copy of the stationary point: the minimiser, maximiser, saddle point or
     * minimum-norm member of the stationary set.
     *
     * @return x*, or {@code null} when 2Ax + b = 0 has no solution
     */
    public double[] point() {
        return point == null ? null : point.clone();
    }

    /**
     * Tells whether a stationary point was found.
     *
     * @return {@code true} exactly when {@link #point()} is not {@code null}
     */
    public boolean hasPoint() {
        return point != null;
    }

    /**
     * Returns f(x*), computed as c + (bᵀx* + x*ᵀr)/2 from the residual r = 2Ax* + b in
     * double-double arithmetic.
     *
     * @return f(x*), or NaN when there is no stationary point
     */
    public double value() {
        return diagnostics().value();
    }

    /**
     * Returns the residual norm, computed in double-double arithmetic so that it measures the
     * error of x* rather than the rounding of the product.
     *
     * @return ‖2Ax* + b‖₂, or NaN when there is no point
     */
    public double residualNorm() {
        return diagnostics().residualNorm();
    }

    /**
     * Returns the estimate of the condition number that bounds the error.
     *
     * @return for {@link SolveMethod#EIGENDECOMPOSITION} the ratio of the largest to the smallest
     *     nonzero |λ| of A (κ₂ of A on its range; 1 when A is zero); for {@link SolveMethod#CHOLESKY}
     *     Hager's lower estimate of the 1-norm condition number
     */
    public double conditionEstimate() {
        return conditionSource == null ? conditionEstimate : diagnostics().conditionEstimate();
    }

    /**
     * Returns an estimate of the bound ‖x̂ − x*‖/‖x*‖ ≤ κ·‖2Ax̂ + b‖/‖b‖ on the relative error of the
     * point.
     *
     * @return the bound, 0 when b = 0, NaN when there is no point
     */
    public double forwardErrorBound() {
        return diagnostics().forwardErrorBound();
    }

    /**
     * Returns the factorisation that produced the point.
     *
     * @return the method
     */
    public SolveMethod method() {
        return method;
    }

    /**
     * Returns the number of iterative refinement steps applied.
     *
     * @return the count, 0 for a plain solve
     */
    public int refinementSteps() {
        return refinementSteps;
    }

    /**
     * Returns the Frobenius norm of (A − Aᵀ)/2, the part of A that f ignores.
     *
     * @return the norm, 0 for a symmetric A
     */
    public double antisymmetricNorm() {
        return antisymmetricNorm;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuadraticSolution s && classification.equals(s.classification)
                && Arrays.equals(point, s.point) && Double.compare(value(), s.value()) == 0
                && Double.compare(residualNorm(), s.residualNorm()) == 0
                && Double.compare(conditionEstimate(), s.conditionEstimate()) == 0
                && Double.compare(forwardErrorBound(), s.forwardErrorBound()) == 0 && method == s.method
                && refinementSteps == s.refinementSteps
                && Double.compare(antisymmetricNorm, s.antisymmetricNorm) == 0;
    }

    @Override
    public int hashCode() {
        return classification.hashCode() * 31 + Arrays.hashCode(point) + method.hashCode();
    }

    @Override
    public String toString() {
        return "QuadraticSolution[" + classification.extremum() + ", point=" + Arrays.toString(point) + ", value="
                + value() + ", residualNorm=" + residualNorm() + ", conditionEstimate=" + conditionEstimate()
                + ", method=" + method + "]";
    }
}
