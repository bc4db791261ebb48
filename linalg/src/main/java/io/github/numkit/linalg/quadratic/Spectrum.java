package io.github.numkit.linalg.quadratic;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The eigendecomposition A = V Λ Vᵀ of a symmetric matrix by EJML's symmetric QR algorithm, with the
 * eigenvalues sorted in ascending order. Because the input is exactly symmetric, every eigenvalue is
 * real.
 */
final class Spectrum {

    /** Eigenvalues in ascending order. */
    final double[] values;
    /** Unit eigenvectors; row k belongs to {@code values[k]}. */
    final double[][] vectors;

    private Spectrum(double[] values, double[][] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /** Decomposes the symmetric n×n matrix stored row-major in {@code a}, which is not modified. */
    static Spectrum of(double[] a, int n) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        double shift = 0;
        if (!eig.decompose(new DMatrixRMaj(n, n, true, a.clone()))) {
            // EJML's QR iteration can stall on a cluster of zero eigenvalues, as it does on the
            // n×n matrix of ones for most n from 110 up. The eigenvalues of A ± sI are those of A
            // moved by ±s, with the same vectors, and moving the cluster away from zero lets the
            // iteration deflate. With s the power of two just above ‖A‖∞, the shift adds an
            // error of about ε·‖A‖ to each eigenvalue, the size of the eigensolver's own.
            double rowSum = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += Math.abs(a[i * n + j]);
                }
                rowSum = Math.max(rowSum, sum);
            }
            double size = Math.scalb(1.0, Math.getExponent(rowSum) + 1);
            boolean converged = false;
            for (double candidate : new double[] {size, -size}) {
                double[] shifted = a.clone();
                for (int i = 0; i < n; i++) {
                    shifted[i * n + i] += candidate;
                }
                eig = DecompositionFactory_DDRM.eig(n, true, true);
                if (eig.decompose(new DMatrixRMaj(n, n, true, shifted))) {
                    shift = candidate;
                    converged = true;
                    break;
                }
            }
            if (!converged) {
                throw new ArithmeticException("symmetric eigendecomposition of the " + n + "x" + n
                        + " matrix did not converge, also after shifting it by ±" + size);
            }
        }
        Integer[] order = new Integer[n];
        double[] raw = new double[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
            raw[k] = eig.getEigenvalue(k).real - shift;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(raw[p], raw[q]));
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int k = 0; k < n; k++) {
            values[k] = raw[order[k]];
            DMatrixRMaj v = eig.getEigenVector(order[k]);
            double[] column = new double[n];
            System.arraycopy(v.data, 0, column, 0, n);
            double norm = Compensated.norm(column);
            for (int i = 0; i < n; i++) {
                column[i] /= norm;
            }
            vectors[k] = column;
        }
        return new Spectrum(values, vectors);
    }
}
