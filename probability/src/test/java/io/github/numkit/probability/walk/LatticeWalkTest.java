package io.github.numkit.probability.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class LatticeWalkTest {

    private static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int j = 2; j <= n; j++) {
            f = f.multiply(BigInteger.valueOf(j));
        }
        return f;
    }

    /** u_2n on Z^3 as the exact count of closed paths, sum of (2n)!/(i! j! k!)^2 over i + j + k = n, over 6^2n. */
    private static BigFraction exactCubicReturn(int n) {
        BigInteger count = BigInteger.ZERO;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; i + j <= n; j++) {
                BigInteger d = factorial(i).multiply(factorial(j)).multiply(factorial(n - i - j));
                count = count.add(factorial(2 * n).divide(d.multiply(d)));
            }
        }
        return BigFraction.of(count, BigInteger.valueOf(6).pow(2 * n));
    }

    @Test
    void returnProbabilitiesMatchExactCounts() {
        for (int n = 0; n <= 25; n++) {
            BigFraction line = BigFraction.of(factorial(2 * n), factorial(n).pow(2).multiply(BigInteger.valueOf(4).pow(n)));
            double square = line.multiply(line).doubleValue();
            double cubic = exactCubicReturn(n).doubleValue();
            assertThat(LatticeWalk.returnProbability(1, n)).isCloseTo(line.doubleValue(), within(1e-14 * line.doubleValue()));
            assertThat(LatticeWalk.returnProbability(2, n)).isCloseTo(square, within(1e-14 * square));
            assertThat(LatticeWalk.returnProbability(3, n)).as("n=%d", n).isCloseTo(cubic, within(1e-13 * cubic));
        }
    }

    @Test
    void firstReturnsFollowRenewalIdentity() {
        double[] f = LatticeWalk.firstReturnProbabilities(1, 30);
        for (int n = 1; n <= 30; n++) {
            double expected = FirstReturn.of(0.5).firstReturnProbability(2L * n);
            assertThat(f[n]).isCloseTo(expected, within(1e-14 * expected));
        }
        // In Z^3: f_2 = 1/6 (step out and straight back), f_4 = u_4 - f_2 u_2 by the renewal equation.
        double[] cubic = LatticeWalk.firstReturnProbabilities(3, 4);
        double[] u = LatticeWalk.returnProbabilities(3, 4);
        assertThat(cubic[1]).isCloseTo(1.0 / 6, within(1e-16));
        assertThat(cubic[2]).isCloseTo(u[2] - cubic[1] * u[1], within(1e-16));
    }

    @Test
    void polyaConstantMatchesPublishedDigits() {
        PolyaConstant polya = LatticeWalk.polyaConstant();

        // Published to ten digits: 0.3405373296 (for example OEIS A086231).
        assertThat(polya.returnProbability()).isCloseTo(0.3405373296, within(6e-11));
        // 40-digit value from mpmath 1.3.0 with the same Gamma closed form: 0.340537329550999142826...
        assertThat(polya.returnProbability()).isCloseTo(0.340537329550999142826, within(1e-15));
        assertThat(polya.expectedVisits()).isCloseTo(1.516386059151978018156, within(1e-14));
    }

    @Test
    void polyaConstantMatchesBesselIntegral() {
        // u = integral over t of e^-t I0(t/3)^3 = 3 integral over x of (e^-x I0(x))^3, evaluated numerically.
        double u = 3 * besselIntegral();
        double polya = 1 - 1 / u;

        System.out.println("Polya constant: closed form " + LatticeWalk.polyaConstant().returnProbability()
                + ", Bessel integral " + polya);
        assertThat(polya).isCloseTo(LatticeWalk.polyaConstant().returnProbability(), within(1e-11));
    }

    /** Integral of g(x)^3 over [0, infinity) with g(x) = e^-x I0(x): Gauss-Legendre to 400, asymptotic tail. */
    private static double besselIntegral() {
        double[][] rule = gaussLegendre(20);
        double sum = 0;
        double cut = 400;
        for (int panel = 0; panel < 400; panel++) {
            double a = panel * cut / 400;
            double half = cut / 800;
            double mid = a + half;
            for (int j = 0; j < rule[0].length; j++) {
                double g = scaledBesselI0(mid + half * rule[0][j]);
                sum += half * rule[1][j] * g * g * g;
            }
        }
        // g(x) ~ (2 pi x)^-1/2 sum a_k x^-k with a_k = a_(k-1) (2k - 1)^2 / (8k); cube and integrate termwise.
        int terms = 12;
        double[] a = new double[terms];
        a[0] = 1;
        for (int k = 1; k < terms; k++) {
            a[k] = a[k - 1] * (2 * k - 1) * (2 * k - 1) / (8.0 * k);
        }
        double tail = 0;
        for (int m = 0; m < terms; m++) {
            double c = 0;
            for (int i = 0; i <= m; i++) {
                for (int j = 0; i + j <= m; j++) {
                    c += a[i] * a[j] * a[m - i - j];
                }
            }
            tail += c * Math.pow(cut, -0.5 - m) / (0.5 + m);
        }
        return sum + tail * Math.pow(2 * Math.PI, -1.5);
    }

    /** Returns e^-x I0(x) for 0 ≤ x ≤ 400 by the power series of I0. */
    private static double scaledBesselI0(double x) {
        double y = x * x / 4;
        double term = Math.exp(-x);
        double sum = term;
        for (int k = 1; k < 2000; k++) {
            term *= y / ((double) k * k);
            sum += term;
            if (term < 1e-18 * sum && k > x) {
                break;
            }
        }
        return sum;
    }

    /** Nodes and weights of the n-point Gauss-Legendre rule on [-1, 1], by Newton's method. */
    private static double[][] gaussLegendre(int n) {
        double[] nodes = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double derivative = 0;
            for (int iteration = 0; iteration < 100; iteration++) {
                double p0 = 1;
                double p1 = x;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                derivative = n * (x * p1 - p0) / (x * x - 1);
                double dx = p1 / derivative;
                x -= dx;
                if (Math.abs(dx) < 1e-16) {
                    break;
                }
            }
            nodes[i] = x;
            weights[i] = 2 / ((1 - x * x) * derivative * derivative);
        }
        return new double[][] {nodes, weights};
    }

    @Test
    void invalidDimensionIsRejected() {
        assertThatThrownBy(() -> LatticeWalk.returnProbability(4, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension must be 1, 2 or 3, got 4");
    }
}
