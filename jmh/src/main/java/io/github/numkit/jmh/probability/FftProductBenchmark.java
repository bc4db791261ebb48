package io.github.numkit.jmh.probability;

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
 * The FFT product of two power series at orders 2^18 and 2^20, timed as single shots; the direct
 * product at 2^18 is in {@link DirectProductBenchmark}, and at 2^20 it would take minutes, so its
 * time follows from the measured N² growth.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class FftProductBenchmark {

    /** The order N. */
    @Param({"262144", "1048576"})
    public int order;

    private PowerSeries f;
    private PowerSeries g;

    /** Draws the coefficients from a fixed seed. */
    @Setup
    public void setUp() {
        f = SeriesProductBenchmark.randomSeries(order, 1);
        g = SeriesProductBenchmark.randomSeries(order, 2);
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
