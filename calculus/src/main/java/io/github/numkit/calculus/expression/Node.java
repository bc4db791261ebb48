package io.github.numkit.calculus.expression;

import io.github.numkit.calculus.dual.DualNumber;

/** A node of the syntax tree, evaluated over doubles or over any dual number type. */
interface Node {

    double value(double[] x);

    <T extends DualNumber<T>> T value(T[] x);

    /** A numeric constant or a named constant (pi, e). */
    record Constant(double c) implements Node {
        @Override
        public double value(double[] x) {
            return c;
        }

        @Override
        public <T extends DualNumber<T>> T value(T[] x) {
            return x[0].constant(c);
        }
    }

    /** The variable with index i. */
    record Variable(int i) implements Node {
        @Override
        public double value(double[] x) {
            return x[i];
        }

        @Override
        public <T extends DualNumber<T>> T value(T[] x) {
            return x[i];
        }
    }

    /** Unary minus. */
    record Negate(Node operand) implements Node {
        @Override
        public double value(double[] x) {
            return -operand.value(x);
        }

        @Override
        public <T extends DualNumber<T>> T value(T[] x) {
            return operand.value(x).negate();
        }
    }

    /**
     * A sum a₀ ± a₁ ± … (inverted[k] means minus) or a product a₀ ·/ a₁ ·/ … (inverted[k] means
     * divide), evaluated left to right.
     */
    record Chain(boolean product, Node[] operands, boolean[] inverted) implements Node {
        @Override
        public double value(double[] x) {
            double r = operands[0].value(x);
            for (int k = 1; k < operands.length; k++) {
                double v = operands[k].value(x);
                if (product) {
                    r = inverted[k] ? r / v : r * v;
                } else {
                    r = inverted[k] ? r - v : r + v;
                }
            }
            return r;
        }

        @Override
        public <T extends DualNumber<T>> T value(T[] x) {
            T r = operands[0].value(x);
            for (int k = 1; k < operands.length; k++) {
                T v = operands[k].value(x);
                if (product) {
                    r = inverted[k] ? r.divide(v) : r.multiply(v);
                } else {
                    r = inverted[k] ? r.subtract(v) : r.add(v);
                }
            }
            return r;
        }
    }

    /** The power operator ^. */
    record Power(Node left, Node right) implements Node {
        @Override
        public double value(double[] x) {
            double a = left.value(x);
            double b = right.value(x);
            return Math.pow(a, b);
        }

        @Override
        public <T extends DualNumber<T>> T value(T[] x) {
            T a = left.value(x);
            if (right instanceof Constant c) {
                return a.pow(c.c());
            }
            return a.pow(right.value(x));
        }
    }

    /** A call of an elementary function. */
    record Call(Function function, Node[] arguments) implements Node {
        @Override
        public double value(double[] x) {
            double a = arguments[0].value(x);
            return arguments.length == 1 ? function.apply(a) : function.apply(a, arguments[1].value(x));
        }

        @Override
        public <T extends DualNumber<T>> T value(T[] x) {
            T a = arguments[0].value(x);
            return arguments.length == 1 ? function.apply(a) : function.apply(a, arguments[1].value(x));
        }
    }
}
