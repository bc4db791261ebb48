package io.github.numkit.calculus.difference;

import io.github.numkit.calculus.NonFiniteValueException;
import io.github.numkit.calculus.ScalarField;
import io.github.numkit.calculus.VectorField;

/**
 * A scalar or vector field seen as a function with m outputs written into a caller's array, which
 * counts its evaluations and rejects non-finite values. One instance serves one call of a public
 * method, so it is not shared between threads.
 */
final class Sampler {

    private final ScalarField scalar;
    private final VectorField vector;
    private final int outputs;
    long evaluations;

    private Sampler(ScalarField scalar, VectorField vector, int outputs) {
        this.scalar = scalar;
        this.vector = vector;
        this.outputs = outputs;
    }

    static Sampler of(ScalarField f) {
        if (f == null) {
            throw new IllegalArgumentException("f must not be null");
        }
        return new Sampler(f, null, 1);
    }

    static Sampler of(VectorField f, int outputs) {
        return new Sampler(null, f, outputs);
    }

    int outputs() {
        return outputs;
    }

    /**
     * Evaluates at x into out, or throws {@link NonFiniteValueException} naming the point.
     *
     * @param x the point, read only
     * @param out receives the outputs
     * @param context what the evaluation is for
     */
    void sample(double[] x, double[] out, String context) {
        evaluations++;
        if (scalar != null) {
            out[0] = scalar.value(x);
        } else {
            double[] y = vector.value(x);
            if (y == null || y.length != outputs) {
                throw new IllegalArgumentException("the vector field must return " + outputs + " components, got "
                        + (y == null ? "null" : Integer.toString(y.length)) + " at " + java.util.Arrays.toString(x));
            }
            System.arraycopy(y, 0, out, 0, outputs);
        }
        for (int k = 0; k < outputs; k++) {
            if (!Double.isFinite(out[k])) {
                throw new NonFiniteValueException(out[k], x, context);
            }
        }
    }
}
