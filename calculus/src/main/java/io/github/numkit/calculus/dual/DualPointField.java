package io.github.numkit.calculus.dual;

/**
 * A scalar field written over {@link Dual} numbers that reads its point one coordinate at a time,
 * for {@link ForwardMode#directionalAllocationFree}: a directional derivative in one pass that,
 * once compiled, allocates nothing. Unlike {@link DualScalarField} it is not generic, so a lambda
 * fits:
 *
 * <pre>{@code
 * DualPointField rosenbrock = x -> {
 *     DualAccumulator sum = new DualAccumulator();
 *     for (int i = 0; i + 1 < x.dimension(); i++) {
 *         Dual xi = x.get(i);
 *         Dual a = x.get(i + 1).subtract(xi.multiply(xi));
 *         Dual b = xi.negate().add(1);
 *         sum.add(a.multiply(a).multiply(100)).add(b.multiply(b));
 *     }
 *     return sum.get();
 * };
 * double d = ForwardMode.directionalAllocationFree(rosenbrock, x, v);
 * }</pre>
 *
 * <p>Two habits keep the pass free of allocation in HotSpot 17. Read a coordinate with
 * {@link DualPoint#get(int)} where it is used, rather than copying the point into an array. Carry a
 * value across loop iterations in a {@link DualAccumulator}, rather than in a {@code Dual} variable
 * that each iteration replaces. A field that breaks either habit still gives the same result, only
 * with one allocation per coordinate or per iteration.
 */
@FunctionalInterface
public interface DualPointField {

    /**
     * Evaluates the field.
     *
     * @param x the point, with at least one coordinate
     * @return f(x), with the derivative along the point's direction
     */
    Dual value(DualPoint x);
}
