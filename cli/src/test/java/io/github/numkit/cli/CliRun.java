package io.github.numkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code numkit} command in-process and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {

    /**
     * Runs the command line.
     *
     * @param args the arguments after {@code numkit}
     * @return the exit code and the captured output and error text
     */
    public static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Numkit.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
