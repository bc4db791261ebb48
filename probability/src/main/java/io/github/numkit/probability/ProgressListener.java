package io.github.numkit.probability;

/**
 * Receiver of progress reports from long computations such as simulations of many paths.
 *
 * <p>The library calls {@link #progress(long, long)} from the thread that finished a unit of work,
 * so an implementation shared between threads must be thread-safe. The calls for one computation
 * report non-decreasing values of {@code done}, and the last call has {@code done == total}.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Receives a progress report.
     *
     * @param done units of work finished so far, between 0 and {@code total}
     * @param total units of work in the whole computation
     */
    void progress(long done, long total);
}
