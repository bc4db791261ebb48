package io.github.numkit.jmh.probability;

import java.util.concurrent.TimeUnit;

import io.github.numkit.probability.walk.SimpleWalk;
import org.apache.commons.statistics.distribution.BinomialDistribution;
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
 * The whole distribution of S_n for n = 10^6, every k: numkit's saddle-point binomial terms against
 * the peer, Commons Statistics 1.1 {@code BinomialDistribution.probability} over every count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class DistributionBenchmark {

    private static final int N = 1_000_000;

    /** The probability of a step +1. */
    @Param({"0.5", "0.3"})
    public double p;

    private SimpleWalk walk;
    private BinomialDistribution peer;
    private double[] out;

    /** Builds the walk, the peer distribution and the output array. */
    @Setup
    public void setUp() {
        walk = SimpleWalk.of(p);
        peer = BinomialDistribution.of(N, p);
        out = new double[N + 1];
    }

    /**
     * Returns the distribution from numkit.
     *
     * @return P(S_n = 2j - n) for every j
     */
    @Benchmark
    public double[] numkit() {
        return walk.distribution(N);
    }

    /**
     * Returns the distribution from Commons Statistics, into a preallocated array.
     *
     * @return P(X = j) for every j
     */
    @Benchmark
    public double[] commonsStatistics() {
        for (int j = 0; j <= N; j++) {
            out[j] = peer.probability(j);
        }
        return out;
    }
}
