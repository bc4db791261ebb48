package io.github.numkit.cli.probability;

import java.io.PrintWriter;
import java.io.StringWriter;

import io.github.numkit.cli.Format;
import io.github.numkit.cli.Report;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks of the walk commands' options, made before anything is printed, with messages that name
 * the option rather than the library parameter behind it.
 */
final class OptionChecks {

    private final CommandSpec spec;

    OptionChecks(CommandSpec spec) {
        this.spec = spec;
    }

    /** Returns the probability with −0 turned into 0, or throws if it is outside [0, 1] or NaN. */
    double probability(String option, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw fail(option + " must be in [0, 1], got " + Format.number(value));
        }
        return value + 0.0;
    }

    /**
     * The largest --steps of a command that tabulates every step: a million entries are more than
     * anyone reads, and the arrays behind them stay well within a default heap.
     */
    static final long MAX_TABLE_STEPS = 1_000_000;

    /** Returns the value, or throws if it is below {@code min}. */
    long atLeast(String option, long value, long min) {
        if (value < min) {
            throw fail(option + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    /** Returns the value, or throws if it is above {@code max}, giving the reason in brackets. */
    long atMost(String option, long value, long max, String reason) {
        if (value > max) {
            throw fail(option + " must be <= " + max + " (" + reason + "), got " + value);
        }
        return value;
    }

    /** Returns a usage error with the message, for the frame to print with exit code 2. */
    ParameterException fail(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * Returns a report that keeps its text until {@link #print}, so a failure in the middle of a
     * command prints the error alone instead of half a report.
     */
    static Buffered buffered(CommandSpec spec, boolean json) {
        return new Buffered(spec, json);
    }

    /** A report written to the command's output only when it is complete. */
    static final class Buffered {
        private final StringWriter text = new StringWriter();
        private final Report report;
        private final CommandSpec spec;

        private Buffered(CommandSpec spec, boolean json) {
            this.spec = spec;
            this.report = new Report(new PrintWriter(text), json);
        }

        Report report() {
            return report;
        }

        /** Finishes the report and writes all of it to the command's output. */
        void print() {
            report.finish();
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
    }
}
