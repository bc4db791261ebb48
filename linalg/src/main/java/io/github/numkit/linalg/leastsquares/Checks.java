package io.github.numkit.linalg.leastsquares;

/** Argument checks for this package. */
final class Checks {

    private Checks() {
    }

    /** Checks that the design is a non-empty rectangular matrix of finite entries and returns its column count. */
    static int design(double[][] x) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("design must have at least one row, got "
                    + (x == null ? "null" : "0 rows"));
        }
        int p = x[0] == null ? 0 : x[0].length;
        if (p == 0) {
            throw new IllegalArgumentException("design must have at least one column, got 0 in row 0");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != p) {
                throw new IllegalArgumentException("design rows must all have " + p + " entries, got "
                        + (x[i] == null ? "null" : String.valueOf(x[i].length)) + " in row " + i);
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("design entries must be finite, got " + x[i][j]
                            + " at (" + i + ", " + j + ")");
                }
            }
        }
        return p;
    }

    static void response(double[] y, int m) {
        if (y == null || y.length != m) {
            throw new IllegalArgumentException("response must have length " + m + " (one per design row), got "
                    + (y == null ? "null" : String.valueOf(y.length)));
        }
        for (int i = 0; i < m; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("response entries must be finite, got " + y[i] + " at " + i);
            }
        }
    }
}
