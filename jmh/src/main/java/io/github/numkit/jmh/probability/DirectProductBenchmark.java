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
 * The direct product of two power series at order 2^18, timed as single shots beside
 * {@link FftProductBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(1)
public class DirectProductBenchmark {

    /** The order N. */
    @Param({"262144"})
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
     * Returns f·g by direct convolution.
     *
     * @return the product
     */
    @Benchmark
    public PowerSeries direct() {
        return f.multiplyDirect(g);
    }
}
