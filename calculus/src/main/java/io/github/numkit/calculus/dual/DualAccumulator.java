package io.github.numkit.calculus.dual;

/**
 * A mutable dual number for a value that a {@link DualPointField} carries from one loop iteration
 * to the next, such as a running sum or product. The operations follow the same rules as those of
 * {@link Dual}, and {@link #get()} returns the current value as a {@link Dual}.
 *
 * <p>It exists for speed. In HotSpot 17 a loop variable of type {@code Dual} that is replaced by a
 * new object in each iteration ({@code sum = sum.add(term)}) costs one allocation per iteration,
 * because escape analysis cannot remove an object that reaches a loop's merge point. An accumulator
 * created inside the field and updated in place has fixed identity, so escape analysis keeps its
 * fields in registers:
 *
 * <pre>{@code
 * DualAccumulator sum = new DualAccumulator();
 * for (int i = 0; i < x.dimension(); i++) {
 *     Dual xi = x.get(i);
 *     sum.add(xi.multiply(xi));
 * }
 * return sum.get();
 * }</pre>
 *
 * <p>Not thread-safe: create one per evaluation of the field, and keep it local to that evaluation.
 */
public final class DualAccumulator {

    private double a;
    private double b;
    private boolean kink;
    private boolean varies;

    /** Creates an accumulator holding the constant 0 + 0ε. */
    public DualAccumulator() {
    }

    /**
     * Creates an accumulator holding the given number.
     *
     * @param initial the starting value
     * @throws NullPointerException if initial is null
     */
    public DualAccumulator(Dual initial) {
        set(initial);
    }

    /**
     * Replaces the held number.
     *
     * @param d the new value
     * @return this accumulator
     * @throws NullPointerException if d is null
     */
    public DualAccumulator set(Dual d) {
        a = d.value();
        b = d.derivative();
        kink = d.atKink();
        varies = d.varies();
        return this;
    }

    /**
     * Adds a number to the held one, as {@link Dual#add(Dual)} does.
     *
     * @param d the addend
     * @return this accumulator
     * @throws NullPointerException if d is null
     */
    public DualAccumulator add(Dual d) {
        a = a + d.value();
        b = b + d.derivative();
        kink = kink || d.atKink();
        varies = varies || d.varies();
        return this;
    }

    /**
     * Subtracts a number from the held one, as {@link Dual#subtract(Dual)} does.
     *
     * @param d the subtrahend
     * @return this accumulator
     * @throws NullPointerException if d is null
     */
    public DualAccumulator subtract(Dual d) {
        a = a - d.value();
        b = b - d.derivative();
        kink = kink || d.atKink();
        varies = varies || d.varies();
        return this;
    }

    /**
     * Multiplies the held number by another, as {@link Dual#multiply(Dual)} does: the derivative
     * part becomes a·d' + b·d.
     *
     * @param d the factor
     * @return this accumulator
     * @throws NullPointerException if d is null
     */
    public DualAccumulator multiply(Dual d) {
        double product = a * d.value();
        b = a * d.derivative() + b * d.value();
        a = product;
        kink = kink || d.atKink();
        varies = varies || d.varies();
        return this;
    }

    /**
     * Returns the held number as a new immutable {@link Dual}.
     *
     * @return the current value
     */
    public Dual get() {
        return Dual.create(a, b, kink, varies);
    }
}
