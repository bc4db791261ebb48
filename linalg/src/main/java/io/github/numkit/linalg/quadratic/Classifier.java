package io.github.numkit.linalg.quadratic;

/**
 * Classification and minimum-norm solution of 2Ax = −b from the eigendecomposition of A.
 *
 * <p>An eigenvalue counts as zero when |λ| ≤ τ = relTol·max|λ|. The vector b counts as lying in the
 * range of A when its component in the computed null space is at most relTol·‖b‖·max(1, λmax/λmin),
 * where λmin is the smallest nonzero |λ|: the computed null space is tilted by about ε·λmax/λmin
 * (Davis–Kahan), so a component of that relative size is rounding, not data. The tolerance is
 * capped at √relTol·‖b‖.
 *
 * <p>The matrix given is A/2^p for the power of two p that brings its entries near 1, so the
 * eigensolver cannot overflow. Everything here stays in those scaled units, except the eigenvalues
 * and the tolerance in the {@link Classification}, which are multiplied back by 2^p.
 */
final class Classifier {

    final Spectrum spectrum;
    final Classification classification;
    final double tolerance;
    private final int n;

    private Classifier(Spectrum spectrum, Classification classification, double tolerance, int n) {
        this.spectrum = spectrum;
        this.classification = classification;
        this.tolerance = tolerance;
        this.n = n;
    }

    static Classifier of(double[] a, int n, double[] b, double relativeTolerance, int exponent) {
        if (isZero(a)) {
            return zero(n, b);
        }
        Spectrum spectrum = Spectrum.of(a, n);
        double[] lambda = spectrum.values;
        double largest = Math.max(Math.abs(lambda[0]), Math.abs(lambda[n - 1]));
        double tau = relativeTolerance * largest;

        int positive = 0;
        int negative = 0;
        double smallestNonzero = Double.POSITIVE_INFINITY;
        int nullity = 0;
        for (double value : lambda) {
            if (value > tau) {
                positive++;
            } else if (value < -tau) {
                negative++;
            } else {
                nullity++;
                continue;
            }
            smallestNonzero = Math.min(smallestNonzero, Math.abs(value));
        }

        double[][] nullSpace = new double[nullity][];
        double[] outOfRange = new double[n];
        int row = 0;
        for (int k = 0; k < n; k++) {
            if (Math.abs(lambda[k]) <= tau) {
                double[] v = spectrum.vectors[k];
                nullSpace[row++] = v.clone();
                double projection = Compensated.dot(v, b);
                for (int i = 0; i < n; i++) {
                    outOfRange[i] += projection * v[i];
                }
            }
        }
        double bNorm = Compensated.norm(b);
        // The computed null space may tilt by about τ·λmax/λmin towards the range, hence the first
        // bound. When λmin is barely above τ·λmax, that bound reaches ‖b‖ and would call any b
        // consistent, so it is capped at √τ·‖b‖. A b with a larger part in the null space counts as
        // outside the range, because a matrix this close to a larger nullity cannot separate the
        // two cases more finely.
        double rangeTolerance = Math.min(relativeTolerance * bNorm * Math.max(1, largest / smallestNonzero),
                Math.sqrt(relativeTolerance) * bNorm);
        double outOfRangeNorm = Compensated.norm(outOfRange);
        boolean consistent = nullity == 0 || outOfRangeNorm <= rangeTolerance;

        double[] lowest = spectrum.vectors[0];
        double[] highest = spectrum.vectors[n - 1];
        double[] againstB = null;
        if (!consistent) {
            againstB = new double[n];
            for (int i = 0; i < n; i++) {
                againstB[i] = -outOfRange[i] / outOfRangeNorm;
            }
        }

        Definiteness definiteness;
        Extremum extremum;
        double[] down = null;
        double[] up = null;
        if (negative == 0 && nullity == 0) {
            definiteness = Definiteness.POSITIVE_DEFINITE;
            extremum = Extremum.MINIMUM;
        } else if (positive == 0 && nullity == 0) {
            definiteness = Definiteness.NEGATIVE_DEFINITE;
            extremum = Extremum.MAXIMUM;
        } else if (positive > 0 && negative > 0) {
            definiteness = Definiteness.INDEFINITE;
            extremum = Extremum.SADDLE;
            down = lowest;
            up = highest;
        } else if (negative == 0) {
            definiteness = Definiteness.POSITIVE_SEMIDEFINITE;
            extremum = consistent ? Extremum.MINIMUM_SET : Extremum.UNBOUNDED_BELOW;
            if (!consistent) {
                down = againstB;
                up = highest;
            }
        } else {
            definiteness = Definiteness.NEGATIVE_SEMIDEFINITE;
            extremum = consistent ? Extremum.MAXIMUM_SET : Extremum.UNBOUNDED_ABOVE;
            if (!consistent) {
                down = lowest;
                up = negate(againstB);
            }
        }
        double[] eigenvalues = new double[n];
        for (int k = 0; k < n; k++) {
            eigenvalues[k] = Math.scalb(lambda[k], exponent);
        }
        Classification classification = new Classification(definiteness, extremum, eigenvalues,
                Math.scalb(tau, exponent), positive + negative, nullSpace, withoutNegativeZero(down),
                withoutNegativeZero(up), consistent);
        return new Classifier(spectrum, classification, tau, n);
    }

