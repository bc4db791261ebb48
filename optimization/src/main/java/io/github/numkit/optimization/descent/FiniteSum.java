package io.github.numkit.optimization.descent;

/**
 * An objective of the form F(w) = (1/m) Σ<sub>i</sub> f<sub>i</sub>(w), i = 0, ..., m - 1, over
 * w in R<sup>p</sup>, given term by term so that a method can sample terms.
 */
public interface FiniteSum {

    /**
     * Returns the number of terms m.
     *
     * @return m, at least 1
     */
    int size();

    /**
     * Returns the dimension p of w.
     *
     * @return p, at least 1
     */
    int dimension();

    /**
     * Evaluates one term.
     *
     * @param i the term, from 0 to m - 1
     * @param w the point; read only
     * @return f<sub>i</sub>(w)
     */
    double value(int i, double[] w);

    /**
     * Adds a multiple of the gradient of one term to an accumulator and returns the term's value,
     * which most terms compute on the way at no extra cost.
     *
     * @param i the term, from 0 to m - 1
     * @param w the point; read only, and never the same array as {@code gradient}
     * @param weight the multiplier
     * @param gradient the accumulator; {@code gradient += weight ∇f_i(w)}
     * @return f<sub>i</sub>(w)
     */
    double addGradient(int i, double[] w, double weight, double[] gradient);

    /**
     * Computes F(w) = (1/m) Σ f<sub>i</sub>(w) in one pass.
     *
     * @param w the point; read only
     * @return F(w)
     */
    default double loss(double[] w) {
        double s = 0;
        int m = size();
        for (int i = 0; i < m; i++) {
            s += value(i, w);
        }
        return s / m;
    }
}
