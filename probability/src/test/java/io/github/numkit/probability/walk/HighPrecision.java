package io.github.numkit.probability.walk;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Logarithms, exponentials and log-factorials in 60-digit decimal arithmetic: the independent oracle
 * for binomial probabilities whose exact rationals are too large to form.
 */
final class HighPrecision {

    static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal PI =
            new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459");
    static final BigDecimal LN2 = atanhTimesTwo(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC));
    private static final BigDecimal HALF_LN_TWO_PI = ln(PI.multiply(TWO)).divide(TWO, MC);
    /** B_2k / (2k (2k - 1)) for k = 1..8, the Stirling series coefficients. */
    private static final BigDecimal[] STIRLING = {
        fraction(1, 12), fraction(-1, 360), fraction(1, 1260), fraction(-1, 1680),
        fraction(1, 1188), fraction(-691, 360360), fraction(1, 156), fraction(-3617, 122400),
    };

    private HighPrecision() {
    }

    private static BigDecimal fraction(long a, long b) {
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), MC);
    }

    /** Returns 2 atanh(y) for |y| ≤ 1/3 by its Taylor series. */
    private static BigDecimal atanhTimesTwo(BigDecimal y) {
        BigDecimal y2 = y.multiply(y, MC);
        BigDecimal power = y;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(70);
        for (int j = 0; j < 500; j++) {
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * j + 1), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(tolerance) < 0) {
                break;
            }
            power = power.multiply(y2, MC);
        }
        return sum.multiply(TWO, MC);
    }

    /** Returns ln z for z > 0 whose double value is a normal number. */
    static BigDecimal ln(BigDecimal z) {
        int k = Math.getExponent(z.doubleValue());
        BigDecimal m = k >= 0 ? z.divide(TWO.pow(k), MC) : z.multiply(TWO.pow(-k), MC);
        BigDecimal y = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC);
        BigDecimal lnM = atanhTimesTwo(y);
        return lnM.add(LN2 == null ? BigDecimal.ZERO : LN2.multiply(BigDecimal.valueOf(k), MC), MC);
    }

    /** Returns ln N for a positive integer of any size. */
    static BigDecimal ln(BigInteger n) {
        int shift = Math.max(0, n.bitLength() - 200);
        BigDecimal top = new BigDecimal(n.shiftRight(shift));
        return ln(top).add(LN2.multiply(BigDecimal.valueOf(shift), MC), MC);
    }

    /** Returns e^y. */
    static BigDecimal exp(BigDecimal y) {
        long k = y.divide(LN2, MC).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        BigDecimal r = y.subtract(LN2.multiply(BigDecimal.valueOf(k), MC), MC);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int j = 1; j < 200; j++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(j), MC);
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(BigDecimal.ONE.movePointLeft(70)) < 0) {
                break;
            }
        }
        BigDecimal scale = TWO.pow((int) Math.abs(k), MC);
        return k >= 0 ? sum.multiply(scale, MC) : sum.divide(scale, MC);
    }

    /** Returns ln m!: exactly summed for m ≤ 3000 and by the Stirling series above. */
    static BigDecimal lnFactorial(long m) {
        if (m <= 3000) {
            BigInteger f = BigInteger.ONE;
            for (long j = 2; j <= m; j++) {
                f = f.multiply(BigInteger.valueOf(j));
            }
            return ln(f);
        }
        BigDecimal dm = BigDecimal.valueOf(m);
        BigDecimal lnM = ln(dm);
        BigDecimal result = dm.add(new BigDecimal("0.5")).multiply(lnM, MC).subtract(dm, MC).add(HALF_LN_TWO_PI, MC);
        BigDecimal inverse = BigDecimal.ONE.divide(dm, MC);
        BigDecimal inverse2 = inverse.multiply(inverse, MC);
        BigDecimal power = inverse;
        for (BigDecimal coefficient : STIRLING) {
            result = result.add(coefficient.multiply(power, MC), MC);
            power = power.multiply(inverse2, MC);
        }
        return result;
    }

    /** Returns ln P(X = x) for X binomial(n, p), with p the exact value of the double. */
    static BigDecimal lnBinomial(long n, long x, double p) {
        BigDecimal bp = new BigDecimal(p);
        BigDecimal bq = BigDecimal.ONE.subtract(bp);
        BigDecimal result = lnFactorial(n).subtract(lnFactorial(x), MC).subtract(lnFactorial(n - x), MC);
        if (x > 0) {
            result = result.add(ln(bp).multiply(BigDecimal.valueOf(x), MC), MC);
        }
        if (n - x > 0) {
            result = result.add(ln(bq).multiply(BigDecimal.valueOf(n - x), MC), MC);
        }
        return result;
    }
}
