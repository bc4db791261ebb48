package io.github.numkit.cli.calculus;

import io.github.numkit.cli.Format;

/**
 * Exact forms for printing: when a gradient has integer components, its norm is √n and its
 * direction is an integer vector over √k, as a textbook writes them ("√20", "(1, 2)/√5").
 */
final class Surds {

    /** Integer components above this are not written as surds: their squares lose exactness. */
    private static final double LIMIT = 1 << 20;

    private Surds() {
    }

    /** Returns "√n ≈ d.dddd" for a norm whose square is the integer n, or the norm to 5 digits. */
    static String norm(double[] v, double norm) {
        if (!integers(v)) {
            return Format.number(norm);
        }
        long n = 0;
        for (double c : v) {
            n += (long) c * (long) c;
        }
        long root = Math.round(Math.sqrt(n));
        if (root * root == n) {
            return Long.toString(root);
        }
        return "√" + n + " ≈ " + Format.number(norm, 5);
    }

    /** Returns "(a, b)/√k" for the direction of an integer vector, or null when that form does not apply. */
    static String direction(double[] v) {
        if (!integers(v)) {
            return null;
        }
        long g = 0;
        for (double c : v) {
            g = gcd(g, Math.abs((long) c));
        }
        if (g == 0) {
            return null;
        }
        long k = 0;
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            long r = (long) v[i] / g;
            k += r * r;
            text.append(i > 0 ? ", " : "").append(r);
        }
        text.append(")");
        long root = Math.round(Math.sqrt(k));
        if (root * root == k) {
            return root == 1 ? text.toString() : text + "/" + root;
        }
        return text + "/√" + k;
    }

    private static boolean integers(double[] v) {
        for (double c : v) {
            if (c != Math.rint(c) || Math.abs(c) > LIMIT) {
                return false;
            }
        }
        return true;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
