package io.github.numkit.linalg.exact;

import io.github.numkit.linalg.quadratic.Definiteness;
import io.github.numkit.linalg.quadratic.Extremum;
import io.github.numkit.linalg.ProgressListener;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact classification and solution of f(x) = xᵀAx + bᵀx + c for small rational problems, the
 * teaching answer and an independent oracle for the floating-point solver.
 *
 * <p>Only the symmetric part S = (A + Aᵀ)/2 matters. The inertia of S (how many eigenvalues are
 * positive, negative and zero) comes from a symmetric elimination S = L·D·Lᵀ, whose diagonal D
 * has the inertia of S by Sylvester's law of inertia. When the remaining diagonal is zero but an
 * entry sᵢⱼ is not, adding row and column j to row and column i (a congruence) puts 2sᵢⱼ on the
 * diagonal. The stationary set solves 2Sx = −b by Gauss–Jordan elimination; when S is singular the answer is its member of minimum Euclidean norm,
 * the component orthogonal to the null space, which is rational too. At a stationary point
 * f(x*) = c + (bᵀx*)/2.
 *
 * <p>Both steps run on integers: S and b are first multiplied by the least common multiple of
 * their denominators (a power of two for double input), which changes neither the inertia nor the
 * solution. Both eliminations are then Bareiss's fraction-free form, whose entries are minors of
 * the integer matrix and whose divisions are exact, so no step takes a greatest common divisor of
 * large numbers. Rationals appear only for the final reduced echelon form and the minimum-norm
 * projection.
 *
 * <p>Cost: O(n³) integer operations on numbers of up to about n·w bits, when the scaled entries
 * have w bits. So the time depends on the spread of exponents in A as much as on n: a matrix of
 * small integers at n = 32 takes milliseconds, while entries whose exponents range over ±300 with
 * a 1e300 diagonal (w ≈ 1650) took about 1 s at n = 8, 5 s at n = 14 and 40 s at n = 32 on a
 * shared 2-core machine. The optional {@link ProgressListener} reports each elimination step, and
 * the size is limited to {@value #MAX_DIMENSION}. Stateless and thread-safe.
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
        return solve(matrix, linear, constant, ProgressListener.NONE);
    }

    /**
     * Solves the form whose entries are the exact values of the given doubles, reporting progress.
     *
     * @param matrix A, square, finite, at most {@value #MAX_DIMENSION} rows
     * @param linear b, of length n, finite
     * @param constant c, finite
     * @param listener receives (steps done, 2n + 1) after each elimination step
     * @return the exact solution
     * @throws IllegalArgumentException if a dimension is wrong, an entry is not finite or the
     *     listener is null
     */
    public static ExactSolution solve(double[][] matrix, double[] linear, double constant,
            ProgressListener listener) {
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
        return solve(a, b, exact("constant", constant), listener);
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
        return solve(matrix, linear, constant, ProgressListener.NONE);
    }

    /**
     * Solves the form exactly, reporting progress.
     *
     * @param matrix A, square, non-empty, at most {@value #MAX_DIMENSION} rows, no null entries
     * @param linear b, of length n
     * @param constant c
     * @param listener receives (steps done, 2n + 1) after each elimination step
     * @return the exact classification, stationary point and value
     * @throws IllegalArgumentException if a dimension is wrong, an entry is null or the listener is
     *     null
     */
    public static ExactSolution solve(Rational[][] matrix, Rational[] linear, Rational constant,
            ProgressListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must not be null; use ProgressListener.NONE");
        }
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

        // T = L·S and the right-hand side K·L·(−b) are integer, with L and K the least common
        // multiples of the denominators; 2T·x = −K·L·b has the same solutions as 2S·x = −b.
        BigInteger scale = commonDenominator(s);
        BigInteger[][] t = new BigInteger[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[i][j] = integer(s[i][j], scale);
            }
        }
        Rational[] rhs = new Rational[n];
        for (int i = 0; i < n; i++) {
            rhs[i] = linear[i].negate().multiply(Rational.of(scale, BigInteger.ONE));
        }
        BigInteger rhsScale = commonDenominator(new Rational[][] {rhs});

        long total = 2L * n + 1;
        int[] inertia = inertia(t, listener, total);
        int positive = inertia[0];
        int negative = inertia[1];
        int zeros = n - positive - negative;

        // Fraction-free Gauss–Jordan on the integer system [2K·T | K·L·(−b)].
        BigInteger[][] integerAugmented = new BigInteger[n][n + 1];
        BigInteger twice = rhsScale.shiftLeft(1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                integerAugmented[i][j] = t[i][j].multiply(twice);
            }
            integerAugmented[i][n] = integer(rhs[i], rhsScale);
        }
        List<Integer> pivots = new ArrayList<>();
        Rational[][] augmented = fractionFreeReduce(integerAugmented, n, n + 1, pivots, listener, total);
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
     * Returns the numbers of positive and negative eigenvalues of a symmetric integer matrix. A
     * symmetric elimination T = L·D·Lᵀ has the inertia of D (Sylvester's law of inertia), and in
     * Bareiss's fraction-free form the k-th entry of D is pₖ/pₖ₋₁ for the successive pivots p
     * (p₀ = 1), so its sign is the product of their signs. Pivots are taken from the diagonal.
     */
    private static int[] inertia(BigInteger[][] symmetric, ProgressListener listener, long total) {
        int n = symmetric.length;
        BigInteger[][] m = new BigInteger[n][];
        for (int i = 0; i < n; i++) {
            m[i] = symmetric[i].clone();
        }
        int positive = 0;
        int negative = 0;
        BigInteger previous = BigInteger.ONE;
        for (int k = 0; k < n; k++) {
            int r = k;
            while (r < n && m[r][r].signum() == 0) {
                r++;
            }
            if (r == n) {
                r = makeDiagonalNonzero(m, k);
                if (r < 0) {
                    break;
                }
            }
            swapSymmetric(m, k, r);
            BigInteger p = m[k][k];
            if (p.signum() == previous.signum()) {
                positive++;
            } else {
                negative++;
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j <= i; j++) {
                    BigInteger update = p.multiply(m[i][j]);
                    if (m[i][k].signum() != 0 && m[k][j].signum() != 0) {
                        update = update.subtract(m[i][k].multiply(m[k][j]));
                    }
                    m[i][j] = exactQuotient(update, previous);
                    m[j][i] = m[i][j];
                }
            }
            for (int i = k + 1; i < n; i++) {
                m[i][k] = BigInteger.ZERO;
                m[k][i] = BigInteger.ZERO;
            }
            previous = p;
            listener.progress(k + 1, total);
        }
        listener.progress(n, total);
        return new int[] {positive, negative};
    }

    /**
     * Where the trailing block from index k has a zero diagonal but a nonzero entry mᵢⱼ, adds row
     * and column j to row and column i, a unimodular congruence that keeps the inertia and leaves
     * 2mᵢⱼ on the diagonal. Returns i, or −1 when the block is zero.
     */
    private static int makeDiagonalNonzero(BigInteger[][] m, int k) {
        int n = m.length;
        for (int i = k; i < n; i++) {
            for (int j = k; j < n; j++) {
                if (i != j && m[i][j].signum() != 0) {
                    for (int l = k; l < n; l++) {
                        m[i][l] = m[i][l].add(m[j][l]);
                    }
                    for (int l = k; l < n; l++) {
                        m[l][i] = m[l][i].add(m[l][j]);
                    }
                    return i;
                }
            }
        }
        return -1;
    }

    private static void swapSymmetric(BigInteger[][] m, int a, int b) {
        if (a == b) {
            return;
        }
        BigInteger[] row = m[a];
        m[a] = m[b];
        m[b] = row;
        for (BigInteger[] r : m) {
            BigInteger value = r[a];
            r[a] = r[b];
            r[b] = value;
        }
    }

    /**
     * Brings the first {@code columns} columns of an integer matrix to reduced row echelon form by
     * Bareiss's fraction-free Gauss–Jordan elimination, adds the pivot columns to {@code pivots},
     * and returns the reduced form as rationals. Every update (p·mᵢⱼ − mᵢc·m_rⱼ)/p_prev divides
     * exactly, because each entry is a minor of the input, and at the end every pivot row holds the
     * same pivot d, so the reduced form is the matrix divided by d.
     */
    private static Rational[][] fractionFreeReduce(BigInteger[][] m, int rows, int columns, List<Integer> pivots,
            ProgressListener listener, long total) {
        BigInteger previous = BigInteger.ONE;
        int row = 0;
        for (int col = 0; col < columns && row < rows; col++) {
            listener.progress(rows + col, total);
            int pivot = row;
            while (pivot < rows && m[pivot][col].signum() == 0) {
                pivot++;
            }
            if (pivot == rows) {
                continue;
            }
            BigInteger[] swap = m[row];
            m[row] = m[pivot];
            m[pivot] = swap;
            BigInteger p = m[row][col];
            for (int i = 0; i < rows; i++) {
                if (i == row) {
                    continue;
                }
                BigInteger factor = m[i][col];
                for (int j = 0; j < m[i].length; j++) {
                    if (j == col) {
                        continue;
                    }
                    BigInteger update = p.multiply(m[i][j]);
                    if (factor.signum() != 0 && m[row][j].signum() != 0) {
                        update = update.subtract(factor.multiply(m[row][j]));
                    }
                    m[i][j] = exactQuotient(update, previous);
                }
                m[i][col] = BigInteger.ZERO;
            }
            previous = p;
            pivots.add(col);
            row++;
        }
        listener.progress(total, total);
        Rational[][] reduced = new Rational[rows][];
        for (int i = 0; i < rows; i++) {
            reduced[i] = new Rational[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                reduced[i][j] = i < row ? Rational.of(m[i][j], previous) : Rational.of(m[i][j], BigInteger.ONE);
            }
        }
        return reduced;
    }

    private static BigInteger exactQuotient(BigInteger dividend, BigInteger divisor) {
        BigInteger[] quotientAndRemainder = dividend.divideAndRemainder(divisor);
        if (quotientAndRemainder[1].signum() != 0) {
            throw new IllegalStateException("inexact division of " + dividend.bitLength() + "-bit integer by "
                    + divisor + "; the fraction-free recurrence is broken");
        }
        return quotientAndRemainder[0];
    }

    /** Returns the least common multiple of the denominators of the entries. */
    private static BigInteger commonDenominator(Rational[][] rows) {
        BigInteger lcm = BigInteger.ONE;
        for (Rational[] row : rows) {
            for (Rational value : row) {
                BigInteger d = value.denominator();
                if (!d.equals(BigInteger.ONE)) {
                    lcm = lcm.divide(lcm.gcd(d)).multiply(d);
                }
            }
        }
        return lcm;
    }

    /** Returns value·scale, which must be an integer. */
    private static BigInteger integer(Rational value, BigInteger scale) {
        return exactQuotient(value.numerator().multiply(scale), value.denominator());
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
