package io.github.numkit.calculus.dual;

/**
 * The point of a {@link DualPointField}, read one coordinate at a time: coordinate i is the dual
 * number xᵢ + wᵢε, where w is the direction of the pass, scaled by a power of two that
 * {@link ForwardMode#directionalAllocationFree} removes from the result.
 *
 * <p>Each {@link #get(int)} returns a new {@link Dual} instead of an element of a stored array,
 * so that once the field's code is inlined, HotSpot's escape analysis can keep every coordinate in
 * registers and the pass allocates nothing. Instances are made by {@link ForwardMode} for one pass
 * only. They are immutable, but they read the caller's arrays, which must not change during the
 * pass.
 */
public final class DualPoint {

    private final double[] x;
    private final double[] v;
    private final double scale;

    /**
     * Creates the point x + (scale·v)ε over the given arrays, without copying them.
     *
     * @param x the point, finite
     * @param v the direction, finite, of the length of x
     * @param scale a power of two, so that scale·vᵢ is exact unless it underflows
     */
    DualPoint(double[] x, double[] v, double scale) {
        this.x = x;
        this.v = v;
        this.scale = scale;
    }

    /**
     * Returns the number of coordinates n.
     *
     * @return n ≥ 1
     */
    public int dimension() {
        return x.length;
    }

    /**
     * Returns coordinate i as the dual number xᵢ + wᵢε, a new object on each call.
     *
     * @param i the coordinate, in [0, n)
     * @return xᵢ + wᵢε
     * @throws ArrayIndexOutOfBoundsException if i is outside [0, n)
     */
    public Dual get(int i) {
        double w = v[i] * scale;
        return Dual.create(x[i], w, false, w != 0);
    }
}
