package io.github.numkit.jmh.probability;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import io.github.numkit.probability.series.PowerSeries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The product of two dense power series of order N truncated at N: direct convolution against the
 * FFT, to place the crossover that {@code PowerSeries.multiply} uses. Orders 2^18 and 2^20 are in
 * {@link FftProductBenchmark}, because the direct product there takes minutes per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SeriesProductBenchmark {

    /** The order N. */
    @Param({"16", "32", "64", "128", "256", "512", "1024", "4096", "16384", "65536"})
    public int order;

    private PowerSeries f;
    private PowerSeries g;

    /** Draws the coefficients from a fixed seed. */
    @Setup
    public void setUp() {
        f = randomSeries(order, 1);
        g = randomSeries(order, 2);
    }

    static PowerSeries randomSeries(int order, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] c = new double[order + 1];
        for (int k = 0; k <= order; k++) {
            c[k] = random.nextDouble(-1, 1);
        }
        return PowerSeries.of(order, c);
    }

    /**
     * Returns f·g by direct convolution.
     *
     * @return the product
     */
    @Benchmark
    public PowerSeries direct() {
        return f.multiplyDirect(g);
    }

    /**
     * Returns f·g by FFT.
     *
     * @return the product
     */
    @Benchmark
    public PowerSeries fft() {
        return f.multiplyFft(g);
    }
}
