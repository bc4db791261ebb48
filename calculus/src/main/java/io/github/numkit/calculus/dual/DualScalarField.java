package io.github.numkit.calculus.dual;

/**
 * A scalar field written once over any {@link DualNumber} type, so that the same code yields
 * values, directional derivatives, gradients and Hessians.
 *
 * <p>The method is generic, so Java does not accept a lambda for this interface; implement it with
 * a method reference to a generic static method or with an anonymous class:
 *
 * <pre>{@code
 * static <T extends DualNumber<T>> T rosenbrock(T[] x) {
 *     T one = x[0].constant(1);
 *     return one.subtract(x[0]).pow(2).add(x[1].subtract(x[0].pow(2)).pow(2).multiply(100));
 * }
 * DualScalarField f = MyClass::rosenbrock;
 * }</pre>
 */
@FunctionalInterface
public interface DualScalarField {

    /**
     * Evaluates the field.
     *
     * @param <T> the dual number type
     * @param x the point, read only, with at least one coordinate
     * @return f(x)
     */
    <T extends DualNumber<T>> T value(T[] x);
}
