package io.github.numkit.calculus.dual;

import io.github.numkit.calculus.validation.Arguments;

/**
 * A number carrying its value and the vector of its partial derivatives ∂/∂x₀ … ∂/∂xₙ₋₁, so
 * that one pass of f over {@link #variables(double[])} gives f(x) and ∇f(x).
 *
 * <p>Partials are stored over the contiguous range of coordinates the number depends on, so that
 * a term of a sum like Rosenbrock's, which touches two coordinates, costs O(1) instead of O(n); the
 * final sum still costs O(n) per addition. At a kink each partial is the one-sided derivative along
 * +eᵢ, computed coordinate by coordinate: |x| at 0 has partial +1, not a choice of side for the
 * whole vector. Immutable and thread-safe.
 */
public final class GradientDual extends DualBase<GradientDual> {

    private static final double[] NONE = new double[0];

    private final double a;
    private final double[] p;
    private final int lo;
    private final int n;
    private final boolean kink;

    private GradientDual(double a, double[] p, int lo, int n, boolean kink) {
        this.a = a;
        this.p = p;
        this.lo = lo;
        this.n = n;
        this.kink = kink;
    }

    /**
     * Creates the independent variables xᵢ with ∂xᵢ/∂xⱼ = δᵢⱼ.
     *
     * @param x the point, read only
     * @return one number per coordinate
     */
    public static GradientDual[] variables(double[] x) {
        Arguments.notNull("x", x);
        GradientDual[] v = new GradientDual[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = new GradientDual(x[i], new double[] {1}, i, x.length, false);
        }
        return v;
    }

    /**
     * Creates a number from its value and its dense gradient.
     *
     * @param value the value
     * @param gradient the partial derivatives, copied
     * @return the number
     */
    public static GradientDual of(double value, double[] gradient) {
        Arguments.notNull("gradient", gradient);
        return new GradientDual(value, gradient.clone(), 0, gradient.length, false);
    }

    @Override
    public double value() {
        return a;
    }

    /**
     * Returns the dense gradient: one partial derivative per coordinate.
     *
     * @return a new array of length n
     */
    public double[] gradient() {
        double[] g = new double[n];
        System.arraycopy(p, 0, g, lo, p.length);
        return g;
    }

    /**
     * Returns one partial derivative.
     *
     * @param i the coordinate
     * @return ∂/∂xᵢ
     */
    public double partial(int i) {
        int k = i - lo;
        return k >= 0 && k < p.length ? p[k] : 0;
    }

    /**
     * Returns the number of coordinates n.
     *
     * @return n
     */
    public int dimension() {
        return n;
    }

    @Override
    public boolean atKink() {
        return kink;
    }

    @Override
    public GradientDual constant(double c) {
        return new GradientDual(c, NONE, 0, n, false);
    }

    @Override
    boolean isConstant() {
        for (double v : p) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** Returns the partials α·x.p + β·y.p over the union of their ranges, into a new number. */
    private static GradientDual combine(double value, double alpha, GradientDual x, double beta, GradientDual y) {
        int n = Math.max(x.n, y.n);
        boolean kink = x.kink || y.kink;
        if (y.p.length == 0) {
            return new GradientDual(value, scaled(alpha, x.p), x.lo, n, kink);
        }
        if (x.p.length == 0) {
            return new GradientDual(value, scaled(beta, y.p), y.lo, n, kink);
        }
        int lo = Math.min(x.lo, y.lo);
        int hi = Math.max(x.lo + x.p.length, y.lo + y.p.length);
        double[] q = new double[hi - lo];
        for (int k = 0; k < x.p.length; k++) {
            q[x.lo - lo + k] = alpha * x.p[k];
        }
        for (int k = 0; k < y.p.length; k++) {
            q[y.lo - lo + k] += beta * y.p[k];
        }
        return new GradientDual(value, q, lo, n, kink);
    }

    private static double[] scaled(double alpha, double[] p) {
        if (alpha == 1) {
            return p;
        }
        double[] q = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            q[k] = p[k] == 0 ? 0 : alpha * p[k];
        }
        return q;
    }

