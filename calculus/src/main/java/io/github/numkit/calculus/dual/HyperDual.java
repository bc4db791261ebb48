package io.github.numkit.calculus.dual;

import io.github.numkit.calculus.validation.Arguments;

/**
 * A dual number whose value and derivative parts are themselves dual numbers:
 * a + bε₁ + cε₂ + dε₁ε₂ with ε₁² = ε₂² = 0, stored flat as four doubles. Evaluating f on
 * xᵢ + uᵢε₁ + wᵢε₂ gives f(x), ∇f·u, ∇f·w and the second derivative uᵀ∇²f(x)w exactly, so the
 * Hessian costs n(n+1)/2 passes and a Hessian–vector product n passes, without truncation error.
 * Reference: J. A. Fike and J. J. Alonso, "The development of hyper-dual numbers for exact
 * second-derivative calculations", AIAA 2011-886.
 *
 * <p>The chain rule is f(a) + f'(a)(bε₁ + cε₂) + (f'(a)d + f''(a)bc)ε₁ε₂. See {@link DualNumber}
 * for the rules at the edges of the domains; at (0, 0) {@link #hypot(DualNumber)} returns NaN in
 * the ε₁ε₂ part, because the second derivative of a cone does not exist there. Immutable and
 * thread-safe.
 */
public final class HyperDual extends DualBase<HyperDual> {

    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final boolean kink;
    /** Whether the number depends on the seeded variables, even where its parts happen to be 0. */
    private final boolean varies;

    private HyperDual(double a, double b, double c, double d, boolean kink, boolean varies) {
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.kink = kink;
        this.varies = varies;
    }

    /**
     * Creates a + bε₁ + cε₂ + dε₁ε₂.
     *
     * @param a the value
     * @param b the derivative along the first seed
     * @param c the derivative along the second seed
     * @param d the mixed second derivative
     * @return the number
     */
    public static HyperDual of(double a, double b, double c, double d) {
        return new HyperDual(a, b, c, d, false, b != 0 || c != 0 || d != 0);
    }

    /**
     * Creates the variable x + ε₁ + ε₂, whose ε₁ε₂ part after a pass is f''(x).
     *
     * @param x the value
     * @return the number
     */
    public static HyperDual variable(double x) {
        return new HyperDual(x, 1, 1, 0, false, true);
    }

    /**
     * Creates the point xᵢ + uᵢε₁ + wᵢε₂.
     *
     * @param x the point, read only
     * @param u the first seed, read only, of the same length
     * @param w the second seed, read only, of the same length
     * @return one number per coordinate
     * @throws IllegalArgumentException if an array is null or the lengths differ
     */
    public static HyperDual[] seeded(double[] x, double[] u, double[] w) {
        Arguments.notNull("x", x);
        Arguments.notNull("u", u);
        Arguments.notNull("w", w);
        if (x.length != u.length || x.length != w.length) {
            throw new IllegalArgumentException("u and w must have the length of x, " + x.length + ", got " + u.length
                    + " and " + w.length);
        }
        HyperDual[] h = new HyperDual[x.length];
        for (int i = 0; i < x.length; i++) {
            h[i] = new HyperDual(x[i], u[i], w[i], 0, false, u[i] != 0 || w[i] != 0);
        }
        return h;
    }

    @Override
    public double value() {
        return a;
    }

    /**
     * Returns the ε₁ part, the derivative along the first seed.
     *
     * @return b
     */
    public double first() {
        return b;
    }

    /**
     * Returns the ε₂ part, the derivative along the second seed.
     *
     * @return c
     */
    public double second() {
        return c;
    }

    /**
     * Returns the ε₁ε₂ part, the second derivative uᵀ∇²f w.
     *
     * @return d
     */
    public double mixed() {
        return d;
    }

    @Override
    public boolean atKink() {
        return kink;
    }

    @Override
    public HyperDual constant(double value) {
        return new HyperDual(value, 0, 0, 0, false, false);
    }

    @Override
    boolean isConstant() {
        return b == 0 && c == 0 && d == 0;
    }

    private double times(double f, double part) {
        return part == 0 ? zeroTimes(f, varies) : f * part;
    }

    @Override
    public HyperDual compose(double f0, double f1, double f2) {
        double mixed = times(f1, d) + (b == 0 || c == 0 ? zeroTimes(f2, varies) : f2 * b * c);
        return new HyperDual(f0, times(f1, b), times(f1, c), mixed, kink, varies);
    }

    @Override
    public int signum() {
        for (double part : new double[] {a, b, c, d}) {
            if (part != 0) {
                return part > 0 ? 1 : -1;
            }
        }
        return 0;
    }

    @Override
    public HyperDual add(HyperDual o) {
        return new HyperDual(a + o.a, b + o.b, c + o.c, d + o.d, kink || o.kink, varies || o.varies);
    }

    @Override
    public HyperDual add(double k) {
        return new HyperDual(a + k, b, c, d, kink, varies);
    }

    @Override
    public HyperDual subtract(HyperDual o) {
        return new HyperDual(a - o.a, b - o.b, c - o.c, d - o.d, kink || o.kink, varies || o.varies);
    }

    @Override
    public HyperDual multiply(HyperDual o) {
        return new HyperDual(a * o.a, a * o.b + b * o.a, a * o.c + c * o.a, a * o.d + b * o.c + c * o.b + d * o.a,
                kink || o.kink, varies || o.varies);
    }

    @Override
    public HyperDual multiply(double k) {
        return new HyperDual(a * k, b * k, c * k, d * k, kink, varies);
    }

    @Override
    public HyperDual divide(HyperDual o) {
        return multiply(o.reciprocal());
    }

    @Override
    public HyperDual divide(double k) {
        return new HyperDual(a / k, b / k, c / k, d / k, kink, varies);
    }

    @Override
    public HyperDual negate() {
        return new HyperDual(-a, -b, -c, -d, kink, varies);
    }

    @Override
    public HyperDual abs() {
        int sign = signum();
        HyperDual r = sign < 0 ? negate() : this;
        if (a == 0 && (b != 0 || c != 0)) {
            return new HyperDual(r.a, r.b, r.c, r.d, true, varies);
        }
        return r;
    }

    @Override
    public HyperDual min(HyperDual o) {
        int sign = subtract(o).signum();
        HyperDual chosen = sign <= 0 ? this : o;
        boolean tie = a == o.a && (b != o.b || c != o.c);
        return tie ? new HyperDual(chosen.a, chosen.b, chosen.c, chosen.d, true, varies || o.varies) : chosen;
    }

    @Override
    public HyperDual max(HyperDual o) {
        int sign = subtract(o).signum();
        HyperDual chosen = sign >= 0 ? this : o;
        boolean tie = a == o.a && (b != o.b || c != o.c);
        return tie ? new HyperDual(chosen.a, chosen.b, chosen.c, chosen.d, true, varies || o.varies) : chosen;
    }

    @Override
    HyperDual hypotAtOrigin(HyperDual y) {
        double first = Math.hypot(b, y.b);
        double second = Math.hypot(c, y.c);
        boolean constant = first == 0 && second == 0 && d == 0 && y.d == 0;
        return new HyperDual(0, first, second, constant ? 0 : Double.NaN, kink || y.kink || !constant,
                varies || y.varies);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HyperDual h && Double.compare(a, h.a) == 0 && Double.compare(b, h.b) == 0
                && Double.compare(c, h.c) == 0 && Double.compare(d, h.d) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(new double[] {a, b, c, d});
    }

    @Override
    public String toString() {
        return a + " + " + b + "ε₁ + " + c + "ε₂ + " + d + "ε₁ε₂";
    }
}
