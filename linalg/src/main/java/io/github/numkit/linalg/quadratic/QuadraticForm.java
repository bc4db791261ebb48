package io.github.numkit.linalg.quadratic;

import java.util.function.DoubleSupplier;

/**
 * An immutable quadratic form f(x) = xᵀAx + bᵀx + c in n variables, with its gradient 2Ax + b, its
 * Hessian 2A, its classification and its stationary point.
 *
 * <p>Only the symmetric part S = (A + Aᵀ)/2 of A affects f, because xᵀAx = xᵀSx; the form stores
 * S, and {@link #antisymmetricNorm()} gives the Frobenius norm of the part (A − Aᵀ)/2 it dropped.
 * A nearly symmetric matrix therefore never yields complex eigenvalues.
 *
 * <p><b>Classification.</b> An eigenvalue λ of S counts as zero when |λ| ≤ τ, with
 * τ = {@value #DEFAULT_RELATIVE_TOLERANCE_FACTOR}·n·ε·max|λ| by default (ε = 2⁻⁵²), which is a few
 * times the backward error of the symmetric eigensolver. The threshold scales with A, so A, 10⁻¹²·A
 * and 10¹²·A classify alike, and a singular or indefinite A is never reported as having a unique
 * extremum: a matrix whose condition number exceeds 1/(16·n·ε) counts as singular.
 *
 * <p><b>Solving.</b> {@link #solve()} first tries a Cholesky factorisation of A (or of −A when
 * every diagonal entry is negative), about n³/3 flops, and accepts it when every pivot is positive
 * and κ₁(A) is below 1/(1600·n·ε), a margin of 100 below the threshold above that covers the gap
 * between κ₁ and κ₂. A rigorous upper bound on κ₁ from two triangular solves settles this for
 * most well-conditioned matrices, and the ratio of the largest to the smallest squared pivot, a
 * lower bound on κ₂, rejects those whose elimination meets a tiny pivot. In between, Hager's lower
 * estimate of κ₁ (with Higham's extra test vector) decides, so there the rule rests on an estimate.
 * Otherwise it uses the symmetric eigendecomposition (about 9n³ flops), which handles every case.
 * The residual is accumulated in double-double arithmetic, and optional iterative refinement with
 * that residual brings the relative error down to about ε when κ·ε ≪ 1 (N. J. Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed.,
 * SIAM 2002, chapter 12).
 *
 * <p><b>Scaling.</b> Classification and solving work on A/2^p and b/2^q, where 2^p and 2^q are the
 * powers of two just below max|aᵢⱼ| and max|bᵢ|, and the results are scaled back exactly. So the
 * eigensolver and the factorisation neither overflow nor underflow for entries anywhere in the
 * double range, and A, 2⁻¹⁰⁰⁰·A and 2¹⁰⁰⁰·A classify and solve alike. A result that itself lies
 * beyond the double range (an eigenvalue above 1.8e308, say) is reported as infinite.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class QuadraticForm {

    /** The factor k in the default classification tolerance τ = k·n·ε·max|λ|. */
    public static final double DEFAULT_RELATIVE_TOLERANCE_FACTOR = 16;

    private static final double EPSILON = Math.ulp(1.0);

    /**
     * The order from which Hager's condition estimate is always computed during a Cholesky solve:
     * there its O(n²) cost is a few per cent of the factorisation at most, and the solution need
     * not keep the factor to compute it later.
     */
    private static final int EAGER_CONDITION_ORDER = 128;

    private final int n;
    /** The symmetric part of A, row-major. */
    private final double[] a;
    private final double[] b;
    private final double c;
    private final double antisymmetricNorm;
    private final double symmetricNorm;
    /** The exponent p with 2^p ≤ max|aᵢⱼ| < 2^(p+1), or 0 when A is zero. */
    private final int matrixExponent;
    /** The symmetric part of A divided by 2^{@link #matrixExponent}, exactly unless an entry underflows. */
    private final double[] scaledA;
    /** The exponent q with 2^q ≤ max|bᵢ| < 2^(q+1), or 0 when b is zero. */
    private final int linearExponent;
    /** b divided by 2^{@link #linearExponent}, exactly unless an entry underflows. */
    private final double[] scaledB;

    private QuadraticForm(int n, double[] a, double[] b, double c, double antisymmetricNorm) {
        this.n = n;
        this.a = a;
        this.b = b;
        this.c = c;
        this.antisymmetricNorm = antisymmetricNorm;
        this.symmetricNorm = Compensated.norm(a);
        this.matrixExponent = Compensated.exponent(maxAbs(a));
        this.scaledA = Compensated.scaled(a, matrixExponent);
        this.linearExponent = Compensated.exponent(maxAbs(b));
        this.scaledB = Compensated.scaled(b, linearExponent);
    }

    /**
     * Creates the form xᵀAx + bᵀx + c.
     *
     * @param matrix A, any square matrix of finite entries; it is read, not kept
     * @param linear b, of length n; it is read, not kept
     * @param constant c
     * @return the form with the symmetric part of A
     * @throws IllegalArgumentException if A is null, empty, not square or has a non-finite entry, or
     *     if b has the wrong length or a non-finite entry, or c is not finite
     */
    public static QuadraticForm of(double[][] matrix, double[] linear, double constant) {
        int n = Checks.squareFinite("matrix", matrix);
        Checks.vector("linear", linear, n);
        Checks.finite("constant", constant);
        double[] symmetric = new double[n * n];
        double[] antisymmetric = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double aij = matrix[i][j];
                double aji = matrix[j][i];
                // Equal entries are kept as they are, because halving first would round a subnormal
                // entry such as 4.9e-324 to zero.
                symmetric[i * n + j] = aij == aji ? aij : half(aij, aji);
                antisymmetric[i * n + j] = aij == aji ? 0 : half(aij, -aji);
            }
        }
        return new QuadraticForm(n, symmetric, linear.clone(), constant, Compensated.norm(antisymmetric));
    }

    /**
     * Returns (p + q)/2 without overflow for large entries and without losing subnormal ones to an
     * early halving.
     */
    private static double half(double p, double q) {
        if (Math.abs(p) > 1 || Math.abs(q) > 1) {
            return 0.5 * p + 0.5 * q;
        }
        return 0.5 * (p + q);
    }

    /**
     * Creates the form f(x) = Σᵢⱼ aᵢⱼxᵢxⱼ + Σₖ bₖxₖ + c from the coefficients of the polynomial as
     * a learner writes them. The coefficient of the monomial xᵢxⱼ (i ≠ j) may be given in aᵢⱼ, in
     * aⱼᵢ, or split between them, because only the sum aᵢⱼ + aⱼᵢ matters. For example
     * 3x² + 4xy + y² − 2x + 1 is {@code ofCoefficients(new double[][] {{3, 4}, {0, 1}}, new
     * double[] {-2, 0}, 1)}.
     *
     * <p>This is the same form as {@link #of(double[][], double[], double)} gives; the antisymmetric
     * part is expected here and only reflects how the cross terms were split.
     *
     * @param coefficients aᵢⱼ, square, finite
     * @param linear bₖ, of length n, finite
     * @param constant c, finite
     * @return the form
     * @throws IllegalArgumentException under the same conditions as {@link #of(double[][], double[], double)}
     */
    public static QuadraticForm ofCoefficients(double[][] coefficients, double[] linear, double constant) {
        return of(coefficients, linear, constant);
    }

    /**
     * Returns the number of variables.
     *
     * @return n
     */
    public int dimension() {
        return n;
    }

    /**
     * Returns a copy of the symmetric part of A.
     *
     * @return S = (A + Aᵀ)/2 as an n×n array
     */
    public double[][] matrix() {
        double[][] result = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * n, result[i], 0, n);
        }
        return result;
    }

    /**
     * Returns a copy of the linear coefficients.
     *
     * @return b
     */
    public double[] linear() {
        return b.clone();
    }

    /**
     * Returns the constant term.
     *
     * @return c
     */
    public double constant() {
        return c;
    }

    /**
     * Returns the size of the antisymmetric part of the matrix the form was built from, which f
     * ignores.
     *
     * @return ‖(A − Aᵀ)/2‖_F, zero for a symmetric A
     */
    public double antisymmetricNorm() {
        return antisymmetricNorm;
    }

    /**
     * Returns the antisymmetric part's size relative to the symmetric part's.
     *
     * @return ‖(A − Aᵀ)/2‖_F / ‖(A + Aᵀ)/2‖_F, or 0 when both are zero and +∞ when only the
     *     symmetric part is zero
     */
    public double relativeAsymmetry() {
        if (antisymmetricNorm == 0) {
            return 0;
        }
        return antisymmetricNorm / symmetricNorm;
    }

    /**
     * Evaluates f(x) = xᵀAx + bᵀx + c, with the sums accumulated in double-double.
     *
     * @param x the point, of length n; read only
     * @return f(x); ±∞ when f(x) lies beyond the double range, and NaN only when two of the terms
     *     xᵀAx, bᵀx and c lie beyond it with opposite signs
     * @throws IllegalArgumentException if x has the wrong length or a non-finite entry
     */
    public double value(double[] x) {
        Checks.vector("x", x, n);
        double accurate = compensatedValue(x);
        if (Double.isFinite(accurate)) {
            return accurate;
        }
        // The double-double error terms turn an overflow into NaN, so the terms are summed again
        // from x/2^r, A/2^p and b/2^q, which keeps every product in range, and then scaled back.
        int xExponent = Compensated.exponent(maxAbs(x));
        double[] scaledX = Compensated.scaled(x, xExponent);
        double quadratic = 0;
        double linearTerm = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += scaledA[i * n + j] * scaledX[j];
            }
            quadratic += scaledX[i] * row;
            linearTerm += scaledB[i] * scaledX[i];
        }
        return Math.scalb(quadratic, matrixExponent + 2 * xExponent)
                + Math.scalb(linearTerm, linearExponent + xExponent) + c;
    }

    private double compensatedValue(double[] x) {
        double[] ax = new double[n];
        for (int i = 0; i < n; i++) {
            ax[i] = Compensated.affineRow(0, 1, a, i * n, x);
        }
        double[] terms = new double[2 * n + 1];
        double[] weights = new double[2 * n + 1];
        for (int i = 0; i < n; i++) {
            terms[i] = x[i];
            weights[i] = ax[i];
            terms[n + i] = x[i];
            weights[n + i] = b[i];
        }
        terms[2 * n] = c;
        weights[2 * n] = 1;
        return Compensated.dot(terms, weights);
    }

    /**
     * Evaluates the gradient ∇f(x) = 2Ax + b.
     *
     * @param x the point, of length n; read only
     * @return a new array holding 2Ax + b, with ±∞ in an entry that lies beyond the double range
     * @throws IllegalArgumentException if x has the wrong length or a non-finite entry
     */
    public double[] gradient(double[] x) {
        Checks.vector("x", x, n);
        double[] g = new double[n];
        int xExponent = Compensated.exponent(maxAbs(x));
        double[] scaledX = null;
        for (int i = 0; i < n; i++) {
            g[i] = Compensated.affineRow(b[i], 2, a, i * n, x);
            if (!Double.isFinite(g[i])) {
                // Overflow in the double-double error terms gives NaN; (A/2^p)(x/2^r) stays in range.
                if (scaledX == null) {
                    scaledX = Compensated.scaled(x, xExponent);
                }
                double row = 0;
                for (int j = 0; j < n; j++) {
                    row += scaledA[i * n + j] * scaledX[j];
                }
                g[i] = Math.scalb(row, matrixExponent + xExponent + 1) + b[i];
            }
        }
        return g;
    }

    /**
     * Returns the Hessian, which is the same at every point.
     *
     * @return a new n×n array holding 2S
     */
    public double[][] hessian() {
        double[][] h = matrix();
        for (double[] row : h) {
            for (int j = 0; j < n; j++) {
                row[j] *= 2;
            }
        }
        return h;
    }

    /**
     * Classifies the form with the default tolerance, from the eigendecomposition of A.
     *
     * @return the classification, with eigenvalues, null space and directions
     * @throws ArithmeticException if the eigensolver does not converge
     */
    public Classification classify() {
        return Classifier.of(scaledA, n, scaledB, defaultRelativeTolerance(), matrixExponent).classification;
    }

    /**
     * Classifies the form, counting an eigenvalue as zero when |λ| ≤ relativeTolerance·max|λ|.
     *
     * @param relativeTolerance the threshold relative to the largest |λ|, in [0, 1)
     * @return the classification
     * @throws IllegalArgumentException if the tolerance is outside [0, 1) or NaN
     * @throws ArithmeticException if the eigensolver does not converge
     */
    public Classification classify(double relativeTolerance) {
        Checks.relativeTolerance("relativeTolerance", relativeTolerance);
        return Classifier.of(scaledA, n, scaledB, relativeTolerance, matrixExponent).classification;
    }

    /**
     * Finds the stationary point with at most one step of iterative refinement, the same as
     * {@code solve(1)}. The step costs O(n²) beside the O(n³) factorisation and usually removes the
     * last-digit error of the plain solve, so 3x² + 2xy + 2y² − 8x − 4y + 1 gives exactly (1.2, 0.4)
     * instead of (1.2000000000000002, 0.3999999999999998). Use {@code solve(0)} for the plain solve.
     *
     * @return the solution
     * @throws ArithmeticException if the eigensolver does not converge, or if the stationary point
     *     has an entry beyond the double range (about 1.8e308)
     */
    public QuadraticSolution solve() {
        return solve(1);
    }

    /**
     * Finds the stationary point, then applies up to {@code maxRefinementSteps} steps of
     * iterative refinement x ← x + (2A)⁺(−b − 2Ax), with the residual accumulated in
     * double-double. Refinement stops early when the correction falls below ε·‖x‖∞ or stops
     * shrinking by at least half.
     *
     * @param maxRefinementSteps the step limit, at least 0
     * @return the solution
     * @throws IllegalArgumentException if {@code maxRefinementSteps} is negative
     * @throws ArithmeticException if the eigensolver does not converge, or if the stationary point
     *     has an entry beyond the double range (about 1.8e308)
     */
    public QuadraticSolution solve(int maxRefinementSteps) {
        Checks.nonNegative("maxRefinementSteps", maxRefinementSteps);
        double relativeTolerance = defaultRelativeTolerance();
        double normOne = normOne();
        CholeskyFactor factor = definiteFactor();
        if (factor != null) {
            // Accept the factorisation when κ₁(A) < 1/(100·τ). The cheap upper bound decides most
            // well-conditioned matrices at once; Hager's estimate, five solves or more, is then
            // left for the caller to request, because at small n it would cost as much as the
            // factorisation. The pivot ratio, a lower bound on κ₂ ≤ κ₁, rejects a matrix whose
            // elimination revealed a tiny pivot. In between, Hager's estimate decides.
            boolean proven = normOne * factor.inverseNormOneUpperBound() * 100 * relativeTolerance < 1;
            boolean refuted = factor.pivotRatio() * 100 * relativeTolerance >= 1;
            double condition = Double.NaN;
            if (!refuted && (!proven || n >= EAGER_CONDITION_ORDER)) {
                condition = normOne * factor.hagerEstimate();
            }
            if (proven || !refuted && condition * 100 * relativeTolerance < 1) {
                boolean positive = factor.sign > 0;
                Classification classification = new Classification(
                        positive ? Definiteness.POSITIVE_DEFINITE : Definiteness.NEGATIVE_DEFINITE,
                        positive ? Extremum.MINIMUM : Extremum.MAXIMUM, new double[0],
                        Math.scalb(relativeTolerance * normOne, matrixExponent), n, new double[0][], null, null,
                        true);
                CholeskyFactor accepted = factor;
                DoubleSupplier lazyCondition = Double.isNaN(condition) ? () -> normOne * accepted.hagerEstimate() : null;
                return finish(classification, (rhs, out) -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = 0.5 * rhs[i];
                    }
                    accepted.solveInPlace(out);
                }, condition, lazyCondition, SolveMethod.CHOLESKY, maxRefinementSteps);
            }
        }
        Classifier classifier = Classifier.of(scaledA, n, scaledB, relativeTolerance, matrixExponent);
        return finish(classifier.classification, classifier::applyPseudoInverse, classifier.conditionNumber(), null,
                SolveMethod.EIGENDECOMPOSITION, maxRefinementSteps);
    }

    /** Writes (2A/2^p)⁺v into out, for the scaled matrix. */
    private interface PseudoInverse {
        void apply(double[] v, double[] out);
    }

    private QuadraticSolution finish(Classification classification, PseudoInverse inverse, double condition,
            DoubleSupplier lazyCondition, SolveMethod method, int maxRefinementSteps) {
        if (!classification.stationary()) {
            return new QuadraticSolution(classification, null, null, this, condition, null, method, 0,
                    antisymmetricNorm);
        }
        double[] x = new double[n];
        // The solve and the refinement find x' with 2(A/2^p)x' = −b/2^q; then x = 2^(q−p)·x'.
        double[] minusB = new double[n];
        for (int i = 0; i < n; i++) {
            minusB[i] = -scaledB[i];
        }
        inverse.apply(minusB, x);

        int steps = 0;
        if (maxRefinementSteps > 0) {
            double[] residual = minusB;
            double[] correction = new double[n];
            double previous = Double.POSITIVE_INFINITY;
            while (steps < maxRefinementSteps) {
                for (int i = 0; i < n; i++) {
                    residual[i] = -Compensated.affineRow(scaledB[i], 2, scaledA, i * n, x);
                }
                inverse.apply(residual, correction);
                double size = maxAbs(correction);
                if (size == 0 || size >= 0.5 * previous) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    x[i] += correction[i];
                }
                steps++;
                previous = size;
                if (size <= EPSILON * maxAbs(x)) {
                    break;
                }
            }
        }

        double[] point = new double[n];
        for (int i = 0; i < n; i++) {
            // Adding +0 turns −0 into +0, whose sign means nothing here.
            point[i] = Math.scalb(x[i], linearExponent - matrixExponent) + 0.0;
            if (!Double.isFinite(point[i])) {
                int exponent = Compensated.exponent(Math.abs(x[i])) + linearExponent - matrixExponent;
                throw new ArithmeticException("stationary point is beyond the double range: entry " + i
                        + " is about 2^" + exponent + ", and doubles end below 2^1024 (about 1.8e308)");
            }
        }
        return new QuadraticSolution(classification, point, x, this, condition, lazyCondition, method, steps,
                antisymmetricNorm);
    }

    /**
     * Computes f(x*), ‖2Ax* + b‖ and the forward-error bound for a stationary point, from the point
     * in scaled coordinates (x' with 2(A/2^p)x' + b/2^q ≈ 0) and in the original ones.
     */
    QuadraticSolution.Diagnostics diagnose(double[] scaledX, double[] x, double condition) {
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            residual[i] = Compensated.affineRow(scaledB[i], 2, scaledA, i * n, scaledX);
        }
        double scaledResidualNorm = Compensated.norm(residual);
        double scaledBNorm = Compensated.norm(scaledB);
        double bound = scaledBNorm == 0 ? 0 : condition * scaledResidualNorm / scaledBNorm;
        for (int i = 0; i < n; i++) {
            residual[i] = Math.scalb(residual[i], linearExponent);
        }
        return new QuadraticSolution.Diagnostics(valueFromResidual(x, residual),
                Math.scalb(scaledResidualNorm, linearExponent), condition, bound);
    }

    /**
     * Returns f(x) = c + (bᵀx + xᵀr)/2 for the residual r = 2Ax + b, which follows from
     * xᵀAx = xᵀ(r − b)/2. It costs O(n) instead of the O(n²) of {@link #value(double[])}.
     */
    private double valueFromResidual(double[] x, double[] r) {
        double[] terms = new double[2 * n + 1];
        double[] weights = new double[2 * n + 1];
        for (int i = 0; i < n; i++) {
            terms[i] = 0.5 * x[i];
            weights[i] = b[i];
            terms[n + i] = 0.5 * x[i];
            weights[n + i] = r[i];
        }
        terms[2 * n] = c;
        weights[2 * n] = 1;
        return Compensated.dot(terms, weights);
    }

    /**
     * Returns the Cholesky factor of A or −A when the diagonal signs allow a definite matrix and
     * every pivot is positive; otherwise {@code null}.
     */
    private CholeskyFactor definiteFactor() {
        boolean allPositive = true;
        boolean allNegative = true;
        for (int i = 0; i < n; i++) {
            double d = scaledA[i * n + i];
            allPositive &= d > 0;
            allNegative &= d < 0;
        }
        if (!allPositive && !allNegative) {
            return null;
        }
        return CholeskyFactor.factor(scaledA, n, allPositive ? 1 : -1);
    }

    /**
     * Returns the 1-norm of A/2^p. It is the largest column sum of |aᵢⱼ|, computed as the largest
     * row sum, which is the same for a symmetric A and reads memory in order.
     */
    private double normOne() {
        double max = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                sum += Math.abs(scaledA[row + j]);
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    private double defaultRelativeTolerance() {
        return DEFAULT_RELATIVE_TOLERANCE_FACTOR * n * EPSILON;
    }

    private static double maxAbs(double[] v) {
        double max = 0;
        for (double value : v) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }
}
