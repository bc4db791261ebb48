package io.github.numkit.calculus.difference;

/** The step rule shared by the difference methods. */
final class Steps {

    private Steps() {
    }

    /**
     * Returns the scale of coordinate x: max(|x|, typical), or 1 when both are 0.
     *
     * @param x the coordinate
     * @param typical the caller's typical magnitude of the coordinate, 0 if none
     * @return the scale
     */
    static double scale(double x, double typical) {
        double scale = Math.max(Math.abs(x), typical);
        return scale > 0 ? scale : 1.0;
    }

    /**
     * Rounds c·scale down to a power of two, then to the exact difference (x + h) − x, so that the
     * nodes x ± h are where the formula assumes them.
     *
     * @param x the coordinate
     * @param h the raw step
     * @param name the coordinate's name for messages
     * @return the exact step
     * @throws IllegalArgumentException if the step underflows
     */
    static double exact(double x, double h, String name) {
        if (!(h >= Double.MIN_NORMAL) || h == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the step for " + name + " = " + x + " underflows to " + h
                    + ": give the coordinate a typical magnitude (withTypicalMagnitude)");
        }
        double p = Math.scalb(1.0, Math.getExponent(h));
        double exact = (x + p) - x;
        if (!(exact > 0)) {
            throw new IllegalArgumentException("the step for " + name + " = " + x + " underflows: " + p
                    + " is below the spacing of doubles at x");
        }
        return exact;
    }
}
