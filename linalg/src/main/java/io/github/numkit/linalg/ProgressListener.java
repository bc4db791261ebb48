package io.github.numkit.linalg;

/**
 * Receiver of progress reports from long computations, such as the iterations of a conjugate
 * gradient solve. The library calls it from the computing thread; it prints nothing itself.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Reports that {@code done} of at most {@code total} units of work are finished.
     *
     * @param done units finished so far, between 0 and {@code total}
     * @param total the planned number of units (an upper bound when the work may stop early)
     */
    void progress(long done, long total);
}
