package io.github.numkit.calculus.difference;

/**
 * The nodes, weights and step chosen for one coordinate: the preferred stencil when its nodes at h
 * and at 2h lie inside the bounds, otherwise the most central window of the same order that fits,
 * otherwise the roomiest window with the step shrunk until it fits.
 */
final class Plan {

    final int[] nodes;
    final double[] weights;
    final double h;
    final int order;
    final boolean shifted;

    private Plan(int[] nodes, int m, double h, int order, boolean shifted) {
        this.nodes = nodes;
        this.weights = Weights.fornberg(m, nodes);
        this.h = h;
        this.order = order;
        this.shifted = shifted;
    }

    /**
     * Chooses the plan for derivative m of coordinate {@code name} at x.
     *
     * @param m 1 or 2
     * @param preferred the nodes of the requested stencil
     * @param order its order of accuracy
     * @param x the coordinate's value
     * @param lower its lower bound
     * @param upper its upper bound
     * @param h the requested step, exactly representable as (x + h) − x
     * @param name the coordinate's name for messages
     * @return the plan
     */
    static Plan choose(int m, int[] preferred, int order, double x, double lower, double upper, double h,
            String name) {
        if (fits(preferred, x, lower, upper, h)) {
            return new Plan(preferred, m, h, order, false);
        }
        int length = order + m;
        double preferredCenter = center(preferred);
        int[][] windows = new int[length][];
        for (int a = -(length - 1), w = 0; a <= 0; a++, w++) {
            windows[w] = new int[length];
            for (int k = 0; k < length; k++) {
                windows[w][k] = a + k;
            }
        }
        java.util.Arrays.sort(windows, java.util.Comparator.comparingDouble(n -> Math.abs(center(n) - preferredCenter)));
        for (int[] window : windows) {
            if (fits(window, x, lower, upper, h)) {
                return new Plan(window, m, h, order, true);
            }
        }

        int[] best = null;
        double bestStep = 0;
        for (int[] window : windows) {
            double room = room(window, x, lower, upper);
            if (room > bestStep) {
                bestStep = room;
                best = window;
            }
        }
        double shrunk = bestStep >= Double.MIN_NORMAL ? Math.scalb(1.0, Math.getExponent(bestStep)) : 0;
        if (best == null || shrunk < Double.MIN_NORMAL || x + shrunk == x) {
            throw new IllegalArgumentException(noRoom(name, x, lower, upper));
        }
        return new Plan(best, m, shrunk, order, true);
    }

    /**
     * Returns the message for a coordinate without room for a stencil. Without finite bounds the only
     * limits are the range and spacing of doubles, so the remedy is to rescale, not to widen bounds.
     */
    static String noRoom(String name, double x, double lower, double upper) {
        if (lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY) {
            return name + " = " + x + " has no room for a difference stencil: the nodes x ± h overflow past "
                    + Double.MAX_VALUE + " or round back to x; rescale the variable so that |x| is smaller";
        }
        return name + " = " + x + " has no room for a difference stencil inside [" + lower + ", " + upper
                + "]: widen the bounds or move the point";
    }

    private static boolean fits(int[] nodes, double x, double lower, double upper, double h) {
        for (int s : nodes) {
            double node = x + 2.0 * s * h;
            if (!(node >= lower && node <= upper)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the largest h for which x + 2sh stays inside [lower, upper] for every node s. */
    private static double room(int[] nodes, double x, double lower, double upper) {
        double room = Double.POSITIVE_INFINITY;
        for (int s : nodes) {
            if (s > 0) {
                room = Math.min(room, (upper - x) / (2.0 * s));
            } else if (s < 0) {
                room = Math.min(room, (x - lower) / (-2.0 * s));
            }
        }
        return room;
    }

    private static double center(int[] nodes) {
        return (nodes[0] + nodes[nodes.length - 1]) / 2.0;
    }
}
