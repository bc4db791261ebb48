package io.github.numkit.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine's reference points, measured in the same run as the benchmarks they are compared
 * with: two rates of fused multiply-adds in plain Java, and the memory bandwidth of a plain array
 * stream. One fused multiply-add counts as two floating-point operations.
 *
 * <p>{@link #fmaVector()} is the fastest loop shape found for plain Java on JDK 17: two rows of a
 * small L1-resident block updated from two other rows, four multiply-adds per four loads and two
 * stores, which C2 compiles to vector instructions. It is the reference for a vectorised kernel
 * such as a matrix update. Plain Java has no way to hold vector accumulators in registers across a
 * loop, so this stays below the core's peak. On this 2-core Xeon it measured 36 to 43 GFLOP/s.
 * {@link #fmaPeak()} runs chains of multiply-adds through a small array, one multiply-add per load
 * and store, which C2 leaves close to the scalar rate (about 15 GFLOP/s here); it is the reference
 * for scalar code. {@link #streamBandwidth()} reads two arrays far larger than the last-level cache
 * once per call; its time per element gives bytes per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PeakFlops {

    /** Accumulator lanes: enough independent chains to hide the latency of one FMA. */
    private static final int LANES = 64;

    /** Passes over the accumulators per call. */
    private static final int PASSES = 1024;

    /** Row length of the vector benchmark: four rows of 2 KiB stay in the L1 cache. */
    private static final int ROW = 256;

    /** Sweeps over the rows per call in the vector benchmark. */
    private static final int SWEEPS = 256;

    /** Elements per array in the streaming benchmark: 2 × 64 MiB of doubles, beyond any cache. */
    private static final int STREAM_LENGTH = 1 << 23;

    private double[] accumulators;
    private double[] multipliers;
    private double[] left;
    private double[] right;
    private double[] target0;
    private double[] target1;
    private double[] source0;
    private double[] source1;

    /** Fills the inputs from fixed values, so every run measures the same work. */
    @Setup
    public void setUp() {
        accumulators = new double[LANES];
        multipliers = new double[LANES];
        for (int i = 0; i < LANES; i++) {
            accumulators[i] = 1.0 + i * 1e-3;
            multipliers[i] = 0.999_999 - i * 1e-9;
        }
        target0 = new double[ROW];
        target1 = new double[ROW];
        source0 = new double[ROW];
        source1 = new double[ROW];
        for (int j = 0; j < ROW; j++) {
            source0[j] = 1.0 / (j + 1);
            source1[j] = 1.0 / (j + 2);
        }
        left = new double[STREAM_LENGTH];
        right = new double[STREAM_LENGTH];
        for (int i = 0; i < STREAM_LENGTH; i++) {
            left[i] = i * 0.5;
            right[i] = 1.0 / (i + 1.0);
        }
    }

    /**
     * Runs {@code LANES × PASSES} fused multiply-adds; divide 2 × that count by the time per
     * operation for FLOP/s.
     *
     * @return a sum of the accumulators, so the JIT cannot drop the work
     */
    @Benchmark
    @OperationsPerInvocation(LANES * PASSES)
    public double fmaPeak() {
        double[] a = accumulators;
        double[] m = multipliers;
        for (int pass = 0; pass < PASSES; pass++) {
            for (int i = 0; i < LANES; i++) {
                a[i] = Math.fma(a[i], m[i], 1e-7);
            }
        }
        double sum = 0;
        for (double v : a) {
            sum += v;
        }
        return sum;
    }

    /**
     * Runs {@code 4 × ROW × SWEEPS} fused multiply-adds in the vectorisable 2×2 update shape; divide
     * 2 × that count by the time per operation for FLOP/s.
     *
     * @return an entry of the updated rows, so the JIT cannot drop the work
     */
    @Benchmark
    @OperationsPerInvocation(4 * ROW * SWEEPS)
    public double fmaVector() {
        double[] c0 = target0;
        double[] c1 = target1;
        double[] b0 = source0;
        double[] b1 = source1;
        // Small coefficients keep the rows from growing without bound over many calls.
        double a00 = 1e-9;
        double a01 = 2e-9;
        double a10 = 3e-9;
        double a11 = 4e-9;
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int j = 0; j < ROW; j++) {
                double u0 = b0[j];
                double u1 = b1[j];
                c0[j] = Math.fma(a00, u0, Math.fma(a01, u1, c0[j]));
                c1[j] = Math.fma(a10, u0, Math.fma(a11, u1, c1[j]));
            }
        }
        return c0[0] + c1[ROW - 1];
    }

    /**
     * Streams two arrays once (a dot product); each operation reads 16 bytes.
     *
     * @return the dot product
     */
    @Benchmark
    @OperationsPerInvocation(STREAM_LENGTH)
    public double streamBandwidth() {
        double[] x = left;
        double[] y = right;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int n = x.length;
        for (int i = 0; i < n; i += 4) {
            s0 += x[i] * y[i];
            s1 += x[i + 1] * y[i + 1];
            s2 += x[i + 2] * y[i + 2];
            s3 += x[i + 3] * y[i + 3];
        }
        return s0 + s1 + s2 + s3;
    }
}
