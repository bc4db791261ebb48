package io.github.numkit.calculus.dual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.calculus.DerivativeEstimate;
import io.github.numkit.calculus.NonFiniteValueException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * {@link ForwardMode#directionalAllocationFree} against closed-form directional derivatives and
 * against {@link ForwardMode#directional} on the same functions written as {@link DualScalarField}.
 */
class DirectionalAllocationFreeTest {

    private static final DualPointField ROSENBROCK = x -> {
        DualAccumulator sum = new DualAccumulator();
        for (int i = 0; i + 1 < x.dimension(); i++) {
            Dual xi = x.get(i);
            Dual a = x.get(i + 1).subtract(xi.multiply(xi));
            Dual b = xi.negate().add(1);
            sum.add(a.multiply(a).multiply(100)).add(b.multiply(b));
        }
        return sum.get();
    };

    private static final DualPointField TAXICAB = x -> x.get(0).abs().add(x.get(1).abs());

    private static final DualPointField RADIUS = x -> {
        Dual a = x.get(0);
        Dual b = x.get(1);
        return a.multiply(a).add(b.multiply(b)).sqrt();
    };

    private static final DualPointField ROOT = x -> x.get(0).sqrt();

    private static final DualPointField LOG = x -> x.get(0).log();

    static <T extends DualNumber<T>> T rosenbrock(T[] x) {
        T sum = x[0].constant(0);
        for (int i = 0; i + 1 < x.length; i++) {
            T a = x[i + 1].subtract(x[i].multiply(x[i]));
            T b = x[i].negate().add(1);
            sum = sum.add(a.multiply(a).multiply(100)).add(b.multiply(b));
        }
        return sum;
    }

    static <T extends DualNumber<T>> T taxicab(T[] x) {
        return x[0].abs().add(x[1].abs());
    }

    static <T extends DualNumber<T>> T radius(T[] x) {
        return x[0].multiply(x[0]).add(x[1].multiply(x[1])).sqrt();
    }

    static <T extends DualNumber<T>> T root(T[] x) {
        return x[0].sqrt();
    }

    static <T extends DualNumber<T>> T log(T[] x) {
        return x[0].log();
    }

    /** Returns ∇f(x)·v/‖v‖ of the Rosenbrock function from its closed-form gradient, and the scale Σ|gᵢvᵢ|/‖v‖. */
    private static double[] rosenbrockDirectional(double[] x, double[] v) {
        double[] g = new double[x.length];
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            g[i] += -400 * x[i] * a - 2 * (1 - x[i]);
            g[i + 1] += 200 * a;
        }
        double dot = 0;
        double magnitude = 0;
        double squaredNorm = 0;
        for (int i = 0; i < x.length; i++) {
            dot += g[i] * v[i];
            magnitude += Math.abs(g[i] * v[i]);
            squaredNorm += v[i] * v[i];
        }
        double norm = Math.sqrt(squaredNorm);
        return new double[] {dot / norm, magnitude / norm};
    }

    @ParameterizedTest
    @MethodSource("dimensions")
    void rosenbrockMatchesClosedFormAndGenericPass(int n) {
        SplittableRandom random = new SplittableRandom(7L * n);
        for (int trial = 0; trial < 20; trial++) {
            double[] x = new double[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextDouble(-2, 2);
                v[i] = random.nextDouble(-1, 1);
            }
            double[] expected = rosenbrockDirectional(x, v);

            double fast = ForwardMode.directionalAllocationFree(ROSENBROCK, x, v);
            double generic = ForwardMode.directional(DirectionalAllocationFreeTest::rosenbrock, x, v).value();

            // The closed form sums the terms gᵢvᵢ in its own order and divides by ‖v‖ at the end,
            // so it agrees to a few ulps of the largest partial sum, which is at most
            // Σ|gᵢvᵢ|/‖v‖. A bound of 1e-13 of it is about 450 ulps, room for n = 100 terms. Both
            // passes seed the same vector and do the same operations, so they agree exactly.
            double tolerance = 1e-13 * expected[1];
            assertThat(fast).as("closed form, n = %d", n).isCloseTo(expected[0], within(tolerance));
            assertThat(fast).as("generic pass, n = %d", n).isEqualTo(generic);
        }
    }

    static Stream<Integer> dimensions() {
        return Stream.of(2, 3, 7, 100);
    }

    @Test
    void kinksAndRootsMatchGenericPassAtRandomPoints() {
        SplittableRandom random = new SplittableRandom(2026L);
        int undetermined = 0;
        for (int trial = 0; trial < 200; trial++) {
            // Coordinates are 0 half of the time, so that the kinks of |x| + |y| and the root of
            // sqrt(x² + y²) at the origin are met often, and direction components too.
            double[] x = new double[2];
            double[] v = new double[2];
            for (int i = 0; i < 2; i++) {
                x[i] = random.nextBoolean() ? 0 : random.nextDouble(-3, 3);
                v[i] = random.nextBoolean() ? 0 : random.nextDouble(-2, 2);
            }
            if (v[0] == 0 && v[1] == 0) {
                v[0] = 1;
            }
            double norm = Math.hypot(v[0], v[1]);

            double taxicab = ForwardMode.directionalAllocationFree(TAXICAB, x, v);
            double taxicabGeneric = ForwardMode.directional(DirectionalAllocationFreeTest::taxicab, x, v).value();
            // d/dt |xᵢ + t·uᵢ| at t = 0⁺ is sign(xᵢ)·uᵢ, or |uᵢ| where xᵢ = 0.
            double expected = 0;
            for (int i = 0; i < 2; i++) {
                double u = v[i] / norm;
                expected += x[i] == 0 ? Math.abs(u) : Math.signum(x[i]) * u;
            }
            // Both terms are at most 1 and each way rounds them a few times: 2e-15 is about 9 ulps of 1.
            assertThat(taxicab).as("|x| + |y| at %s along %s", x, v).isCloseTo(expected, within(2e-15));
            assertThat(taxicab).isEqualTo(taxicabGeneric);

            if (x[0] == 0 && x[1] == 0) {
                Throwable fast = catchThrowable(() -> ForwardMode.directionalAllocationFree(RADIUS, x, v));
                Throwable generic = catchThrowable(
                        () -> ForwardMode.directional(DirectionalAllocationFreeTest::radius, x, v));
                assertThat(fast).isInstanceOf(NotDifferentiableException.class).hasMessage(generic.getMessage());
                undetermined++;
                continue;
            }
            double radius = ForwardMode.directionalAllocationFree(RADIUS, x, v);
            double radiusGeneric = ForwardMode.directional(DirectionalAllocationFreeTest::radius, x, v).value();
            // ∇‖p‖ = p/‖p‖, so the derivative is p·u/‖p‖, at most 1 in magnitude: 1e-15 is about
            // 5 ulps of 1.
            double closedForm = (x[0] * v[0] + x[1] * v[1]) / (Math.hypot(x[0], x[1]) * norm);
            assertThat(radius).as("sqrt(x² + y²) at %s along %s", x, v).isCloseTo(closedForm, within(1e-15));
            assertThat(radius).isEqualTo(radiusGeneric);
        }
        assertThat(undetermined).as("trials at the origin").isGreaterThan(10);
    }

    @Test
    void taxicabAtOriginIsOneSided() {
        double[] origin = {0, 0};
        double[] v = {3, 4};

        double fast = ForwardMode.directionalAllocationFree(TAXICAB, origin, v);

        // (|3| + |4|)/5 = 7/5; the one-sided derivative at a kink, though there is no gradient.
        assertThat(fast).isCloseTo(7.0 / 5, within(Math.ulp(1.4)));
        assertThat(fast).isCloseTo(ForwardMode.directional(DirectionalAllocationFreeTest::taxicab, origin, v).value(),
                within(Math.ulp(1.4)));
    }

    @Test
    void taxicabOnAxisKinkMatchesClosedForm() {
        double[] x = {0, 1};
        double[] v = {-2, 1};

        double fast = ForwardMode.directionalAllocationFree(TAXICAB, x, v);

        // |x| contributes |−2|/√5 and y contributes 1/√5.
        assertThat(fast).isCloseTo(3 / Math.sqrt(5), within(2 * Math.ulp(1.35)));
        assertThat(fast).isCloseTo(ForwardMode.directional(DirectionalAllocationFreeTest::taxicab, x, v).value(),
                within(2 * Math.ulp(1.35)));
    }

    @Test
    void radiusAtOriginIsUndetermined() {
        double[] origin = {0, 0};
        double[] v = {1, 2};

        Throwable fast = catchThrowable(() -> ForwardMode.directionalAllocationFree(RADIUS, origin, v));
        Throwable generic = catchThrowable(() -> ForwardMode.directional(DirectionalAllocationFreeTest::radius, origin, v));

        // sqrt(x² + y²) = ‖(x, y)‖ has the one-sided derivative 1 along every unit vector, but
        // sqrt'(0) = ∞ meets a derivative part of 0, so forward mode cannot tell it from sqrt(x⁴).
        assertThat(fast).isInstanceOf(NotDifferentiableException.class);
        assertThat(((NotDifferentiableException) fast).undetermined()).isTrue();
        assertThat(((NotDifferentiableException) fast).coordinate()).isEqualTo(-1);
        assertThat(fast).hasMessage(generic.getMessage());
    }

    @Test
    void radiusAwayFromOriginMatchesClosedForm() {
        double[] x = {3, 4};
        double[] v = {1, 1};

        double fast = ForwardMode.directionalAllocationFree(RADIUS, x, v);

        // ∇‖p‖ = p/‖p‖ = (3, 4)/5, so along (1, 1)/√2 the derivative is 7/(5√2).
        assertThat(fast).isCloseTo(7 / (5 * Math.sqrt(2)), within(4 * Math.ulp(1.0)));
    }

    @Test
    void verticalTangentIsNonFinite() {
        double[] x = {0};
        double[] v = {1};

        Throwable fast = catchThrowable(() -> ForwardMode.directionalAllocationFree(ROOT, x, v));
        Throwable generic = catchThrowable(() -> ForwardMode.directional(DirectionalAllocationFreeTest::root, x, v));

        // sqrt at 0 along a nonzero seed: the derivative +∞ is reported, not returned.
        assertThat(fast).isInstanceOf(NonFiniteValueException.class);
        assertThat(((NonFiniteValueException) fast).value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(fast).hasMessage(generic.getMessage());
    }

    @Test
    void valueOutsideDomainIsNonFinite() {
        double[] x = {-1};
        double[] v = {1};

        Throwable fast = catchThrowable(() -> ForwardMode.directionalAllocationFree(LOG, x, v));
        Throwable generic = catchThrowable(() -> ForwardMode.directional(DirectionalAllocationFreeTest::log, x, v));

        assertThat(fast).isInstanceOf(NonFiniteValueException.class);
        assertThat(((NonFiniteValueException) fast).value()).isNaN();
        assertThat(fast).hasMessage(generic.getMessage());
    }

    @Test
    void constantCoordinateAtInfiniteSlopeIsDetermined() {
        // sqrt(x₀²) + x₁ at (0, 2) along e₁: x₀ does not move, so sqrt'(0) = ∞ times 0 is 0 and
        // the derivative is 1, exactly.
        DualPointField f = x -> x.get(0).multiply(x.get(0)).sqrt().add(x.get(1));

        assertThat(ForwardMode.directionalAllocationFree(f, new double[] {0, 2}, new double[] {0, 5})).isEqualTo(1.0);
    }

    @ParameterizedTest
    @MethodSource("extremeScales")
    void extremeDirectionsGiveUnitDirectionResult(double factor) {
        double[] x = {-1.2, 1, 0.4};
        double[] unit = {0.48, 0.6, 0.64};
        double[] v = {unit[0] * factor, unit[1] * factor, unit[2] * factor};
        double[] expected = rosenbrockDirectional(x, unit);

        double fast = ForwardMode.directionalAllocationFree(ROSENBROCK, x, v);

        // Each entry of v = factor·unit is rounded once. For the subnormal factors that rounding
        // is up to 2⁻¹⁰⁷⁴ absolute, 2e-14 relative at 3e-310, and none for 1e6·2⁻¹⁰⁷⁴, whose
        // products are whole multiples of 2⁻¹⁰⁷⁴; 1e-13 of the term scale covers both. The factors
        // 2^±49 and 2^±51 fall on either side of the bound where v is seeded as given.
        assertThat(fast).as("v = %s × unit", factor).isCloseTo(expected[0], within(1e-13 * expected[1]));
    }

    static Stream<Double> extremeScales() {
        return Stream.of(1.0, 0x1p49, 0x1p51, 0x1p-49, 0x1p-51, 1e-300, 1e300, 1e-308 / 0.64, Double.MAX_VALUE,
                3e-310, 0x1p-1074 * 1e6);
    }

    @Test
    void overflowingDirectionIsRescaled() {
        double[] x = {2, 3};
        double[] v = {1e-200, 1e200};
        // ‖v‖² overflows, so v is rescaled; f = x₀ + x₁ has the derivative
        // (1e-200 + 1e200)/‖v‖, which is 1 to double precision.
        DualPointField sum = p -> p.get(0).add(p.get(1));

        assertThat(ForwardMode.directionalAllocationFree(sum, x, v)).isEqualTo(1.0);
    }

    @Test
    void hugeAndTinyDirectionsKeepDerivativeInRange() {
        double[] x = {2};
        DualPointField steep = p -> p.get(0).multiply(1e300);
        DualPointField flat = p -> p.get(0).multiply(1e-300);

        // Seeded as given, 1e200 · 1e300 overflows, so the pass is repeated with a seed in
        // [1/2, 1); 1e-200 is shorter than 1/2 and scaled before the first pass, where
        // 1e-200 · 1e-300 would underflow to 0. Each result is the slope after a product and a
        // quotient rounded once each: 2 ulps.
        assertThat(ForwardMode.directionalAllocationFree(steep, x, new double[] {1e200}))
                .isCloseTo(1e300, within(2 * Math.ulp(1e300)));
        assertThat(ForwardMode.directionalAllocationFree(flat, x, new double[] {1e-200}))
                .isCloseTo(1e-300, within(2 * Math.ulp(1e-300)));
        assertThat(ForwardMode.directionalAllocationFree(flat, x, new double[] {-1e-200}))
                .isCloseTo(-1e-300, within(2 * Math.ulp(1e-300)));
    }

    static <T extends DualNumber<T>> T exp(T[] x) {
        return x[0].exp();
    }

    static <T extends DualNumber<T>> T expOfSum(T[] x) {
        return x[0].add(x[1]).exp();
    }

    static <T extends DualNumber<T>> T reciprocal(T[] x) {
        return x[0].reciprocal();
    }

    static <T extends DualNumber<T>> T tinySlope(T[] x) {
        return x[0].multiply(1e-300);
    }

    /** Returns 1/x, or −1/x² when squared, rounded once from the exact quotient of the double x. */
    private static double exactInverse(double x, boolean squared) {
        BigDecimal exact = new BigDecimal(x);
        BigDecimal divisor = squared ? exact.multiply(exact) : exact;
        BigDecimal inverse = BigDecimal.ONE.divide(divisor, MathContext.DECIMAL128);
        return squared ? -inverse.doubleValue() : inverse.doubleValue();
    }

    static Stream<Arguments> directionsThatScaleBadly() {
        // The exponentials are from bc -l at scale 60 or more. Seeded with v as given and no second
        // pass, each derivative part would overflow or fall into the subnormal range.
        DualPointField exp = p -> p.get(0).exp();
        DualPointField expOfSum = p -> p.get(0).add(p.get(1)).exp();
        DualPointField log = p -> p.get(0).log();
        DualPointField reciprocal = p -> p.get(0).reciprocal();
        DualPointField tinySlope = p -> p.get(0).multiply(1e-300);
        DualScalarField genericExp = DirectionalAllocationFreeTest::exp;
        DualScalarField genericExpOfSum = DirectionalAllocationFreeTest::expOfSum;
        DualScalarField genericLog = DirectionalAllocationFreeTest::log;
        DualScalarField genericReciprocal = DirectionalAllocationFreeTest::reciprocal;
        DualScalarField genericTinySlope = DirectionalAllocationFreeTest::tinySlope;
        return Stream.of(
                Arguments.of("exp at 709.5 along 2", exp, genericExp, new double[] {709.5}, new double[] {2},
                        1.3549863193146328308766e308, 1),
                Arguments.of("exp at 709 along 3", exp, genericExp, new double[] {709}, new double[] {3},
                        8.2184074615549721892414e307, 1),
                // The seed parts 0.6 and 0.8 and their sum are rounded, and so is exp: 4 ulps.
                Arguments.of("exp(x + y) at (354, 354) along (3, 4)", expOfSum, genericExpOfSum,
                        new double[] {354, 354}, new double[] {3, 4}, 4.2327364019864770206859e307, 4),
                Arguments.of("log at 1e-308 along 2", log, genericLog, new double[] {1e-308}, new double[] {2},
                        exactInverse(1e-308, false), 1),
                Arguments.of("1/x at 1e-154 along 4", reciprocal, genericReciprocal, new double[] {1e-154},
                        new double[] {4}, exactInverse(1e-154, true), 2),
                Arguments.of("exp at -708 along 2^-45", exp, genericExp, new double[] {-708}, new double[] {0x1p-45},
                        3.3075530036384079962012e-308, 1),
                Arguments.of("exp at -700 along 1e-13", exp, genericExp, new double[] {-700}, new double[] {1e-13},
                        9.8596765437597708567054e-305, 1),
                // The slope is the double nearest 1e-300, and u = 1, so the product is exact.
                Arguments.of("1e-300 x along 2^-49", tinySlope, genericTinySlope, new double[] {3},
                        new double[] {0x1p-49}, 1e-300, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directionsThatScaleBadly")
    void scaledSeedKeepsDerivativeInRange(String name, DualPointField fast, DualScalarField generic, double[] x,
            double[] v, double expected, int ulps) {
        double actual = ForwardMode.directionalAllocationFree(fast, x, v);

        assertThat(actual).as("closed form").isCloseTo(expected, within(ulps * Math.ulp(expected)));
        assertThat(actual).as("generic pass").isEqualTo(ForwardMode.directional(generic, x, v).value());
    }

    @Test
    void derivativeIsAccurateAtEveryMagnitude() {
        SplittableRandom random = new SplittableRandom(99L);
        DualPointField steep = p -> p.get(0).exp();
        DualPointField plane = p -> p.get(0).multiply(3).add(p.get(1).multiply(-2));
        double[] x = {709.75};
        double expected = 1.7398368732641605577e308;
        for (int trial = 0; trial < 2000; trial++) {
            // Magnitudes from 2⁻¹⁰⁷⁴ to near Double.MAX_VALUE, with random mantissas and signs.
            double magnitude = Math.scalb(1 + random.nextDouble(), random.nextInt(-1074, 1023));
            double[] v = {random.nextBoolean() ? magnitude : -magnitude};

            double fast = ForwardMode.directionalAllocationFree(steep, x, v);

            // In one dimension the seed is w = ±m, m in [1/2, 1) the significand of v, so the pass
            // gives exp(709.75)·w and the division by |w| undoes it: Math.exp, the product and the
            // quotient round once each, within 2 ulps of the value from bc -l.
            assertThat(Math.abs(fast)).as("exp at 709.75 along %s", v[0])
                    .isCloseTo(expected, within(2 * Math.ulp(expected)));
            assertThat(Math.signum(fast)).isEqualTo(Math.signum(v[0]));
            assertThat(fast).isEqualTo(ForwardMode.directional(DirectionalAllocationFreeTest::exp, x, v).value());

            int exponent = Math.min(Math.getExponent(magnitude) + random.nextInt(-3, 4), 1022);
            double[] w = {v[0], Math.scalb(random.nextDouble(-2, 2), exponent)};
            double[] origin = {0, 0};
            double plain = ForwardMode.directionalAllocationFree(plane, origin, w);
            double generic = ForwardMode.directional(DirectionalAllocationFreeTest::planeField, origin, w).value();
            BigDecimal w0 = new BigDecimal(w[0]);
            BigDecimal w1 = new BigDecimal(w[1]);
            double exact = new BigDecimal(3).multiply(w0).subtract(new BigDecimal(2).multiply(w1))
                    .divide(w0.multiply(w0).add(w1.multiply(w1)).sqrt(MathContext.DECIMAL128), MathContext.DECIMAL128)
                    .doubleValue();
            // (3w₀ − 2w₁)/‖w‖ is at most √13 in magnitude. The rounding of the seeds, the products,
            // the sum and the final quotient stays within 8 ulps of √13.
            assertThat(plain).as("3x - 2y along %s", java.util.Arrays.toString(w))
                    .isCloseTo(exact, within(8 * Math.ulp(Math.sqrt(13))));
            assertThat(plain).isEqualTo(generic);
        }
    }

    static <T extends DualNumber<T>> T planeField(T[] x) {
        return x[0].multiply(3).add(x[1].multiply(-2));
    }

    @Test
    void nullResultIsRejectedWithMessage() {
        DualPointField broken = p -> null;
        double[] x = {1, 2};
        double[] v = {3, 4};

        Throwable fast = catchThrowable(() -> ForwardMode.directionalAllocationFree(broken, x, v));
        Throwable generic = catchThrowable(() -> ForwardMode.directional(DirectionalAllocationFreeTest::nothing, x, v));

        assertThat(fast).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("f must return a Dual, got null at [1.0, 2.0]");
        assertThat(generic).isInstanceOf(IllegalArgumentException.class).hasMessage(fast.getMessage());
    }

    static <T extends DualNumber<T>> T nothing(T[] x) {
        return null;
    }

    @Test
    void overflowTakesSecondPass() {
        DualScalarField exp = DirectionalAllocationFreeTest::exp;

        // exp(709.5)·2 overflows, so the pass along v = 2 is repeated with the seed 1/2.
        DerivativeEstimate overflowing = ForwardMode.directional(exp, new double[] {709.5}, new double[] {2});
        DerivativeEstimate shortDirection = ForwardMode.directional(exp, new double[] {709.5}, new double[] {0.25});
        DerivativeEstimate ordinary = ForwardMode.directional(exp, new double[] {1}, new double[] {2});

        assertThat(overflowing.evaluations()).isEqualTo(2);
        assertThat(overflowing.method()).isEqualTo("dual numbers, two passes");
        assertThat(overflowing.value()).isCloseTo(1.3549863193146328308766e308, within(Math.ulp(1.35e308)));
        assertThat(shortDirection.evaluations()).isEqualTo(1);
        assertThat(shortDirection.value()).isEqualTo(overflowing.value());
        assertThat(ordinary.evaluations()).isEqualTo(1);
        assertThat(ordinary.value()).isCloseTo(Math.E, within(2 * Math.ulp(Math.E)));
    }

    @Test
    void tinyEntryOfLongDirectionStaysExact() {
        // Along v = (1e20, 1.2345e-300), 1e300·y changes at the rate 1e300·v₁/‖v‖ = 1.2345e-20.
        // Scaled to a norm near 1, v₁ would become subnormal and lose 13 bits; v itself is exact.
        DualPointField steepInY = p -> p.get(1).multiply(1e300);
        double[] origin = {0, 0};
        double[] v = {1e20, 1.2345e-300};
        BigDecimal norm = new BigDecimal(v[0]).pow(2).add(new BigDecimal(v[1]).pow(2)).sqrt(MathContext.DECIMAL128);
        double expected = new BigDecimal(1e300).multiply(new BigDecimal(v[1])).divide(norm, MathContext.DECIMAL128)
                .doubleValue();

        double fast = ForwardMode.directionalAllocationFree(steepInY, origin, v);

        assertThat(fast).isCloseTo(expected, within(2 * Math.ulp(expected)));
        assertThat(fast).isEqualTo(ForwardMode.directional(DirectionalAllocationFreeTest::steepInY, origin, v).value());
        // Doubling v changes no seed's rounding, so the result is the same number.
        assertThat(ForwardMode.directionalAllocationFree(steepInY, origin, new double[] {0x1p51, 2 * 1.2345e-300}))
                .isEqualTo(ForwardMode.directionalAllocationFree(steepInY, origin, new double[] {0x1p50, 1.2345e-300}));
    }

    static <T extends DualNumber<T>> T steepInY(T[] x) {
        return x[1].multiply(1e300);
    }

    @Test
    void overflowingPointSumIsAccepted() {
        // The coordinates are checked through their sum. A finite point whose sum overflows must
        // still pass, and give Σ cos(xᵢ)vᵢ/‖v‖.
        double[] x = new double[11];
        double[] v = new double[11];
        double dot = 0;
        double squares = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = 1.5e308 - i * 1e293;
            v[i] = i + 1;
            dot += Math.cos(x[i]) * v[i];
            squares += v[i] * v[i];
        }
        DualPointField sines = p -> {
            DualAccumulator sum = new DualAccumulator();
            for (int i = 0; i < p.dimension(); i++) {
                sum.add(p.get(i).sin());
            }
            return sum.get();
        };

        double fast = ForwardMode.directionalAllocationFree(sines, x, v);

        assertThat(fast).isCloseTo(dot / Math.sqrt(squares), within(1e-14 * Math.sqrt(x.length)));
        assertThat(fast).isEqualTo(ForwardMode.directional(DirectionalAllocationFreeTest::sines, x, v).value());
    }

    static <T extends DualNumber<T>> T sines(T[] x) {
        T sum = x[0].constant(0);
        for (T xi : x) {
            sum = sum.add(xi.sin());
        }
        return sum;
    }

    static Stream<Arguments> badInputs() {
        DualPointField fast = ROSENBROCK;
        return Stream.of(
                Arguments.of("zero direction", fast, new double[] {1, 2}, new double[] {0, 0}),
                Arguments.of("negative zero direction", fast, new double[] {1, 2}, new double[] {-0.0, 0}),
                Arguments.of("NaN point", fast, new double[] {1, Double.NaN}, new double[] {1, 0}),
                Arguments.of("infinite point, long", fast, new double[] {1, 2, 3, 4, 5, Double.NEGATIVE_INFINITY},
                        new double[] {1, 0, 0, 0, 0, 0}),
                Arguments.of("NaN point in unrolled part", fast, new double[] {1, 2, Double.NaN, 4, 5},
                        new double[] {1, 0, 0, 0, 0}),
                Arguments.of("opposite infinities in the point", fast,
                        new double[] {1, Double.POSITIVE_INFINITY, 3, 4, 5, Double.NEGATIVE_INFINITY, 7, 8, 9, 10},
                        new double[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
                Arguments.of("NaN point after the unrolled part", fast,
                        new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, Double.NaN}, new double[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 1}),
                Arguments.of("NaN point and zero direction", fast, new double[] {Double.NaN, 2}, new double[] {0, 0}),
                Arguments.of("NaN direction", fast, new double[] {1, 2}, new double[] {Double.NaN, 1}),
                Arguments.of("infinite direction", fast, new double[] {1, 2, 3, 4, 5},
                        new double[] {1, 1, 1, 1, Double.POSITIVE_INFINITY}),
                Arguments.of("short direction", fast, new double[] {1, 2}, new double[] {1}),
                Arguments.of("long direction", fast, new double[] {1, 2}, new double[] {1, 2, 3}),
                Arguments.of("empty point", fast, new double[0], new double[0]),
                Arguments.of("null point", fast, null, new double[] {1}),
                Arguments.of("null direction", fast, new double[] {1}, null),
                Arguments.of("null field", null, new double[] {1, 2}, new double[] {1, 0}),
                Arguments.of("null field and zero direction", null, new double[] {1, 2}, new double[] {0, 0}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputGivesSameMessage(String name, DualPointField f, double[] x, double[] v) {
        DualScalarField generic = f == null ? null : DirectionalAllocationFreeTest::rosenbrock;

        Throwable fast = catchThrowable(() -> ForwardMode.directionalAllocationFree(f, x, v));
        Throwable expected = catchThrowable(() -> ForwardMode.directional(generic, x, v));

        assertThat(expected).isInstanceOf(IllegalArgumentException.class);
        assertThat(fast).isInstanceOf(IllegalArgumentException.class);
        assertThat(fast).hasMessage(expected.getMessage());
    }
}
