package io.github.numkit.jmh.probability;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.github.numkit.probability.simulation.WalkSimulator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
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
 * Steps per second of one simulated walk of 2^24 steps on one thread: the numkit simulator (fair:
 * 64 steps per {@code nextLong()}; biased p = 0.3: bit-sliced comparison), the plain loops over
 * {@code java.util.Random} ({@code nextBoolean()}, and {@code nextDouble() < p}), and the generator's
 * own bound, 64 steps per {@code nextLong()} of XO_RO_SHI_RO_128_PP with nothing else done. Scores
 * are operations per microsecond with one operation per step, so 1 op/us is 10^6 steps/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class WalkSimulationBenchmark {

    private static final int STEPS = 1 << 24;
    private static final double P = 0.3;

    private WalkSimulator fair;
    private WalkSimulator biased;
    private Random random;
    private UniformRandomProvider generator;

    /** Seeds every generator from fixed values. */
    @Setup
    public void setUp() {
        fair = WalkSimulator.of(0.5, 20261204L);
        biased = WalkSimulator.of(P, 20261204L);
        random = new Random(20261204L);
        generator = RandomSource.XO_RO_SHI_RO_128_PP.create(20261204L);
    }

    /**
     * Returns S_n of the fair walk from the numkit simulator.
     *
     * @return the position
     */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long fairNumkit() {
        return fair.positions(STEPS, 1, null).positions()[0];
    }

    /**
     * Returns S_n of the fair walk from a plain loop over {@code Random.nextBoolean()}.
     *
     * @return the position
     */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long fairRandomLoop() {
        long x = 0;
        for (int i = 0; i < STEPS; i++) {
            x += random.nextBoolean() ? 1 : -1;
        }
        return x;
    }

    /**
     * Returns the xor of STEPS/64 outputs of XO_RO_SHI_RO_128_PP: the cost of the random bits alone,
     * the bound for any walk that uses 64 steps per output.
     *
     * @return the xor of the outputs
     */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long fairGeneratorBound() {
        long sink = 0;
        for (int i = 0; i < STEPS / 64; i++) {
            sink ^= generator.nextLong();
        }
        return sink;
    }

    /**
     * Returns S_n of the walk with p = 0.3 from the numkit simulator.
     *
     * @return the position
     */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long biasedNumkit() {
        return biased.positions(STEPS, 1, null).positions()[0];
    }

    /**
     * Returns S_n of the walk with p = 0.3 from a plain loop over {@code Random.nextDouble()}.
     *
     * @return the position
     */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long biasedRandomLoop() {
        long x = 0;
        for (int i = 0; i < STEPS; i++) {
            x += random.nextDouble() < P ? 1 : -1;
        }
        return x;
    }
}
