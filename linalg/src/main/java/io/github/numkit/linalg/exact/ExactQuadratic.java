package io.github.numkit.linalg.exact;

import io.github.numkit.linalg.quadratic.Definiteness;
import io.github.numkit.linalg.quadratic.Extremum;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact classification and solution of f(x) = xᵀAx + bᵀx + c for small rational problems, the
 * teaching answer and an independent oracle for the floating-point solver.
 *
 * <p>Only the symmetric part S = (A + Aᵀ)/2 matters. The inertia of S (how many eigenvalues are
 * positive, negative and zero) comes from its characteristic polynomial det(λI − S), computed by
 * the Faddeev–LeVerrier recurrence: because every root of that polynomial is real, Descartes' rule
 * of signs counts the positive and negative roots exactly. The stationary set solves 2Sx = −b by
 * Gauss–Jordan elimination; when S is singular the answer is its member of minimum Euclidean norm,
 * the component orthogonal to the null space, which is rational too. At a stationary point
 * f(x*) = c + (bᵀx*)/2.
 *
 * <p>Cost: O(n⁴) rational operations for the characteristic polynomial, whose numbers grow with n,
 * so the size is limited to {@value #MAX_DIMENSION}. Stateless and thread-safe.
 */
public final class ExactQuadratic {

    /** The largest accepted number of variables. */
    public static final int MAX_DIMENSION = 32;

    private ExactQuadratic() {
    }

    /**
     * Solves the form whose entries are the exact values of the given doubles.
     *
     * @param matrix A, square, finite, at most {@value #MAX_DIMENSION} rows
     * @param linear b, of length n, finite
     * @param constant c, finite
     * @return the exact solution
     * @throws IllegalArgumentException if a dimension is wrong or an entry is not finite
     */
    public static ExactSolution solve(double[][] matrix, double[] linear, double constant) {
        if (matrix == null || linear == null) {
            throw new IllegalArgumentException("matrix and linear must not be null, got "
                    + (matrix == null ? "matrix null" : "linear null"));
        }
        Rational[][] a = new Rational[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            if (matrix[i] == null) {
                throw new IllegalArgumentException("matrix row " + i + " must not be null");
            }
            a[i] = new Rational[matrix[i].length];
            for (int j = 0; j < matrix[i].length; j++) {
                a[i][j] = exact("matrix", matrix[i][j]);
            }
        }
        Rational[] b = new Rational[linear.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = exact("linear", linear[i]);
        }
        return solve(a, b, exact("constant", constant));
    }

    /**
     * Solves the form exactly.
     *
     * @param matrix A, square, non-empty, at most {@value #MAX_DIMENSION} rows, no null entries
     * @param linear b, of length n
     * @param constant c
     * @return the exact classification, stationary point and value
     * @throws IllegalArgumentException if a dimension is wrong or an entry is null
     */
    public static ExactSolution solve(Rational[][] matrix, Rational[] linear, Rational constant) {
        int n = checkSquare(matrix);
        if (linear == null || linear.length != n) {
            throw new IllegalArgumentException("linear must have length " + n + ", got "
                    + (linear == null ? "null" : String.valueOf(linear.length)));
        }
        for (int i = 0; i < n; i++) {
            if (linear[i] == null) {
                throw new IllegalArgumentException("linear entry " + i + " must not be null");
            }
        }
        if (constant == null) {
            throw new IllegalArgumentException("constant must not be null");
        }

        Rational half = Rational.of(1, 2);
        Rational[][] s = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = matrix[i][j].add(matrix[j][i]).multiply(half);
            }
        }

        Rational[] polynomial = characteristicPolynomial(s);
        int zeros = 0;
        while (zeros < n && polynomial[zeros].signum() == 0) {
            zeros++;
        }
        int positive = signChanges(polynomial, false);
        int negative = signChanges(polynomial, true);

        // Gauss–Jordan on [2S | −b].
        Rational[][] augmented = new Rational[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                augmented[i][j] = s[i][j].add(s[i][j]);
            }
            augmented[i][n] = linear[i].negate();
        }
        List<Integer> pivots = reduce(augmented, n, n + 1);
        boolean consistent = !pivots.contains(n);
        Rational[][] nullSpace = nullSpace(augmented, pivots, n);

        Rational[] point = null;
        Rational value = null;
        if (consistent) {
            Rational[] particular = new Rational[n];
            java.util.Arrays.fill(particular, Rational.ZERO);
            for (int row = 0; row < pivots.size(); row++) {
                particular[pivots.get(row)] = augmented[row][n];
            }
            point = orthogonalToNullSpace(particular, nullSpace);
            value = constant;
            for (int i = 0; i < n; i++) {
                value = value.add(linear[i].multiply(point[i]).multiply(half));
            }
        }

        Definiteness definiteness;
        Extremum extremum;
        if (positive == 0 && negative == 0) {
            definiteness = Definiteness.ZERO;
            extremum = consistent ? Extremum.CONSTANT : Extremum.AFFINE;
        } else if (zeros == 0 && negative == 0) {
            definiteness = Definiteness.POSITIVE_DEFINITE;
            extremum = Extremum.MINIMUM;
        } else if (zeros == 0 && positive == 0) {
            definiteness = Definiteness.NEGATIVE_DEFINITE;
            extremum = Extremum.MAXIMUM;
        } else if (positive > 0 && negative > 0) {
            definiteness = Definiteness.INDEFINITE;
            extremum = Extremum.SADDLE;
        } else if (negative == 0) {
            definiteness = Definiteness.POSITIVE_SEMIDEFINITE;
            extremum = consistent ? Extremum.MINIMUM_SET : Extremum.UNBOUNDED_BELOW;
        } else {
            definiteness = Definiteness.NEGATIVE_SEMIDEFINITE;
            extremum = consistent ? Extremum.MAXIMUM_SET : Extremum.UNBOUNDED_ABOVE;
        }
        return new ExactSolution(definiteness, extremum, positive, negative, n - zeros, point, value, nullSpace);
    }

    /**
     * Returns the coefficients p₀, …, pₙ of det(λI − S) = Σ pₖλᵏ (pₙ = 1) by the Faddeev–LeVerrier
     * recurrence M₁ = I, p_{n−k} = −tr(S·Mₖ)/k, M_{k+1} = S·Mₖ + p_{n−k}·I.
     */
    static Rational[] characteristicPolynomial(Rational[][] s) {
        int n = s.length;
        Rational[] p = new Rational[n + 1];
        p[n] = Rational.ONE;
        Rational[][] m = identity(n);
        for (int k = 1; k <= n; k++) {
            Rational[][] sm = multiply(s, m);
            Rational trace = Rational.ZERO;
            for (int i = 0; i < n; i++) {
                trace = trace.add(sm[i][i]);
            }
            p[n - k] = trace.negate().divide(Rational.of(k));
            for (int i = 0; i < n; i++) {
                sm[i][i] = sm[i][i].add(p[n - k]);
            }
            m = sm;
        }
        return p;
    }

    /** Counts sign changes of p(λ), or of p(−λ) when {@code negated}, skipping zero coefficients. */
    private static int signChanges(Rational[] p, boolean negated) {
        int changes = 0;
        int last = 0;
        for (int k = p.length - 1; k >= 0; k--) {
            int sign = p[k].signum();
            if (negated && k % 2 == 1) {
                sign = -sign;
            }
            if (sign != 0) {
                if (last != 0 && sign != last) {
                    changes++;
                }
                last = sign;
            }
        }
        return changes;
    }

    /** Brings the first {@code columns} columns to reduced row echelon form; returns the pivot columns. */
    private static List<Integer> reduce(Rational[][] m, int rows, int columns) {
        List<Integer> pivots = new ArrayList<>();
        int row = 0;
        for (int col = 0; col < columns && row < rows; col++) {
            int pivot = row;
            while (pivot < rows && m[pivot][col].signum() == 0) {
                pivot++;
            }
            if (pivot == rows) {
                continue;
            }
            Rational[] swap = m[row];
            m[row] = m[pivot];
            m[pivot] = swap;
            Rational inverse = Rational.ONE.divide(m[row][col]);
            for (int j = col; j < m[row].length; j++) {
                m[row][j] = m[row][j].multiply(inverse);
            }
            for (int i = 0; i < rows; i++) {
                if (i != row && m[i][col].signum() != 0) {
                    Rational factor = m[i][col];
                    for (int j = col; j < m[i].length; j++) {
                        m[i][j] = m[i][j].subtract(factor.multiply(m[row][j]));
                    }
                }
            }
            pivots.add(col);
            row++;
        }
        return pivots;
    }

    /** Reads a null-space basis of the first n columns from a matrix in reduced row echelon form. */
    private static Rational[][] nullSpace(Rational[][] rref, List<Integer> pivots, int n) {
        List<Rational[]> basis = new ArrayList<>();
        for (int free = 0; free < n; free++) {
            if (pivots.contains(free)) {
                continue;
            }
            Rational[] v = new Rational[n];
            java.util.Arrays.fill(v, Rational.ZERO);
            v[free] = Rational.ONE;
            for (int row = 0; row < pivots.size(); row++) {
                int pivot = pivots.get(row);
                if (pivot < n) {
                    v[pivot] = rref[row][free].negate();
                }
            }
            basis.add(v);
        }
        return basis.toArray(new Rational[0][]);
    }

    /** Returns x − N(NᵀN)⁻¹Nᵀx for the basis N given row by row, the component of x orthogonal to it. */
    private static Rational[] orthogonalToNullSpace(Rational[] x, Rational[][] basis) {
        int k = basis.length;
        int n = x.length;
        if (k == 0) {
            return x;
        }
        Rational[][] gram = new Rational[k][k + 1];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                gram[i][j] = dot(basis[i], basis[j]);
            }
            gram[i][k] = dot(basis[i], x);
        }
        reduce(gram, k, k);
        Rational[] result = x.clone();
        for (int i = 0; i < k; i++) {
            Rational coefficient = gram[i][k];
            for (int j = 0; j < n; j++) {
                result[j] = result[j].subtract(coefficient.multiply(basis[i][j]));
            }
        }
        return result;
    }

    private static Rational dot(Rational[] x, Rational[] y) {
        Rational sum = Rational.ZERO;
        for (int i = 0; i < x.length; i++) {
            sum = sum.add(x[i].multiply(y[i]));
        }
        return sum;
    }

    private static Rational[][] multiply(Rational[][] x, Rational[][] y) {
        int n = x.length;
        Rational[][] result = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Rational sum = Rational.ZERO;
                for (int k = 0; k < n; k++) {
                    sum = sum.add(x[i][k].multiply(y[k][j]));
                }
                result[i][j] = sum;
            }
        }
        return result;
    }

    private static Rational[][] identity(int n) {
        Rational[][] id = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(id[i], Rational.ZERO);
            id[i][i] = Rational.ONE;
        }
        return id;
    }

    private static int checkSquare(Rational[][] a) {
        if (a == null || a.length == 0) {
            throw new IllegalArgumentException("matrix must be a non-empty square matrix, got "
                    + (a == null ? "null" : "0 rows"));
        }
        int n = a.length;
        if (n > MAX_DIMENSION) {
            throw new IllegalArgumentException("matrix must have at most " + MAX_DIMENSION
                    + " rows for exact solving, got " + n);
        }
        for (int i = 0; i < n; i++) {
            if (a[i] == null || a[i].length != n) {
                throw new IllegalArgumentException("matrix must be square, got " + n + " rows but row " + i
                        + " has " + (a[i] == null ? "no" : String.valueOf(a[i].length)) + " entries");
            }
            for (int j = 0; j < n; j++) {
                if (a[i][j] == null) {
                    throw new IllegalArgumentException("matrix entry (" + i + ", " + j + ") must not be null");
                }
            }
        }
        return n;
    }

    private static Rational exact(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " entries must be finite, got " + value);
        }
        return Rational.valueOf(value);
    }
}
