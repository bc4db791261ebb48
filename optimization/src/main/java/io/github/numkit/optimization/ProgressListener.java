package io.github.numkit.optimization;

/**
 * Receiver of progress reports from long runs. The library calls it from the thread that runs the
 * method, at most a few hundred times per run, so a progress bar may update on every call.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Receives the amount of work done so far.
     *
     * @param done units of work finished, from 0 to {@code total}
     * @param total units of work in the whole run
     */
    void progress(long done, long total);
}