    @Override
    public GradientDual compose(double f0, double f1, double f2) {
        if (Double.isFinite(f1)) {
            return new GradientDual(f0, scaled(f1, p), lo, n, kink);
        }
        // A zero partial inside the stored range may be a structural zero or a vanishing derivative
        // of a term that depends on xᵢ; this type cannot tell them apart, so it marks both NaN and
        // ForwardMode.gradientOnePass settles each such coordinate with a Dual pass.
        double[] q = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            q[k] = p[k] == 0 ? zeroTimes(f1, true) : f1 * p[k];
        }
        return new GradientDual(f0, q, lo, n, kink);
    }

    @Override
    public int signum() {
        if (a != 0) {
            return a > 0 ? 1 : -1;
        }
        for (double v : p) {
            if (v != 0) {
                return v > 0 ? 1 : -1;
            }
        }
        return 0;
    }

    @Override
    public GradientDual add(GradientDual o) {
        return combine(a + o.a, 1, this, 1, o);
    }

    @Override
    public GradientDual add(double c) {
        return new GradientDual(a + c, p, lo, n, kink);
    }

    @Override
    public GradientDual subtract(GradientDual o) {
        return combine(a - o.a, 1, this, -1, o);
    }

    @Override
    public GradientDual multiply(GradientDual o) {
        return combine(a * o.a, o.a, this, a, o);
    }

    @Override
    public GradientDual multiply(double c) {
        return new GradientDual(a * c, scaled(c, p), lo, n, kink);
    }

    @Override
    public GradientDual divide(GradientDual o) {
        double q = a / o.a;
        return combine(q, 1 / o.a, this, -q / o.a, o);
    }

    @Override
    public GradientDual divide(double c) {
        return multiply(1 / c).withValue(a / c);
    }

    private GradientDual withValue(double value) {
        return new GradientDual(value, p, lo, n, kink);
    }

    @Override
    public GradientDual negate() {
        return new GradientDual(-a, scaled(-1, p), lo, n, kink);
    }

    @Override
    public GradientDual abs() {
        if (a != 0) {
            return a > 0 ? this : negate();
        }
        double[] q = new double[p.length];
        boolean nonzero = false;
        for (int k = 0; k < p.length; k++) {
            q[k] = Math.abs(p[k]);
            nonzero |= p[k] != 0;
        }
        return new GradientDual(0, q, lo, n, kink || nonzero);
    }

    @Override
    public GradientDual min(GradientDual o) {
        if (a == o.a) {
            return tie(o, false);
        }
        return a < o.a ? this : o;
    }

    @Override
    public GradientDual max(GradientDual o) {
        if (a == o.a) {
            return tie(o, true);
        }
        return a > o.a ? this : o;
    }

    /** At a = o.a, takes per coordinate the larger (or smaller) one-sided partial along +eᵢ. */
    private GradientDual tie(GradientDual o, boolean larger) {
        int lo2 = Math.min(lo, o.lo);
        int hi = Math.max(lo + p.length, o.lo + o.p.length);
        if (p.length == 0 && o.p.length == 0) {
            return this;
        }
        double[] q = new double[hi - lo2];
        boolean differ = false;
        for (int i = lo2; i < hi; i++) {
            double u = partial(i);
            double v = o.partial(i);
            q[i - lo2] = larger ? Math.max(u, v) : Math.min(u, v);
            differ |= u != v;
        }
        return new GradientDual(a, q, lo2, Math.max(n, o.n), kink || o.kink || differ);
    }

    @Override
    GradientDual hypotAtOrigin(GradientDual y) {
        int lo2 = Math.min(lo, y.lo);
        int hi = Math.max(lo + p.length, y.lo + y.p.length);
        if (p.length == 0 && y.p.length == 0) {
            return constant(0);
        }
        double[] q = new double[hi - lo2];
        boolean nonzero = false;
        for (int i = lo2; i < hi; i++) {
            q[i - lo2] = Math.hypot(partial(i), y.partial(i));
            nonzero |= q[i - lo2] != 0;
        }
        return new GradientDual(0, q, lo2, Math.max(n, y.n), kink || y.kink || nonzero);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GradientDual g && Double.compare(a, g.a) == 0
                && java.util.Arrays.equals(gradient(), g.gradient());
    }

    @Override
    public int hashCode() {
        return Double.hashCode(a) * 31 + java.util.Arrays.hashCode(gradient());
    }

    @Override
    public String toString() {
        return a + " + ∇" + java.util.Arrays.toString(gradient());
    }
}
