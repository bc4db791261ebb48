package io.github.numkit.optimization.iteration;

import io.github.numkit.optimization.ProgressListener;

/**
 * Passes progress to a listener about two hundred times per run, so that a cheap iteration does not
 * pay for a call per step.
 */
public final class Progress {

    private final ProgressListener listener;
    private final long total;
    private final long stride;
    private long nextReport;

    /**
     * Creates the reporter and reports zero work done.
     *
     * @param listener the receiver
     * @param total the units of work in the run
     */
    public Progress(ProgressListener listener, long total) {
        this.listener = listener;
        this.total = total;
        this.stride = Math.max(1, total / 200);
        this.nextReport = stride;
        listener.progress(0, total);
    }

    /**
     * Reports when {@code done} has passed the next reporting point.
     *
     * @param done units of work done
     */
    public void update(long done) {
        if (done >= nextReport) {
            listener.progress(done, total);
            nextReport = done + stride;
        }
    }

    /**
     * Returns the amount of work at which the next report is due, so that a loop can compare
     * against a local copy and call {@link #update(long)} only then.
     *
     * @return the next reporting point
     */
    public long nextReport() {
        return nextReport;
    }

    /**
     * Reports the end of the run.
     *
     * @param done units of work done when the run ended
     */
    public void finish(long done) {
        listener.progress(done, total);
    }
}
