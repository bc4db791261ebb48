package io.github.numkit.linalg.sparse;

import io.github.numkit.linalg.ProgressListener;
import java.util.Arrays;
import org.ejml.data.DMatrixSparseCSC;

/**
 * Preconditioned conjugate gradients for Ax = b with A symmetric positive definite (Hestenes and
 * Stiefel, 1952; the preconditioned form as in Y. Saad, <i>Iterative Methods for Sparse Linear
 * Systems</i>, 2nd ed., SIAM 2003, algorithm 9.1).
 *
 * <p>The iteration stops when the recurred residual satisfies ‖r‖ ≤ tolerance·‖b‖, when the
 * iteration cap is reached, when a direction with pᵀAp ≤ 0 shows that A is not positive definite,
 * or when rᵀM⁻¹r ≤ 0 shows that the preconditioner is not; the result records which, and carries the
 * true relative residual recomputed from the final x. In exact arithmetic the error after k steps
 * falls at least like 2((√κ − 1)/(√κ + 1))ᵏ in the A-norm, κ the condition number of M⁻¹A.
 *
 * <p>Each iteration costs one product with A, one application of M⁻¹ and about 10n flops; the
 * solver allocates seven vectors of length n up front and nothing per iteration. Instances are
 * immutable and thread-safe; the operator and preconditioner must be safe to call from the
 * solving thread.
 */
public final class ConjugateGradient {

    /** The largest relative difference between aᵢⱼ and aⱼᵢ accepted as symmetric. */
    private static final double SYMMETRY_TOLERANCE = 1e-12;

    private final double tolerance;
    private final int maxIterations;

