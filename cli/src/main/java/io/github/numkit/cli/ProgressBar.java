package io.github.numkit.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Model.CommandSpec;

/**
 * A progress bar on standard error for long work, fed by a library's progress listener through
 * {@link #update(long, long)}.
 *
 * <p>It draws only when the command runs on a terminal and the output is not JSON, so a pipe, a
 * file or a script sees nothing. Redrawing is limited to ten times a second. {@code update} may be
 * called from several threads.
 */
public final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final String label;
    private final PrintWriter err;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(String label, PrintWriter err, boolean enabled) {
        this.label = label;
        this.err = err;
        this.enabled = enabled;
    }

    /**
     * Starts a bar.
     *
     * @param label what is in progress ("Simulating")
     * @param json true under {@code --json}, which turns the bar off
     * @param spec the running command, whose error stream the bar uses
     * @return the bar, drawing only on a terminal
     */
    public static ProgressBar start(String label, boolean json, CommandSpec spec) {
        boolean terminal = System.console() != null;
        return new ProgressBar(label, spec.commandLine().getErr(), terminal && !json);
    }

    /**
     * Reports progress; the signature fits each library's progress listener.
     *
     * @param done units of work finished
     * @param total units of work in all
     */
    public synchronized void update(long done, long total) {
        if (!enabled || total <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < REDRAW_NANOS && done < total) {
            return;
        }
        lastDraw = now;
        drawn = true;
        double fraction = Math.min(1.0, Math.max(0.0, (double) done / total));
        int filled = (int) Math.round(fraction * WIDTH);
        StringBuilder bar = new StringBuilder("\r").append(label).append(" [");
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled ? '#' : ' ');
        }
        bar.append("] ").append(Math.round(fraction * 100)).append('%');
        err.print(bar);
        err.flush();
    }

    /** Clears the bar's line. */
    @Override
    public synchronized void close() {
        if (enabled && drawn) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 10) + "\r");
            err.flush();
        }
    }
}
