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
        PolyaConstant integral = LatticeWalk.polyaConstantByIntegral();
        PolyaConstant closedForm = LatticeWalk.polyaConstant();

        System.out.println("Polya constant: closed form " + closedForm.returnProbability() + ", Bessel integral "
                + integral.returnProbability());
        assertThat(integral.returnProbability()).isCloseTo(closedForm.returnProbability(), within(1e-13));
        assertThat(integral.expectedVisits()).isCloseTo(1.516386059151978018156, within(1e-13));
    }

    @Test
    void invalidDimensionIsRejected() {
        assertThatThrownBy(() -> LatticeWalk.returnProbability(3, 10_001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be <= 10000 (in 3 dimensions the sum costs O(n^2) binomial terms), got 10001");
        assertThatThrownBy(() -> LatticeWalk.returnProbability(4, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension must be 1, 2 or 3, got 4");
    }
}
