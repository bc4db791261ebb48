package io.github.numkit.linalg.quadratic;

/** Argument checks for this package; each returns its argument so it can be used inline. */
final class Checks {

    private Checks() {
    }

    /** Checks that {@code a} is a non-empty square matrix of finite entries and returns its order. */
    static int squareFinite(String name, double[][] a) {
        if (a == null) {
            throw new IllegalArgumentException(name + " must be a non-empty square matrix, got null");
        }
        int n = a.length;
        if (n == 0) {
            throw new IllegalArgumentException(name + " must be a non-empty square matrix, got 0 rows");
        }
        for (int i = 0; i < n; i++) {
            if (a[i] == null || a[i].length != n) {
                throw new IllegalArgumentException(name + " must be square, got " + n + " rows but row " + i
                        + " has " + (a[i] == null ? "no" : String.valueOf(a[i].length)) + " entries");
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException(name + " entries must be finite, got " + a[i][j]
                            + " at (" + i + ", " + j + ")");
                }
            }
        }
        return n;
    }

    /** Checks that {@code v} has {@code n} finite entries. */
    static double[] vector(String name, double[] v, int n) {
        if (v == null || v.length != n) {
            throw new IllegalArgumentException(name + " must have length " + n + ", got "
                    + (v == null ? "null" : String.valueOf(v.length)));
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name + " entries must be finite, got " + v[i] + " at " + i);
            }
        }
        return v;
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    static double relativeTolerance(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + value);
        }
        return value;
    }

    static int nonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
        }
        return value;
    }
}
