package io.github.numkit.linalg.quadratic;

import java.util.Arrays;

/**
 * Allocation-free classification and stationary point of f(x) = xᵀAx + bᵀx + c for n = 2 and
 * n = 3, for callers that solve millions of tiny problems in a loop. A is given by the entries of
 * its symmetric part (for a learner's term k·xᵢxⱼ with i ≠ j, aᵢⱼ = k/2).
 *
 * <p>The classification rule is the one of {@link QuadraticForm}: an eigenvalue counts as zero
 * when |λ| ≤ 16·n·ε·max|λ|. For n = 2 the eigenvalues are in closed form: λ₁ = m ± hypot((a₁₁ −
 * a₂₂)/2, a₁₂) for the one of larger magnitude, and λ₂ = det(A)/λ₁ with det(A) formed by Kahan's
 * fused multiply-add difference of products, so the small eigenvalue keeps its relative accuracy.
 * For n = 3 a nonsingular matrix is recognised by |det A| > 1000·ε·‖A‖³_F (every |λ| is at least
 * |det A|/‖A‖²_F), and Descartes' rule on its characteristic polynomial, whose roots are real,
 * counts the positive eigenvalues. Otherwise the eigenvalues come from cyclic Jacobi rotations on
 * local variables (at most 10 sweeps of three rotations), because the cubic-formula closed form
 * loses about half the digits of a double eigenvalue, as in the rank-one matrix u·uᵀ, and would
 * misclassify it. The point is x* = −adj(A)·b/(2·det A),
 * Cramer's rule.
 *
 * <p>A is divided by the power of two 2^p just below max|aᵢⱼ| and b by the power 2^q just below
 * max|bᵢ| before anything else, and x is multiplied by 2^(q−p) at the end. These scalings are
 * exact, so the answer is the same for A, 2⁻⁹⁰⁰·A and 2⁹⁰⁰·A, and no determinant or eigenvalue
 * overflows or underflows. An entry of x beyond the double range comes out as ±∞.
 *
 * <p>When A is singular by that rule, x is filled with NaN and the returned definiteness reports
 * it. {@link QuadraticForm#solve()} then gives the full answer (null space, directions,
 * minimum-norm point). Stateless and thread-safe.
 */
public final class SmallQuadratic {

    private static final double EPSILON = Math.ulp(1.0);

    private SmallQuadratic() {
    }

    /**
     * Classifies and solves a two-variable form.
     *
     * @param a11 entry (1, 1) of A
     * @param a12 entry (1, 2) of the symmetric part of A
     * @param a22 entry (2, 2) of A
     * @param b1 coefficient of x₁
     * @param b2 coefficient of x₂
     * @param x output of length at least 2: the stationary point when A is nonsingular, NaN otherwise
     * @return the definiteness of A
     * @throws IllegalArgumentException if an entry is not finite or x is shorter than 2
     */
    public static Definiteness solve2(double a11, double a12, double a22, double b1, double b2, double[] x) {
        // The rare paths live in small methods of their own, so that this one stays short enough
        // for the JIT to inline it into the caller's loop.
        requireValid(a11, a12, a22, b1, b2, x);
        int p = exponentOfMax(Math.max(magnitude(a11), Math.max(magnitude(a12), magnitude(a22))));
        int q = exponentOfMax(Math.max(magnitude(b1), magnitude(b2)));
        double matrixScale = powerOfTwo(-p);
        double linearScale = powerOfTwo(-q);
        if (matrixScale == 0 || linearScale == 0) {
            return classify2(Math.scalb(a11, -p), Math.scalb(a12, -p), Math.scalb(a22, -p), Math.scalb(b1, -q),
                    Math.scalb(b2, -q), q - p, x);
        }
        return classify2(a11 * matrixScale, a12 * matrixScale, a22 * matrixScale, b1 * linearScale,
                b2 * linearScale, q - p, x);
    }