    private ConjugateGradient(double tolerance, int maxIterations) {
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /**
     * Creates a solver.
     *
     * @param tolerance the relative residual to reach, in (0, 1)
     * @param maxIterations the iteration cap, at least 1
     * @return the solver
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static ConjugateGradient of(double tolerance, int maxIterations) {
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        return new ConjugateGradient(tolerance, maxIterations);
    }

    /**
     * Solves Ax = b for a symmetric sparse matrix, starting from x = 0.
     *
     * <p>The product reads each column of A as the matching row, which is right only for a
     * symmetric A, so A is checked first: every stored aᵢⱼ needs a partner aⱼᵢ that differs by at
     * most 10⁻¹² of the larger magnitude (an absent partner counts as 0, and repeated entries of a
     * position count as their sum, as in the product). The check costs one pass
     * over the entries with a binary search in each partner column, and a sorted copy of A when
     * its row indices are not sorted.
     *
     * @param a the matrix, square and symmetric
     * @param b the right-hand side, finite, of length n; read only
     * @param preconditioner M⁻¹, for example {@link JacobiPreconditioner} or {@link IncompleteCholesky}
     * @return the result
     * @throws IllegalArgumentException if an argument is null, {@code a} is not square, not
     *     symmetric or has a non-finite entry or a row index out of range, or b has the wrong length
     *     or a non-finite entry
     */
    public ConjugateGradientResult solve(DMatrixSparseCSC a, double[] b, Preconditioner preconditioner) {
        if (a == null || b == null || preconditioner == null) {
            throw new IllegalArgumentException("matrix, b and preconditioner must not be null, got "
                    + (a == null ? "null" : "a matrix") + ", " + (b == null ? "null" : "b") + ", "
                    + (preconditioner == null ? "null (use Preconditioner.NONE)" : "a preconditioner"));
        }
        LinearOperator product = LinearOperator.ofSymmetric(a);
        if (b.length != a.numCols) {
            throw new IllegalArgumentException("b must have length " + a.numCols + " to match the matrix, got "
                    + b.length);
        }
        requireSymmetric(a);
        return solve(product, b, preconditioner, ProgressListener.NONE);
    }

    private static void requireSymmetric(DMatrixSparseCSC a) {
        DMatrixSparseCSC sorted = a;
        if (!a.indicesSorted) {
            sorted = a.copy();
            sorted.sortIndices(null);
        }
        int[] start = sorted.col_idx;
        int[] rows = sorted.nz_rows;
        double[] values = sorted.nz_values;
        for (int j = 0; j < sorted.numCols; j++) {
            int k = start[j];
            while (k < start[j + 1]) {
                int i = rows[k];
                if (i < 0 || i >= sorted.numRows) {
                    throw new IllegalArgumentException("matrix row index must be in [0, " + sorted.numRows
                            + "), got " + i + " in column " + j);
                }
                // The product adds up repeated entries of a position, so the check does too.
                double aij = 0;
                for (; k < start[j + 1] && rows[k] == i; k++) {
                    if (!Double.isFinite(values[k])) {
                        throw new IllegalArgumentException("matrix entries must be finite, got " + values[k]
                                + " at (" + i + ", " + j + ")");
                    }
                    aij += values[k];
                }
                if (i == j) {
                    continue;
                }
                double aji = entry(rows, values, start[i], start[i + 1], j);
                if (Math.abs(aij - aji) > SYMMETRY_TOLERANCE * Math.max(Math.abs(aij), Math.abs(aji))) {
                    throw new IllegalArgumentException("matrix must be symmetric for conjugate gradients: entry ("
                            + i + ", " + j + ") is " + aij + " but (" + j + ", " + i + ") is " + aji);
                }
            }
        }
    }

    /** Returns the sum of the entries in row {@code row} among the sorted positions [from, to), or 0. */
    private static double entry(int[] rows, double[] values, int from, int to, int row) {
        int k = Arrays.binarySearch(rows, from, to, row);
        if (k < 0) {
            return 0;
        }
        while (k > from && rows[k - 1] == row) {
            k--;
        }
        double sum = 0;
        for (; k < to && rows[k] == row; k++) {
            sum += values[k];
        }
        return sum;
    }

    /**
     * Solves Ax = b for a symmetric operator, starting from x = 0.
     *
     * @param a the operator x ↦ Ax
     * @param b the right-hand side, finite; its length is the dimension; read only
     * @param preconditioner M⁻¹
     * @param listener receives (iterations done, iteration cap) after every iteration
     * @return the result
     * @throws IllegalArgumentException if an argument is null, or b is empty or has a non-finite entry
     */
    public ConjugateGradientResult solve(LinearOperator a, double[] b, Preconditioner preconditioner,
            ProgressListener listener) {
        if (a == null || b == null || preconditioner == null || listener == null) {
            throw new IllegalArgumentException("operator, b, preconditioner and listener must not be null, got "
                    + (a == null ? "null" : "an operator") + ", " + (b == null ? "null" : "b") + ", "
                    + (preconditioner == null ? "null (use Preconditioner.NONE)" : "a preconditioner") + ", "
                    + (listener == null ? "null (use ProgressListener.NONE)" : "a listener"));
        }
        int n = b.length;
        if (n == 0) {
            throw new IllegalArgumentException("b must have at least one entry, got 0");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(b[i])) {
                throw new IllegalArgumentException("b entries must be finite, got " + b[i] + " at " + i);
            }
        }
        // The iteration runs on b/2^e, with 2^e the power of two just below max|bᵢ|, so that ‖b‖²
        // neither underflows (b near 1e-162) nor overflows (b near 1e155); x scales back exactly.
        int exponent = exponent(b);
        double[] rhs = new double[n];
        for (int i = 0; i < n; i++) {
            rhs[i] = Math.scalb(b[i], -exponent);
        }
        double[] x = new double[n];
        double bNorm = Math.sqrt(dot(rhs, rhs));
        if (bNorm == 0) {
            return new ConjugateGradientResult(x, ConjugateGradientResult.Status.CONVERGED, 0, 0, Double.NaN, null);
        }
        double[] r = rhs.clone();
        double[] z = new double[n];
        double[] p = new double[n];
        double[] q = new double[n];
        double threshold = tolerance * bNorm;

        preconditioner.apply(r, z);
        System.arraycopy(z, 0, p, 0, n);
        double rz = dot(r, z);
        requireInRange(rz, 0);
        if (!(rz > 0)) {
            return finish(a, rhs, exponent, x, bNorm, ConjugateGradientResult.Status.PRECONDITIONER_NOT_POSITIVE, 0,
                    Double.NaN, null);
        }
        int iteration = 0;
        ConjugateGradientResult.Status status = ConjugateGradientResult.Status.ITERATION_LIMIT;
        while (iteration < maxIterations) {
            a.apply(p, q);
            double pq = dot(p, q);
            requireInRange(pq, iteration);
            if (!(pq > 0)) {
                return finish(a, rhs, exponent, x, bNorm, ConjugateGradientResult.Status.NEGATIVE_CURVATURE, iteration,
                        pq / dot(p, p), p);
            }
            double alpha = rz / pq;
            requireInRange(alpha, iteration);
            for (int i = 0; i < n; i++) {
                x[i] += alpha * p[i];
                r[i] -= alpha * q[i];
            }
            double rr = dot(r, r);
            requireInRange(rr, iteration);
            iteration++;
            listener.progress(iteration, maxIterations);
            if (Math.sqrt(rr) <= threshold) {
                status = ConjugateGradientResult.Status.CONVERGED;
                break;
            }
            preconditioner.apply(r, z);
            double rzNext = dot(r, z);
            requireInRange(rzNext, iteration);
            if (!(rzNext > 0)) {
                status = ConjugateGradientResult.Status.PRECONDITIONER_NOT_POSITIVE;
                break;
            }
            double beta = rzNext / rz;
            rz = rzNext;
            for (int i = 0; i < n; i++) {
                p[i] = z[i] + beta * p[i];
            }
        }
        return finish(a, rhs, exponent, x, bNorm, status, iteration, Double.NaN, null);
    }

