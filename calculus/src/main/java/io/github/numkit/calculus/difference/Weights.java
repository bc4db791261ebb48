package io.github.numkit.calculus.difference;

/**
 * Finite-difference weights for arbitrary nodes by Fornberg's recursion: B. Fornberg, "Generation
 * of finite difference formulas on arbitrarily spaced grids", Mathematics of Computation 51 (1988),
 * 699–706.
 */
final class Weights {

    private Weights() {
    }

    /**
     * Returns weights w such that Σ wₖ f(sₖ h) / hᵐ approximates f⁽ᵐ⁾(0).
     *
     * @param m the derivative order
     * @param nodes the distinct nodes sₖ
     * @return the weights, one per node
     */
    static double[] fornberg(int m, int[] nodes) {
        int n = nodes.length;
        double[][] c = new double[n][m + 1];
        double c1 = 1;
        double c4 = nodes[0];
        c[0][0] = 1;
        for (int i = 1; i < n; i++) {
            int mn = Math.min(i, m);
            double c2 = 1;
            double c5 = c4;
            c4 = nodes[i];
            for (int j = 0; j < i; j++) {
                double c3 = nodes[i] - nodes[j];
                c2 *= c3;
                if (j == i - 1) {
                    for (int k = mn; k >= 1; k--) {
                        c[i][k] = c1 * (k * c[i - 1][k - 1] - c5 * c[i - 1][k]) / c2;
                    }
                    c[i][0] = -c1 * c5 * c[i - 1][0] / c2;
                }
                for (int k = mn; k >= 1; k--) {
                    c[j][k] = (c4 * c[j][k] - k * c[j][k - 1]) / c3;
                }
                c[j][0] = c4 * c[j][0] / c3;
            }
            c1 = c2;
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = c[i][m];
        }
        return w;
    }
}