    /**
     * Classifies and solves the 2×2 form scaled so that max|aᵢⱼ| and max|bᵢ| lie in [1, 2), and
     * writes x multiplied by 2^exponent.
     */
    private static Definiteness classify2(double a11, double a12, double a22, double b1, double b2, int exponent,
            double[] x) {
        // With max|aᵢⱼ| in [1, 2), the square root of the sum of squares neither overflows nor
        // loses anything but terms below ε of the result; Math.hypot, which guards against both,
        // costs several times as much.
        double mean = 0.5 * a11 + 0.5 * a22;
        double half = 0.5 * a11 - 0.5 * a22;
        double radius = Math.sqrt(half * half + a12 * a12);
        double larger = mean >= 0 ? mean + radius : mean - radius;
        double det = differenceOfProducts(a11, a22, a12, a12);
        // The smaller eigenvalue is det/larger. Testing |det| against tolerance·|larger| instead
        // of dividing keeps a division off the chain from the entries to the classification.
        double tolerance = 16 * 2 * EPSILON * Math.abs(larger);
        if (larger == 0 || Math.abs(det) <= tolerance * Math.abs(larger)) {
            return singular2(larger, x);
        }
        double back = powerOfTwo(exponent);
        x[0] = scaled(-differenceOfProducts(a22, b1, a12, b2) / (2 * det), back, exponent) + 0.0;
        x[1] = scaled(-differenceOfProducts(a11, b2, a12, b1) / (2 * det), back, exponent) + 0.0;
        // Both eigenvalues have the sign of larger when det > 0, opposite signs when det < 0.
        if (det < 0) {
            return Definiteness.INDEFINITE;
        }
        return larger > 0 ? Definiteness.POSITIVE_DEFINITE : Definiteness.NEGATIVE_DEFINITE;
    }

    private static void requireValid(double a11, double a12, double a22, double b1, double b2, double[] x) {
        if (!(Double.isFinite(a11) && Double.isFinite(a12) && Double.isFinite(a22) && Double.isFinite(b1)
                && Double.isFinite(b2)) || x == null || x.length < 2) {
            throw invalid(2, x, a11, a12, a22, b1, b2);
        }
    }

    /**
     * Returns the bits of |v|. For numbers that are not NaN these compare as longs in the order of
     * the magnitudes, so a maximum of them costs integer comparisons only.
     */
    private static long magnitude(double v) {
        return Double.doubleToRawLongBits(v) & Long.MAX_VALUE;
    }

    /**
     * Returns e with 2^e ≤ m < 2^(e+1) for the magnitude m with the given bits, as
     * {@link Compensated#exponent} does, reading the exponent field except for a subnormal m.
     */
    private static int exponentOfMax(long bits) {
        long field = bits >>> 52;
        if (field == 0) {
            return Compensated.exponent(Double.longBitsToDouble(bits));
        }
        return (int) field - Double.MAX_EXPONENT;
    }

    /** Fills x with NaN and returns the definiteness of a singular 2×2 matrix whose other eigenvalue is larger. */
    private static Definiteness singular2(double larger, double[] x) {
        x[0] = Double.NaN;
        x[1] = Double.NaN;
        if (larger == 0) {
            return Definiteness.ZERO;
        }
        return larger > 0 ? Definiteness.POSITIVE_SEMIDEFINITE : Definiteness.NEGATIVE_SEMIDEFINITE;
    }


