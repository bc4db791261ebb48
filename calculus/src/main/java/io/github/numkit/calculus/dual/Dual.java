package io.github.numkit.calculus.dual;

import io.github.numkit.calculus.validation.Arguments;

/**
 * A dual number a + bε with ε² = 0: the value a of a function and its derivative b along one seed
 * direction. Evaluating f on xᵢ + vᵢε gives f(x) + (∇f(x)·v)ε, a directional derivative in one
 * pass; with v = eᵢ it gives the partial derivative ∂f/∂xᵢ.
 *
 * <p>See {@link DualNumber} for the rules at the edges of the domains. Immutable and thread-safe.
 */
public final class Dual extends DualBase<Dual> {

    private final double a;
    private final double b;
    private final boolean kink;
    /** Whether the number depends on the seeded variables, even where b happens to be 0. */
    private final boolean varies;

    private Dual(double a, double b, boolean kink, boolean varies) {
        this.a = a;
        this.b = b;
        this.kink = kink;
        this.varies = varies;
    }

    /** Creates a dual number with every flag given, for the classes of this package. */
    static Dual create(double value, double derivative, boolean kink, boolean varies) {
        return new Dual(value, derivative, kink, varies);
    }

    /**
     * Creates a + bε.
     *
     * @param value a
     * @param derivative b
     * @return the dual number
     */
    public static Dual of(double value, double derivative) {
        return new Dual(value, derivative, false, derivative != 0);
    }

    /**
     * Creates the variable x + 1ε.
     *
     * @param x the value
     * @return the dual number
     */
    public static Dual variable(double x) {
        return new Dual(x, 1, false, true);
    }

    /**
     * Creates the constant c + 0ε.
     *
     * @param c the value
     * @return the dual number
     */
    public static Dual valueOf(double c) {
        return new Dual(c, 0, false, false);
    }

    /**
     * Creates the point xᵢ + vᵢε, seeded along direction v.
     *
     * @param x the point, read only
     * @param v the seed direction, read only, of the same length
     * @return one dual number per coordinate
     * @throws IllegalArgumentException if an array is null or the lengths differ
     */
    public static Dual[] seeded(double[] x, double[] v) {
        Arguments.notNull("x", x);
        Arguments.notNull("v", v);
        if (x.length != v.length) {
            throw new IllegalArgumentException("v must have the length of x, " + x.length + ", got " + v.length);
        }
        Dual[] d = new Dual[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = new Dual(x[i], v[i], false, v[i] != 0);
        }
        return d;
    }

    @Override
    public double value() {
        return a;
    }

    /**
     * Returns the derivative part b.
     *
     * @return the derivative along the seed
     */
    public double derivative() {
        return b;
    }

    @Override
    public boolean atKink() {
        return kink;
    }

    /** Returns whether the number depends on the seeded variables, even where b is 0. */
    boolean varies() {
        return varies;
    }

    @Override
    public Dual constant(double c) {
        return new Dual(c, 0, false, false);
    }

    @Override
    boolean isConstant() {
        return b == 0;
    }

    @Override
    public Dual compose(double f0, double f1, double f2) {
        return new Dual(f0, b == 0 ? zeroTimes(f1, varies) : f1 * b, kink, varies);
    }

    @Override
    public int signum() {
        if (a != 0) {
            return a > 0 ? 1 : -1;
        }
        return (int) Math.signum(b);
    }

    @Override
    public Dual add(Dual o) {
        return new Dual(a + o.a, b + o.b, kink || o.kink, varies || o.varies);
    }

    @Override
    public Dual add(double c) {
        return new Dual(a + c, b, kink, varies);
    }

    @Override
    public Dual subtract(Dual o) {
        return new Dual(a - o.a, b - o.b, kink || o.kink, varies || o.varies);
    }

    @Override
    public Dual multiply(Dual o) {
        return new Dual(a * o.a, a * o.b + b * o.a, kink || o.kink, varies || o.varies);
    }

    @Override
    public Dual multiply(double c) {
        return new Dual(a * c, b * c, kink, varies);
    }

    @Override
    public Dual divide(Dual o) {
        double q = a / o.a;
        return new Dual(q, (b - q * o.b) / o.a, kink || o.kink, varies || o.varies);
    }

    @Override
    public Dual divide(double c) {
        return new Dual(a / c, b / c, kink, varies);
    }

    @Override
    public Dual negate() {
        return new Dual(-a, -b, kink, varies);
    }

    @Override
    public Dual abs() {
        if (a != 0) {
            return a > 0 ? this : negate();
        }
        return new Dual(0, Math.abs(b), kink || b != 0, varies);
    }

    @Override
    public Dual min(Dual o) {
        if (a != o.a) {
            return a < o.a ? this : o;
        }
        Dual chosen = b <= o.b ? this : o;
        return new Dual(chosen.a, chosen.b, kink || o.kink || b != o.b, varies || o.varies);
    }

    @Override
    public Dual max(Dual o) {
        if (a != o.a) {
            return a > o.a ? this : o;
        }
        Dual chosen = b >= o.b ? this : o;
        return new Dual(chosen.a, chosen.b, kink || o.kink || b != o.b, varies || o.varies);
    }

    @Override
    Dual hypotAtOrigin(Dual y) {
        double d = Math.hypot(b, y.b);
        return new Dual(0, d, kink || y.kink || d != 0, varies || y.varies);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dual d && Double.compare(a, d.a) == 0 && Double.compare(b, d.b) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(a) * 31 + Double.hashCode(b);
    }

    @Override
    public String toString() {
        return a + " + " + b + "ε";
    }
}