    /**
     * Throws when an inner product or step size is NaN or infinite: the operator or preconditioner
     * returned such an entry, or A, M⁻¹ or x spans magnitudes beyond the double range. The iteration
     * would otherwise report NaN as a status.
     */
    private static void requireInRange(double value, int iteration) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("conjugate gradients left the double range at iteration " + iteration
                    + " (an inner product or step is " + value + "): either the operator or the preconditioner"
                    + " returned a NaN or infinite entry, or A, b and the solution span magnitudes beyond"
                    + " 1e-300 to 1e300; check both, or scale A or b");
        }
    }

    /** Returns e with 2^e ≤ max|bᵢ| < 2^(e+1), also for subnormal entries, and 0 when b = 0. */
    private static int exponent(double[] b) {
        double max = 0;
        for (double value : b) {
            max = Math.max(max, Math.abs(value));
        }
        if (max == 0) {
            return 0;
        }
        if (max < Double.MIN_NORMAL) {
            return Math.getExponent(max * 0x1p600) - 600;
        }
        return Math.getExponent(max);
    }

    private static ConjugateGradientResult finish(LinearOperator a, double[] rhs, int exponent, double[] x,
            double bNorm, ConjugateGradientResult.Status status, int iterations, double curvature, double[] direction) {
        double[] ax = new double[rhs.length];
        a.apply(x, ax);
        double sum = 0;
        for (int i = 0; i < rhs.length; i++) {
            double ri = rhs[i] - ax[i];
            sum += ri * ri;
        }
        double[] solution = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            solution[i] = Math.scalb(x[i], exponent);
            if (!Double.isFinite(solution[i])) {
                throw new ArithmeticException("solution is beyond the double range: entry " + i + " is about 2^"
                        + (Math.getExponent(x[i]) + exponent));
            }
        }
        return new ConjugateGradientResult(solution, status, iterations, Math.sqrt(sum) / bNorm, curvature, direction);
    }

    /**
     * Returns xᵀy. Four partial sums break the chain of dependent additions, which would otherwise
     * bound the loop by the latency of one addition per entry, a quarter of its throughput.
     */
    private static double dot(double[] x, double[] y) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int n = x.length;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            s0 = Math.fma(x[i], y[i], s0);
            s1 = Math.fma(x[i + 1], y[i + 1], s1);
            s2 = Math.fma(x[i + 2], y[i + 2], s2);
            s3 = Math.fma(x[i + 3], y[i + 3], s3);
        }
        for (; i < n; i++) {
            s0 = Math.fma(x[i], y[i], s0);
        }
        return (s0 + s1) + (s2 + s3);
    }
}
