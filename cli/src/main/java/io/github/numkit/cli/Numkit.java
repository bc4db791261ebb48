package io.github.numkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Properties;

import io.github.numkit.cli.calculus.DerivativeCommand;
import io.github.numkit.cli.linalg.LsqCommand;
import io.github.numkit.cli.linalg.QuadraticCommand;
import io.github.numkit.cli.optimization.StochasticApproximationCommand;
import io.github.numkit.cli.probability.WalkCommand;
import io.github.numkit.cli.tour.Tour;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code numkit} command: a tour of worked examples and one command per library module.
 *
 * <p>Exit codes: {@value #OK} on success, {@value #NUMERICAL_FAILURE} when the computation ran but
 * has no result to give (no minimum exists, an iteration diverged, a tour check failed), and
 * {@value #BAD_INPUT} for bad usage or a bad input file. Every failure prints one line
 * {@code numkit: <message>} on standard error, with the stack trace only under {@code --debug}.
 */
@Command(name = "numkit",
        mixinStandardHelpOptions = true,
        versionProvider = Numkit.Version.class,
        description = "Numerical methods, worked and checked: quadratic forms and least squares,"
                + " derivatives, random walks and stochastic approximation.",
        subcommands = {
            Tour.class,
            QuadraticCommand.class,
            LsqCommand.class,
            DerivativeCommand.class,
            WalkCommand.class,
            StochasticApproximationCommand.class,
        })
public final class Numkit implements Runnable {

    /** Exit code of a successful run. */
    public static final int OK = 0;

    /** Exit code of a run whose computation has no result to give. */
    public static final int NUMERICAL_FAILURE = 1;

    /** Exit code of bad usage or a bad input file. */
    public static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    private boolean debug;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: run 'numkit --help' for the list");
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line with the given output streams and returns the exit code, without
     * exiting the JVM.
     *
     * @param args the command-line arguments
     * @param out where results go
     * @param err where error messages and progress go
     * @return {@link #OK}, {@link #NUMERICAL_FAILURE} or {@link #BAD_INPUT}
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine commandLine = new CommandLine(new Numkit());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        DecimalConverter decimal = new DecimalConverter();
        commandLine.registerConverter(Double.class, decimal);
        commandLine.registerConverter(Double.TYPE, decimal);
        commandLine.registerConverter(Integer.class, WholeNumberConverter.forInt());
        commandLine.registerConverter(Integer.TYPE, WholeNumberConverter.forInt());
        commandLine.registerConverter(Long.class, WholeNumberConverter.forLong());
        commandLine.registerConverter(Long.TYPE, WholeNumberConverter.forLong());
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine failed = ex.getCommandLine();
            err.println("numkit: " + ex.getMessage() + " (see '" + failed.getCommandSpec().qualifiedName()
                    + " --help')");
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            int code = exitCode(ex);
            err.println("numkit: " + message(ex));
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code;
        });
        int code = commandLine.execute(args);
        out.flush();
        return code;
    }

    private static int exitCode(Exception ex) {
        if (ex instanceof NumericalFailureException || ex instanceof ArithmeticException) {
            return NUMERICAL_FAILURE;
        }
        if (ex instanceof InputFileException || ex instanceof IllegalArgumentException
                || ex instanceof IOException || ex instanceof UncheckedIOException) {
            return BAD_INPUT;
        }
        return NUMERICAL_FAILURE;
    }

    private static String message(Exception ex) {
        Throwable cause = ex instanceof UncheckedIOException ? ex.getCause() : ex;
        if (cause instanceof NoSuchFileException) {
            return "file not found: " + cause.getMessage();
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied: " + cause.getMessage();
        }
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return "input is not UTF-8 text";
        }
        if (cause instanceof FileSystemException) {
            FileSystemException failure = (FileSystemException) cause;
            return failure.getFile() + ": " + (failure.getReason() == null ? "cannot be read or written" : failure.getReason());
        }
        if (cause instanceof IOException) {
            return "input or output failed: " + cause.getMessage();
        }
        if (ex instanceof NumericalFailureException || ex instanceof InputFileException
                || ex instanceof IllegalArgumentException || ex instanceof ArithmeticException) {
            return ex.getMessage();
        }
        return "internal error: " + ex + " (please report it; --debug prints the stack trace)";
    }

    /** Reads the version that Maven wrote into the jar's resources. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Numkit.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"numkit " + properties.getProperty("version", "(unknown version)")};
        }
    }
}
