package io.github.numkit.calculus.difference;

/**
 * The difference formulas {@link FiniteDifference} offers, named by the side they sample and their
 * order of accuracy p: the truncation error of a first derivative is O(hᵖ).
 *
 * <p>Each formula's nodes are integer multiples of the step h; the weights come from Fornberg's
 * algorithm. With the stencil's default relative step c·scale, where c = ε^(1/(p+1)) for first
 * and ε^(1/(p+2)) for second derivatives (ε = 2⁻⁵²), truncation and rounding error balance, and
 * the total relative error is about c^p.
 */
public enum Stencil {

    /** (f(x+h) − f(x))/h, order 1; the second derivative uses nodes 0, 1, 2. */
    FORWARD(1, new int[] {0, 1}, new int[] {0, 1, 2}),

    /** (f(x) − f(x−h))/h, order 1; the second derivative uses nodes −2, −1, 0. */
    BACKWARD(1, new int[] {-1, 0}, new int[] {-2, -1, 0}),

    /** (f(x+h) − f(x−h))/(2h), order 2; the second derivative uses nodes −1, 0, 1. */
    CENTRAL(2, new int[] {-1, 1}, new int[] {-1, 0, 1}),

    /** Nodes −2…2, order 4. */
    CENTRAL_4(4, new int[] {-2, -1, 1, 2}, new int[] {-2, -1, 0, 1, 2}),

    /** Nodes −3…3, order 6. */
    CENTRAL_6(6, new int[] {-3, -2, -1, 1, 2, 3}, new int[] {-3, -2, -1, 0, 1, 2, 3});

    private final int order;
    private final int[] firstNodes;
    private final int[] secondNodes;

    Stencil(int order, int[] firstNodes, int[] secondNodes) {
        this.order = order;
        this.firstNodes = firstNodes;
        this.secondNodes = secondNodes;
    }

    /**
     * Returns the order of accuracy p of the first-derivative formula.
     *
     * @return p
     */
    public int order() {
        return order;
    }

    /**
     * Returns the order of accuracy of the second-derivative formula: p for the central stencils
     * and 1 for the one-sided ones.
     *
     * @return the order
     */
    public int secondOrder() {
        return this == FORWARD || this == BACKWARD ? 1 : order;
    }

    /**
     * Returns the nodes of the formula for derivative m, as multiples of h.
     *
     * @param m 1 or 2
     * @return a fresh array of nodes
     */
    int[] nodes(int m) {
        return (m == 1 ? firstNodes : secondNodes).clone();
    }

    /**
     * Returns the default relative step c for derivative m: ε^(1/(p+m)), which balances a
     * truncation error of O(hᵖ) against a rounding error of O(ε/hᵐ).
     *
     * @param m 1 or 2
     * @return c
     */
    public double defaultRelativeStep(int m) {
        int p = m == 1 ? order : secondOrder();
        return Math.pow(0x1p-52, 1.0 / (p + m));
    }
}