    /**
     * Classifies and solves a three-variable form.
     *
     * @param a11 entry (1, 1) of A
     * @param a12 entry (1, 2) of the symmetric part of A
     * @param a13 entry (1, 3) of the symmetric part of A
     * @param a22 entry (2, 2) of A
     * @param a23 entry (2, 3) of the symmetric part of A
     * @param a33 entry (3, 3) of A
     * @param b1 coefficient of x₁
     * @param b2 coefficient of x₂
     * @param b3 coefficient of x₃
     * @param x output of length at least 3: the stationary point when A is nonsingular, NaN otherwise
     * @return the definiteness of A
     * @throws IllegalArgumentException if an entry is not finite or x is shorter than 3
     */
    public static Definiteness solve3(double a11, double a12, double a13, double a22, double a23, double a33,
            double b1, double b2, double b3, double[] x) {
        if (!(Double.isFinite(a11) && Double.isFinite(a12) && Double.isFinite(a13) && Double.isFinite(a22)
                && Double.isFinite(a23) && Double.isFinite(a33) && Double.isFinite(b1) && Double.isFinite(b2)
                && Double.isFinite(b3)) || x == null || x.length < 3) {
            throw invalid(3, x, a11, a12, a13, a22, a23, a33, b1, b2, b3);
        }
        int p = exponentOfMax(Math.max(Math.max(magnitude(a11), magnitude(a12)),
                Math.max(Math.max(magnitude(a13), magnitude(a22)), Math.max(magnitude(a23), magnitude(a33)))));
        int q = exponentOfMax(Math.max(magnitude(b1), Math.max(magnitude(b2), magnitude(b3))));
        double matrixScale = powerOfTwo(-p);
        double linearScale = powerOfTwo(-q);
        a11 = scaled(a11, matrixScale, -p);
        a12 = scaled(a12, matrixScale, -p);
        a13 = scaled(a13, matrixScale, -p);
        a22 = scaled(a22, matrixScale, -p);
        a23 = scaled(a23, matrixScale, -p);
        a33 = scaled(a33, matrixScale, -p);
        b1 = scaled(b1, linearScale, -q);
        b2 = scaled(b2, linearScale, -q);
        b3 = scaled(b3, linearScale, -q);
        // Cofactors of the symmetric matrix; adj(A) is symmetric too.
        double c11 = differenceOfProducts(a22, a33, a23, a23);
        double c12 = differenceOfProducts(a13, a23, a12, a33);
        double c13 = differenceOfProducts(a12, a23, a13, a22);
        double c22 = differenceOfProducts(a11, a33, a13, a13);
        double c23 = differenceOfProducts(a12, a13, a11, a23);
        double c33 = differenceOfProducts(a11, a22, a12, a12);
        double det = a11 * c11 + a12 * c12 + a13 * c13;

        // Quick decision: every |λ| ≥ |det|/‖A‖²_F, so |det| > 1000·ε·‖A‖³_F puts every eigenvalue
        // far above the tolerance 48·ε·max|λ| and far above the rounding error of det. Then
        // Descartes' rule on det(λI − A) = λ³ − tr·λ² + (c11 + c22 + c33)·λ − det, whose roots are
        // all real, counts the positive eigenvalues.
        double frobenius = Math.sqrt(a11 * a11 + a22 * a22 + a33 * a33 + 2 * (a12 * a12 + a13 * a13 + a23 * a23));
        if (frobenius > 1e-100 && frobenius < 1e100
                && Math.abs(det) > 1000 * EPSILON * frobenius * frobenius * frobenius) {
            double trace = a11 + a22 + a33;
            double minors = c11 + c22 + c33;
            int positive = signChanges(-trace, minors, -det);
            writePoint(x, det, c11, c12, c13, c22, c23, c33, b1, b2, b3, q - p);
            return positive == 3 ? Definiteness.POSITIVE_DEFINITE
                    : positive == 0 ? Definiteness.NEGATIVE_DEFINITE : Definiteness.INDEFINITE;
        }

        // Cyclic Jacobi rotations drive the off-diagonal entries e to zero, leaving the eigenvalues in d.
        double d1 = a11;
        double d2 = a22;
        double d3 = a33;
        double e12 = a12;
        double e13 = a13;
        double e23 = a23;
        for (int sweep = 0; sweep < 10; sweep++) {
            double off = Math.abs(e12) + Math.abs(e13) + Math.abs(e23);
            double diagonal = Math.abs(d1) + Math.abs(d2) + Math.abs(d3);
            if (off <= 0.25 * EPSILON * EPSILON * diagonal || off == 0) {
                break;
            }
            if (e12 != 0) {
                double t = rotationTangent(d1, d2, e12);
                double c = 1 / Math.sqrt(1 + t * t);
                double s = t * c;
                d1 -= t * e12;
                d2 += t * e12;
                e12 = 0;
                double r13 = c * e13 - s * e23;
                double r23 = s * e13 + c * e23;
                e13 = r13;
                e23 = r23;
            }
            if (e13 != 0) {
                double t = rotationTangent(d1, d3, e13);
                double c = 1 / Math.sqrt(1 + t * t);
                double s = t * c;
                d1 -= t * e13;
                d3 += t * e13;
                e13 = 0;
                double r12 = c * e12 - s * e23;
                double r32 = s * e12 + c * e23;
                e12 = r12;
                e23 = r32;
            }
            if (e23 != 0) {
                double t = rotationTangent(d2, d3, e23);
                double c = 1 / Math.sqrt(1 + t * t);
                double s = t * c;
                d2 -= t * e23;
                d3 += t * e23;
                e23 = 0;
                double r21 = c * e12 - s * e13;
                double r31 = s * e12 + c * e13;
                e12 = r21;
                e13 = r31;
            }
        }
        double largest = Math.max(Math.abs(d1), Math.max(Math.abs(d2), Math.abs(d3)));
        if (largest == 0) {
            Arrays.fill(x, 0, 3, Double.NaN);
            return Definiteness.ZERO;
        }
        double tolerance = 16 * 3 * EPSILON * largest;
        boolean singular = Math.abs(d1) <= tolerance || Math.abs(d2) <= tolerance || Math.abs(d3) <= tolerance;
        if (singular) {
            Arrays.fill(x, 0, 3, Double.NaN);
            boolean anyPositive = d1 > tolerance || d2 > tolerance || d3 > tolerance;
            boolean anyNegative = d1 < -tolerance || d2 < -tolerance || d3 < -tolerance;
            if (anyPositive && anyNegative) {
                return Definiteness.INDEFINITE;
            }
            return anyPositive ? Definiteness.POSITIVE_SEMIDEFINITE : Definiteness.NEGATIVE_SEMIDEFINITE;
        }

        writePoint(x, det, c11, c12, c13, c22, c23, c33, b1, b2, b3, q - p);
        return signs(d1, d2, d3);
    }

