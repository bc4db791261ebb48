package io.github.numkit.calculus;

/**
 * Receives progress reports from long computations, such as a Hessian of many variables. The
 * CLI's progress bar method {@code ProgressBar::update} fits this interface.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Reports that {@code done} of {@code total} units of work are finished. Called from the
     * computing thread, with done increasing to total.
     *
     * @param done the units finished
     * @param total the units in all
     */
    void progress(long done, long total);
}
