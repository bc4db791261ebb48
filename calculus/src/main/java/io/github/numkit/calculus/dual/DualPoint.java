package io.github.numkit.calculus.dual;

import io.github.numkit.calculus.validation.Arguments;

/**
 * The point of a {@link DualPointField}, read one coordinate at a time: coordinate i is the dual
 * number xᵢ + uᵢε, where u = v/‖v‖ is the unit vector along the direction v of the pass.
 *
 * <p>Each {@link #get(int)} computes uᵢ from vᵢ and returns a new {@link Dual} instead of an
 * element of a stored array, so that once the field's code is inlined, HotSpot's escape analysis
 * can keep every coordinate in registers and the pass allocates nothing. The entries uᵢ are those
 * that {@link ForwardMode#directional} seeds, to the bit. Instances are made by
 * {@link ForwardMode} for one pass only. They are immutable, but they read the caller's arrays,
 * which must not change during the pass.
 */
public final class DualPoint {

    private final double[] x;
    private final double[] v;
    private final double scale;
    private final double norm;

    /**
     * Creates the point x + (v/‖v‖)ε over the given arrays, without copying them.
     *
     * @param x the point, finite
     * @param v the direction, finite and nonzero, of the length of x
     * @param scale the power of two by which v is scaled before its norm is taken
     * @param norm ‖scale·v‖
     */
    DualPoint(double[] x, double[] v, double scale, double norm) {
        this.x = x;
        this.v = v;
        this.scale = scale;
        this.norm = norm;
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
     * Returns coordinate i as the dual number xᵢ + uᵢε, a new object on each call.
     *
     * @param i the coordinate, in [0, n)
     * @return xᵢ + uᵢε, with uᵢ = vᵢ/‖v‖
     * @throws ArrayIndexOutOfBoundsException if i is outside [0, n)
     */
    public Dual get(int i) {
        double ui = Arguments.unitEntry(v[i], scale, norm);
        return Dual.create(x[i], ui, false, ui != 0);
    }
}
