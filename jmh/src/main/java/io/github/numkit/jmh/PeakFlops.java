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
 * with: the single-core floating-point rate of a fused multiply-add loop the JIT vectorises, and the
 * memory bandwidth of a plain array stream.
 *
 * <p>{@link #fmaPeak()} keeps a small block of independent accumulators resident in registers, so
 * its throughput approaches the core's peak for {@code Math.fma} on vectors; one fused multiply-add
 * counts as two floating-point operations. {@link #streamBandwidth()} reads two arrays far larger than
 * the last-level cache once per call; its time per element gives bytes per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PeakFlops {

    /** Accumulator lanes: enough independent chains to hide the latency of a vector FMA. */
    private static final int LANES = 64;

    /** Passes over the accumulators per call. */
    private static final int PASSES = 1024;

    /** Elements per array in the streaming benchmark: 2 × 64 MiB of doubles, beyond any cache. */
    private static final int STREAM_LENGTH = 1 << 23;

    private double[] accumulators;
    private double[] multipliers;
    private double[] left;
    private double[] right;

    /** Fills the inputs from fixed values, so every run measures the same work. */
    @Setup
    public void setUp() {
        accumulators = new double[LANES];
        multipliers = new double[LANES];
        for (int i = 0; i < LANES; i++) {
            accumulators[i] = 1.0 + i * 1e-3;
            multipliers[i] = 0.999_999 - i * 1e-9;
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