    /** Writes x* = −adj(A)·b/(2·det A) by Cramer's rule, multiplied by 2^exponent. */
    private static void writePoint(double[] x, double det, double c11, double c12, double c13, double c22,
            double c23, double c33, double b1, double b2, double b3, int exponent) {
        double scale = -0.5 / det;
        double back = powerOfTwo(exponent);
        x[0] = scaled(scale * (c11 * b1 + c12 * b2 + c13 * b3), back, exponent) + 0.0;
        x[1] = scaled(scale * (c12 * b1 + c22 * b2 + c23 * b3), back, exponent) + 0.0;
        x[2] = scaled(scale * (c13 * b1 + c23 * b2 + c33 * b3), back, exponent) + 0.0;
    }

    /** Counts the sign changes in the sequence 1, p, q, r, skipping zeros. */
    private static int signChanges(double p, double q, double r) {
        int changes = 0;
        boolean positive = true;
        if (p != 0) {
            changes += (p > 0) == positive ? 0 : 1;
            positive = p > 0;
        }
        if (q != 0) {
            changes += (q > 0) == positive ? 0 : 1;
            positive = q > 0;
        }
        if (r != 0) {
            changes += (r > 0) == positive ? 0 : 1;
        }
        return changes;
    }

    /** Returns tan θ of the Jacobi rotation that zeroes e in [[p, e], [e, q]], the smaller root. */
    private static double rotationTangent(double p, double q, double e) {
        double theta = (q - p) / (2 * e);
        double root = Math.abs(theta) > 1e150 ? Math.abs(theta) : Math.sqrt(theta * theta + 1);
        double t = 1 / (Math.abs(theta) + root);
        return theta < 0 ? -t : t;
    }

    /** Returns 2^e when it is a normal double, else 0, so that {@link #scaled} falls back to scalb. */
    private static double powerOfTwo(int e) {
        if (e < Double.MIN_EXPONENT || e > Double.MAX_EXPONENT) {
            return 0;
        }
        return Double.longBitsToDouble((long) (e + Double.MAX_EXPONENT) << 52);
    }

    /**
     * Returns v·2^e. Multiplying by the normal double 2^e gives the same result as
     * {@link Math#scalb}, exact or, for a subnormal result, rounded once, at a fraction of the cost.
     */
    private static double scaled(double v, double power, int e) {
        return power != 0 ? v * power : Math.scalb(v, e);
    }

    /** Returns a·b − c·d to within about 1.5 ulps, by Kahan's algorithm with fused multiply-adds. */
    private static double differenceOfProducts(double a, double b, double c, double d) {
        double cd = c * d;
        double error = Math.fma(-c, d, cd);
        double difference = Math.fma(a, b, -cd);
        return difference + error;
    }

    private static Definiteness signs(double l1, double l2, double l3) {
        boolean positive = l1 > 0 && l2 > 0 && l3 > 0;
        boolean negative = l1 < 0 && l2 < 0 && l3 < 0;
        return positive ? Definiteness.POSITIVE_DEFINITE
                : negative ? Definiteness.NEGATIVE_DEFINITE : Definiteness.INDEFINITE;
    }

    private static IllegalArgumentException invalid(int n, double[] x, double... values) {
        if (x == null || x.length < n) {
            return new IllegalArgumentException("x must have length >= " + n + ", got "
                    + (x == null ? "null" : String.valueOf(x.length)));
        }
        String[] names = n == 2 ? new String[] {"a11", "a12", "a22", "b1", "b2"}
                : new String[] {"a11", "a12", "a13", "a22", "a23", "a33", "b1", "b2", "b3"};
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                return new IllegalArgumentException(names[k] + " must be finite, got " + values[k]);
            }
        }
        return new IllegalArgumentException("entries must be finite, got " + Arrays.toString(values));
    }
}
