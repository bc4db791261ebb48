package io.github.numkit.calculus.dual;

/**
 * The point of a {@link DualPointField}, read one coordinate at a time: coordinate i is the dual
 * number xᵢ + wᵢε. The seeds w are the direction v of the pass itself, or v scaled by a power of
 * two t so that ‖w‖ lies in [1/2, 1). {@link ForwardMode#directionalAllocationFree} gives the rule.
 * The derivative part of the field's result is therefore ‖w‖ times the derivative along v/‖v‖,
 * and the pass divides by ‖w‖ once at the end.
 *
 * <p>Each {@link #get(int)} computes wᵢ = t·vᵢ, a multiplication that HotSpot folds away when the
 * pass is inlined with t = 1, and returns a new {@link Dual} instead of an element of a stored
 * array. Once the field's code is inlined, escape analysis can then keep every coordinate in
 * registers, and the pass allocates nothing. The seeds are those that
 * {@link ForwardMode#directional} uses, to the bit. Instances are made by {@link ForwardMode} for
 * one pass only. They are immutable, but they read the caller's arrays, which must not change
 * during the pass.
 */
public final class DualPoint {

    private final double[] x;
    private final double[] v;
    private final double factor;

    /**
     * Creates the point x + (t·v)ε over the given arrays, without copying them.
     *
     * @param x the point, finite
     * @param v the direction, finite and nonzero, of the length of x
     * @param factor t, 1 or another power of two
     */
    DualPoint(double[] x, double[] v, double factor) {
        this.x = x;
        this.v = v;
        this.factor = factor;
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
     * @return xᵢ + wᵢε, with wᵢ = t·vᵢ
     * @throws ArrayIndexOutOfBoundsException if i is outside [0, n)
     */
    public Dual get(int i) {
        double wi = v[i] * factor;
        return Dual.create(x[i], wi, false, wi != 0);
    }
}
