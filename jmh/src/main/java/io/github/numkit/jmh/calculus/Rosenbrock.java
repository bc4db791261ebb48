package io.github.numkit.jmh.calculus;

import io.github.numkit.calculus.dual.Dual;
import io.github.numkit.calculus.dual.DualAccumulator;
import io.github.numkit.calculus.dual.DualNumber;
import io.github.numkit.calculus.dual.DualPoint;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * The n-dimensional Rosenbrock function Σ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)², written once per number
 * type with the same operations in the same order, so the benchmarks compare arithmetic, not
 * formulas.
 */
final class Rosenbrock {

    private Rosenbrock() {
    }

    static double value(double[] x) {
        double sum = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            sum = sum + a * a * 100 + b * b;
        }
        return sum;
    }

    static <T extends DualNumber<T>> T value(T[] x) {
        T sum = x[0].constant(0);
        for (int i = 0; i + 1 < x.length; i++) {
            T a = x[i + 1].subtract(x[i].multiply(x[i]));
            T b = x[i].negate().add(1);
            sum = sum.add(a.multiply(a).multiply(100)).add(b.multiply(b));
        }
        return sum;
    }

    static Dual value(DualPoint x) {
        DualAccumulator sum = new DualAccumulator();
        for (int i = 0; i + 1 < x.dimension(); i++) {
            Dual xi = x.get(i);
            Dual a = x.get(i + 1).subtract(xi.multiply(xi));
            Dual b = xi.negate().add(1);
            sum.add(a.multiply(a).multiply(100)).add(b.multiply(b));
        }
        return sum.get();
    }

    static DerivativeStructure value(DerivativeStructure[] x) {
        DerivativeStructure sum = x[0].getField().getZero();
        for (int i = 0; i + 1 < x.length; i++) {
            DerivativeStructure a = x[i + 1].subtract(x[i].multiply(x[i]));
            DerivativeStructure b = x[i].negate().add(1);
            sum = sum.add(a.multiply(a).multiply(100)).add(b.multiply(b));
        }
        return sum;
    }
}
