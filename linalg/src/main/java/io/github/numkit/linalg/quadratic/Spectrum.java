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
        DMatrixRMaj matrix = new DMatrixRMaj(n, n, true, a.clone());
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(matrix)) {
            throw new ArithmeticException("symmetric eigendecomposition of the " + n + "x" + n
                    + " matrix did not converge");
        }
        Integer[] order = new Integer[n];
        double[] raw = new double[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
            raw[k] = eig.getEigenvalue(k).real;
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