    /**
     * Writes (2A)⁺v into {@code out}: the eigenvalues counted as zero are left out, so the result is
     * the minimum-norm least-squares solution of 2Ax = v.
     */
    void applyPseudoInverse(double[] v, double[] out) {
        java.util.Arrays.fill(out, 0);
        if (spectrum == null) {
            return;
        }
        for (int k = 0; k < n; k++) {
            double lambda = spectrum.values[k];
            if (Math.abs(lambda) > tolerance) {
                double[] vector = spectrum.vectors[k];
                double coefficient = Compensated.dot(vector, v) / (2 * lambda);
                for (int i = 0; i < n; i++) {
                    out[i] += coefficient * vector[i];
                }
            }
        }
    }

    /** Returns λmax/λmin over the eigenvalues counted as nonzero, or 1 when A is zero. */
    double conditionNumber() {
        if (spectrum == null) {
            return 1;
        }
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (double lambda : spectrum.values) {
            if (Math.abs(lambda) > tolerance) {
                largest = Math.max(largest, Math.abs(lambda));
                smallest = Math.min(smallest, Math.abs(lambda));
            }
        }
        return largest / smallest;
    }

    private static Classifier zero(int n, double[] b) {
        double[][] basis = new double[n][n];
        for (int i = 0; i < n; i++) {
            basis[i][i] = 1;
        }
        double bNorm = Compensated.norm(b);
        boolean constant = bNorm == 0;
        double[] down = null;
        double[] up = null;
        if (!constant) {
            up = new double[n];
            for (int i = 0; i < n; i++) {
                up[i] = b[i] / bNorm;
            }
            down = withoutNegativeZero(negate(up));
            up = withoutNegativeZero(up);
        }
        Classification classification = new Classification(Definiteness.ZERO,
                constant ? Extremum.CONSTANT : Extremum.AFFINE, new double[n], 0, 0, basis, down, up, constant);
        return new Classifier(null, classification, 0, n);
    }

    private static boolean isZero(double[] a) {
        for (double value : a) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    /** Replaces −0 by +0, because the sign of a zero component of a direction means nothing. */
    private static double[] withoutNegativeZero(double[] v) {
        if (v == null) {
            return null;
        }
        double[] result = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            result[i] = v[i] + 0.0;
        }
        return result;
    }

    private static double[] negate(double[] v) {
        double[] result = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            result[i] = -v[i];
        }
        return result;
    }
}
