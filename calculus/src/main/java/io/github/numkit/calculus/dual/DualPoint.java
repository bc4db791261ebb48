package io.github.numkit.calculus.dual;

/**
 * The point of a {@link DualPointField}, read one coordinate at a time: coordinate i is the dual
 * number xᵢ + vᵢε, where v is the direction of the pass, or a copy of it scaled by a power of two
 * (see {@link ForwardMode#directionalAllocationFree}).
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

    /**
     * Creates the point x + vε over the given arrays, without copying them.
     *
     * @param x the point, finite
     * @param v the direction, finite, of the length of x
     */
    DualPoint(double[] x, double[] v) {
        this.x = x;
        this.v = v;
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
     * Returns coordinate i as the dual number xᵢ + vᵢε, a new object on each call.
     *
     * @param i the coordinate, in [0, n)
     * @return xᵢ + vᵢε
     * @throws ArrayIndexOutOfBoundsException if i is outside [0, n)
     */
    public Dual get(int i) {
        double vi = v[i];
        return Dual.create(x[i], vi, false, vi != 0);
    }
}
