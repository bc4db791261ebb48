package io.github.numkit.probability.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.numkit.probability.ProgressListener;
import io.github.numkit.probability.arguments.ArgumentChecks;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded Monte Carlo simulation of the simple walk with up-step probability p: positions after n
 * steps, first-return and first-passage times, and single paths.
 *
 * <p>Steps come 64 at a time as the bits of a {@code long} (see {@code StepBits}): the fair walk uses
 * every bit of every {@code nextLong()}, and a position after n steps costs n/64 calls and as many
 * bit counts; the biased walk decides 64 steps in parallel from about 8 words, with the probability
 * of +1 exactly p.
 *
 * <p>Reproducibility: paths are grouped in blocks of {@value #BLOCK_SIZE}, and block b draws from its
 * own stream, so the result for a seed does not depend on the number of threads. The streams are
 * <ul>
 *   <li>b jumps of 2<sup>64</sup> outputs of the root generator when it is a
 *       {@link JumpableUniformRandomProvider}, the case for the default XO_RO_SHI_RO_128_PP;</li>
 *   <li>b successive {@code split()} children when it is a {@link SplittableUniformRandomProvider};</li>
 *   <li>otherwise the root generator itself, block after block on one thread, whatever thread count
 *       {@link #withThreads} sets.</li>
 * </ul>
 * Each call advances the root generator, so a sequence of calls on one simulator is reproducible as
 * a sequence.
 *
 * <p>Instances are mutable through the generator state and not thread-safe; the simulation of one
 * call may run on several threads internally.
 */
public final class WalkSimulator {

    /** The default generator: XO_RO_SHI_RO_128_PP, 128 bits of state, jumpable, passes BigCrush. */
    public static final RandomSource DEFAULT_SOURCE = RandomSource.XO_RO_SHI_RO_128_PP;

    /** Number of paths in a block, each block drawn from its own stream. */
    public static final int BLOCK_SIZE = 1024;

    private final double p;
    private final UniformRandomProvider root;
    private final String generatorName;
    private final int threads;
    private final StepBits bits;

    private WalkSimulator(double p, UniformRandomProvider root, String generatorName, int threads) {
        this.p = p;
        this.root = root;
        this.generatorName = generatorName;
        this.threads = threads;
        this.bits = new StepBits(p);
    }

    /**
     * Creates a simulator on the default generator seeded with {@code seed}.
     *
     * @param p probability of a step +1, in [0, 1]
     * @param seed the seed; the same seed gives the same results on every machine and thread count
     * @return the simulator, single-threaded until {@link #withThreads} is called
     * @throws IllegalArgumentException if p is outside [0, 1] or NaN
     */
    public static WalkSimulator of(double p, long seed) {
        ArgumentChecks.probability("p", p);
        UniformRandomProvider root = DEFAULT_SOURCE.create(seed);
        // The algorithm's class name, such as XoRoShiRo128PlusPlus, reads better than the enum constant.
        return new WalkSimulator(p, root, root.getClass().getSimpleName() + " seed " + seed, 1);
    }

    /**
     * Creates a simulator on a caller's generator, which the simulator then advances.
     *
     * @param p probability of a step +1, in [0, 1]
     * @param generator the generator; jumpable or splittable generators allow parallel streams
     * @return the simulator
     * @throws IllegalArgumentException if p is outside [0, 1] or NaN
     * @throws NullPointerException if the generator is null
     */
    public static WalkSimulator of(double p, UniformRandomProvider generator) {
        ArgumentChecks.probability("p", p);
        if (generator == null) {
            throw new NullPointerException("generator is null");
        }
        return new WalkSimulator(p, generator, generator.toString(), 1);
    }

    /**
     * Returns a simulator that shares this one's generator and runs on the given number of threads;
     * the results do not depend on the number.
     *
     * @param count number of threads, 1 or more
     * @return the simulator
     * @throws IllegalArgumentException if {@code count < 1}
     */
    public WalkSimulator withThreads(int count) {
        ArgumentChecks.positive("threads", count);
        return new WalkSimulator(p, root, generatorName, count);
    }

    /**
     * Simulates the position after n steps of each of {@code paths} independent walks.
     *
     * @param steps the number of steps n, 0 or more
     * @param paths the number of walks, 1 or more
     * @param listener receives the number of paths finished, block by block, from the calling thread
     * @return the positions
     * @throws IllegalArgumentException if steps is negative, paths is below 1, or the positions
     *     (8 bytes a path) would not fit in the maximum heap
     */
    public SimulatedPositions positions(long steps, int paths, ProgressListener listener) {
        ArgumentChecks.nonNegative("steps", steps);
        ArgumentChecks.positive("paths", paths);
        checkResultMemory(paths);
        long[] positions = new long[paths];
        String scheme = run(paths, listener, (rng, from, to) -> {
            for (int path = from; path < to; path++) {
                positions[path] = position(rng, steps);
            }
        });
        return new SimulatedPositions(positions, steps, p, scheme);
    }

    /** Checks, before any path is drawn, that one long a path fits in the maximum heap. */
    private static void checkResultMemory(int paths) {
        ArgumentChecks.workingMemory("simulating " + paths + " paths", (long) paths * Long.BYTES,
                Runtime.getRuntime().maxMemory());
    }

    private long position(UniformRandomProvider rng, long steps) {
        long ups = 0;
        long words = steps >>> 6;
        for (long w = 0; w < words; w++) {
            ups += Long.bitCount(bits.next(rng));
        }
        int rest = (int) (steps & 63);
        if (rest > 0) {
            ups += Long.bitCount(bits.next(rng) & ((1L << rest) - 1));
        }
        return 2 * ups - steps;
    }

    /**
     * Simulates the time of the first return to 0 of each walk, observed up to {@code maxSteps}.
     *
     * @param paths the number of walks, 1 or more
     * @param maxSteps the step limit, 1 or more
     * @param listener receives progress from the calling thread
     * @return the times, −1 for walks that had not returned by {@code maxSteps}
     * @throws IllegalArgumentException if paths or maxSteps is below 1, or the times (8 bytes a path)
     *     would not fit in the maximum heap
     */
    public SimulatedTimes firstReturnTimes(int paths, long maxSteps, ProgressListener listener) {
        return hittingTimes(0, paths, maxSteps, listener);
    }

    /**
     * Simulates the first-passage time to a nonzero level of each walk, observed up to
     * {@code maxSteps}.
     *
     * @param level the level k, nonzero
     * @param paths the number of walks, 1 or more
     * @param maxSteps the step limit, 1 or more
     * @param listener receives progress from the calling thread
     * @return the times, −1 for walks that had not reached k by {@code maxSteps}
     * @throws IllegalArgumentException if k = 0, or paths or maxSteps is below 1, or the times would
     *     not fit in the maximum heap
     */
    public SimulatedTimes firstPassageTimes(long level, int paths, long maxSteps, ProgressListener listener) {
        if (level == 0) {
            throw new IllegalArgumentException("level must be nonzero (use firstReturnTimes for 0), got 0");
        }
        return hittingTimes(level, paths, maxSteps, listener);
    }

    private SimulatedTimes hittingTimes(long level, int paths, long maxSteps, ProgressListener listener) {
        ArgumentChecks.positive("paths", paths);
        ArgumentChecks.positive("maxSteps", maxSteps);
        checkResultMemory(paths);
        long[] times = new long[paths];
        String scheme = run(paths, listener, (rng, from, to) -> {
            for (int path = from; path < to; path++) {
                times[path] = hittingTime(rng, level, maxSteps);
            }
        });
        long missing = 0;
        for (long t : times) {
            missing += t < 0 ? 1 : 0;
        }
        return new SimulatedTimes(times, maxSteps, missing, scheme);
    }

    /** Returns the first step m ≥ 1 with S_m = level, or −1 if none up to maxSteps. */
    private long hittingTime(UniformRandomProvider rng, long level, long maxSteps) {
        long x = 0;
        long t = 0;
        while (t < maxSteps) {
            long word = bits.next(rng);
            int available = (int) Math.min(64, maxSteps - t);
            if (Math.abs(level - x) > available) {
                // The level is out of reach within this word: move by its net displacement at once.
                long mask = available == 64 ? -1L : (1L << available) - 1;
                x += 2L * Long.bitCount(word & mask) - available;
                t += available;
                continue;
            }
            for (int j = 0; j < available; j++) {
                x += ((word >>> j) & 1) == 0 ? -1 : 1;
                t++;
                if (x == level) {
                    return t;
                }
            }
        }
        return -1;
    }

    /**
     * Simulates one path from the next stream.
     *
     * @param steps the number of steps, 0 or more
     * @return S<sub>0</sub> … S<sub>n</sub>, a new array of length n + 1
     * @throws IllegalArgumentException if steps is negative or too large for an array
     */
    public long[] path(int steps) {
        ArgumentChecks.seriesOrder("steps", steps, Long.BYTES);
        long[] path = new long[steps + 1];
        UniformRandomProvider rng = nextStream();
        for (int t = 0; t < steps; t += 64) {
            long word = bits.next(rng);
            int count = Math.min(64, steps - t);
            for (int j = 0; j < count; j++) {
                path[t + j + 1] = path[t + j] + (((word >>> j) & 1) == 0 ? -1 : 1);
            }
        }
        return path;
    }

    /** Work on the paths [from, to) of one block with that block's generator. */
    @FunctionalInterface
    private interface BlockTask {
        void run(UniformRandomProvider rng, int from, int to);
    }

    private boolean hasStreams() {
        return root instanceof JumpableUniformRandomProvider || root instanceof SplittableUniformRandomProvider;
    }

    private UniformRandomProvider nextStream() {
        if (root instanceof JumpableUniformRandomProvider) {
            return ((JumpableUniformRandomProvider) root).jump();
        }
        if (root instanceof SplittableUniformRandomProvider) {
            return ((SplittableUniformRandomProvider) root).split();
        }
        return root;
    }

    /** Runs the blocks, on the pool when streams allow it, and returns a description of the scheme. */
    private String run(int paths, ProgressListener listener, BlockTask task) {
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
        int blocks = (paths + BLOCK_SIZE - 1) / BLOCK_SIZE;
        List<UniformRandomProvider> streams = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            streams.add(nextStream());
        }
        if (!hasStreams() || threads == 1 || blocks == 1) {
            for (int b = 0; b < blocks; b++) {
                int from = b * BLOCK_SIZE;
                int to = Math.min(paths, from + BLOCK_SIZE);
                task.run(streams.get(b), from, to);
                progress.progress(to, paths);
            }
        } else {
            runParallel(paths, blocks, streams, progress, task);
        }
        String scheme = root instanceof JumpableUniformRandomProvider ? "one jump per block"
                : root instanceof SplittableUniformRandomProvider ? "one split per block" : "one stream, sequential";
        return generatorName + ", " + scheme + " of " + BLOCK_SIZE + " paths";
    }

    private void runParallel(int paths, int blocks, List<UniformRandomProvider> streams, ProgressListener progress,
                             BlockTask task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "numkit-walk-simulation");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(blocks);
            for (int b = 0; b < blocks; b++) {
                int from = b * BLOCK_SIZE;
                int to = Math.min(paths, from + BLOCK_SIZE);
                UniformRandomProvider rng = streams.get(b);
                futures.add(pool.submit(() -> task.run(rng, from, to)));
            }
            for (int b = 0; b < blocks; b++) {
                futures.get(b).get();
                progress.progress(Math.min(paths, (b + 1L) * BLOCK_SIZE), paths);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulation block failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
