package io.github.numkit.calculus.dual;

/**
 * The elementary functions of {@link DualNumber}, written once through
 * {@link DualNumber#compose(double, double, double)} and the arithmetic of each kind.
 *
 * @param <T> the implementing type
 */
abstract class DualBase<T extends DualBase<T>> implements DualNumber<T> {

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    /** Returns the hypotenuse at (0, 0): value 0 and the one-sided derivative along the seed. */
    abstract T hypotAtOrigin(T y);

    /** Returns whether every derivative part is 0. */
    abstract boolean isConstant();

    /**
     * Returns the chain-rule product f1·0 for a derivative part that is exactly 0. It is 0 when f1
     * is finite or the number does not depend on the seed at all (√c of a constant c = 0). When f1
     * is infinite and the number does depend on the seed, as for √(x²) at x = 0, the true
     * derivative may be anything from 0 (√(x⁴)) to none at all (√(x²) = |x|), so the result is NaN,
     * which {@link ForwardMode} reports as undetermined.
     */
    static double zeroTimes(double f1, boolean varies) {
        return varies && !Double.isFinite(f1) ? Double.NaN : 0;
    }

    @Override
    public T subtract(double c) {
        return add(-c);
    }

    @Override
    public T reciprocal() {
        double a = value();
        double r = 1 / a;
        return compose(r, -r * r, 2 * r * r * r);
    }

    @Override
    public T exp() {
        double e = Math.exp(value());
        return compose(e, e, e);
    }

    @Override
    public T expm1() {
        double a = value();
        double e = Math.exp(a);
        return compose(Math.expm1(a), e, e);
    }

    @Override
    public T log() {
        double a = value();
        return compose(Math.log(a), 1 / a, -1 / (a * a));
    }

    @Override
    public T log1p() {
        double a = value();
        double r = 1 / (1 + a);
        return compose(Math.log1p(a), r, -r * r);
    }

    @Override
    public T sqrt() {
        double s = Math.sqrt(value());
        return compose(s, 0.5 / s, -0.25 / (s * s * s));
    }

    @Override
    public T cbrt() {
        double c = Math.cbrt(value());
        double c2 = c * c;
        return compose(c, 1 / (3 * c2), -2 / (9 * c2 * c2 * c));
    }

    @Override
    public T pow(double p) {
        double a = value();
        if (p == 0) {
            return constant(1);
        }
        if (p == 1) {
            return self();
        }
        if (p == 2) {
            return multiply(self());
        }
        double f1 = p * Math.pow(a, p - 1);
        double f2 = p * (p - 1) * Math.pow(a, p - 2);
        return compose(Math.pow(a, p), f1, f2);
    }

    @Override
    public T pow(T y) {
        double a = value();
        if (y.isConstant()) {
            return pow(y.value());
        }
        if (a == 0 && y.value() > 0) {
            return pow(y.value());
        }
        if (a <= 0) {
            // Near a base ≤ 0, xʸ is undefined for most exponents or jumps (0⁰ = 1 but 0ʸ = 0 for
            // y > 0), so it has no derivative along a seed that moves y; the value is still Math.pow's.
            T noDerivative = compose(0, Double.NaN, Double.NaN).add(y.compose(0, Double.NaN, Double.NaN));
            return noDerivative.add(Math.pow(a, y.value()));
        }
        return y.multiply(log()).exp();
    }

    @Override
    public T sin() {
        double a = value();
        double s = Math.sin(a);
        return compose(s, Math.cos(a), -s);
    }

    @Override
    public T cos() {
        double a = value();
        double c = Math.cos(a);
        return compose(c, -Math.sin(a), -c);
    }

    @Override
    public T tan() {
        double t = Math.tan(value());
        double d = 1 + t * t;
        return compose(t, d, 2 * t * d);
    }

    @Override
    public T asin() {
        double a = value();
        double q = 1 - a * a;
        double r = 1 / Math.sqrt(q);
        return compose(Math.asin(a), r, a * r / q);
    }

    @Override
    public T acos() {
        double a = value();
        double q = 1 - a * a;
        double r = 1 / Math.sqrt(q);
        return compose(Math.acos(a), -r, -a * r / q);
    }

    @Override
    public T atan() {
        double a = value();
        double r = 1 / (1 + a * a);
        return compose(Math.atan(a), r, -2 * a * r * r);
    }

    @Override
    public T atan2(T x) {
        double yv = value();
        double xv = x.value();
        if (xv == 0 && yv == 0) {
            // The value follows Math.atan2 (±0 or ±π); a nonzero derivative part of either argument is NaN.
            return compose(Math.atan2(yv, xv), Double.NaN, Double.NaN).add(x.compose(0, Double.NaN, Double.NaN));
        }
        T angle = Math.abs(xv) >= Math.abs(yv) ? divide(x).atan() : x.divide(self()).atan().negate();
        return angle.add(Math.atan2(yv, xv) - angle.value());
    }

    @Override
    public T sinh() {
        double a = value();
        double s = Math.sinh(a);
        return compose(s, Math.cosh(a), s);
    }

    @Override
    public T cosh() {
        double a = value();
        double c = Math.cosh(a);
        return compose(c, Math.sinh(a), c);
    }

    @Override
    public T tanh() {
        double t = Math.tanh(value());
        double d = 1 - t * t;
        return compose(t, d, -2 * t * d);
    }

    @Override
    public T hypot(T y) {
        double m = Math.max(Math.abs(value()), Math.abs(y.value()));
        if (m == 0) {
            return hypotAtOrigin(y);
        }
        if (m == Double.POSITIVE_INFINITY) {
            return constant(Double.POSITIVE_INFINITY);
        }
        T u = divide(m);
        T v = y.divide(m);
        T h = u.multiply(u).add(v.multiply(v)).sqrt().multiply(m);
        return h.add(Math.hypot(value(), y.value()) - h.value());
    }
}
