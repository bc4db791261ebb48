package io.github.numkit.cli.linalg;

import io.github.numkit.cli.CommonOptions;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.NumericalFailureException;
import io.github.numkit.cli.PlotOption;
import io.github.numkit.cli.ProgressBar;
import io.github.numkit.cli.Report;
import io.github.numkit.linalg.exact.ExactQuadratic;
import io.github.numkit.linalg.exact.ExactSolution;
import io.github.numkit.linalg.exact.Rational;
import io.github.numkit.linalg.matrixfile.MatrixCsv;
import io.github.numkit.linalg.matrixfile.MatrixMarket;
import io.github.numkit.linalg.quadratic.Classification;
import io.github.numkit.linalg.quadratic.QuadraticForm;
import io.github.numkit.linalg.quadratic.QuadraticSolution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code numkit quadratic}: classify f(x) = xᵀAx + bᵀx + c and find its stationary point.
 */
@Command(name = "quadratic", mixinStandardHelpOptions = true,
        description = "Classify the quadratic form f(x) = x'Ax + b'x + c (minimum, maximum, saddle,"
                + " semidefinite, unbounded or affine) and print its stationary point x*, f(x*), the residual"
                + " |2Ax* + b| and the condition estimate. Only the symmetric part of A matters.")
public final class QuadraticCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private PlotOption plot;

    @Option(names = "--matrix", required = true, paramLabel = "FILE",
            description = "A as a Matrix Market file (.mtx) or a CSV table (.csv), square.")
    private Path matrixFile;

    @Option(names = "--vector", paramLabel = "FILE",
            description = "b as a CSV file with one row or one column (default: zeros).")
    private Path vectorFile;

    @Option(names = "--constant", paramLabel = "C", defaultValue = "0",
            description = "The constant term c (default: ${DEFAULT-VALUE}).")
    private double constant;

    @Option(names = "--refine", paramLabel = "STEPS", defaultValue = "3",
            description = "Iterative refinement steps with a double-double residual (default: ${DEFAULT-VALUE}).")
    private int refine;

    @Option(names = "--exact",
            description = "Also solve in exact rational arithmetic and print x* as fractions (at most 32 variables;"
                    + " the time grows with the spread of exponents in A, to about 40 s at n = 32 when they span"
                    + " +-300).")
    private boolean exact;

    @Override
    public Integer call() throws IOException {
        if (refine < 0) {
            throw new ParameterException(spec.commandLine(), "--refine must be >= 0, got " + refine);
        }

        double[][] a = readMatrix(matrixFile);
        int n = a.length;
        if (a[0].length != n) {
            throw new IllegalArgumentException(matrixFile + ": --matrix must be square, but it has " + n + " rows of "
                    + a[0].length + " entries");
        }
        double[] b = vectorFile == null ? new double[n] : MatrixCsv.readVector(vectorFile);
        if (b.length != n) {
            throw new IllegalArgumentException("--vector " + vectorFile + " has " + b.length
                    + " entries but the matrix has " + n + " rows");
        }
        if (plot.requested() && n != 2) {
            throw new ParameterException(spec.commandLine(), "--plot draws contour lines of a 2-variable form, but"
                    + " the matrix has " + n + " rows");
        }
        if (exact && n > ExactQuadratic.MAX_DIMENSION) {
            throw new ParameterException(spec.commandLine(), "--exact supports at most "
                    + ExactQuadratic.MAX_DIMENSION + " variables, got " + n);
        }

        QuadraticForm form = QuadraticForm.of(a, b, constant);
        QuadraticSolution solution = form.solve(refine);
        Report report = new Report(spec.commandLine().getOut(), common.json());
        print(report, form, solution);
        if (exact) {
            ExactSolution exactSolution;
            try (ProgressBar bar = ProgressBar.start("Exact solve", common.json(), spec)) {
                exactSolution = ExactQuadratic.solve(a, b, constant, bar::update);
            }
            printExact(report, exactSolution);
        }
        if (plot.requested()) {
            ContourPlot.save(form, solution, plot.file());
            report.line("plot: " + plot.file());
            report.put("plot", String.valueOf(plot.file()));
        }
        report.finish();
        if (!hasExtremum(solution.classification())) {
            // The classification is printed in full, and the exit code lets a script see that
            // the requested extremum does not exist.
            throw new NumericalFailureException("f has no minimum or maximum: " + describe(solution.classification()));
        }
        return 0;
    }

    /** Tells whether f attains a minimum or a maximum, at one point or on an affine set. */
    private static boolean hasExtremum(Classification c) {
        return switch (c.extremum()) {
            case MINIMUM, MAXIMUM, MINIMUM_SET, MAXIMUM_SET, CONSTANT -> true;
            case SADDLE, UNBOUNDED_BELOW, UNBOUNDED_ABOVE, AFFINE -> false;
        };
    }

    static double[][] readMatrix(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".mtx")) {
            return MatrixMarket.readDense(file);
        }
        if (name.endsWith(".csv")) {
            return MatrixCsv.readMatrix(file);
        }
        throw new IllegalArgumentException("--matrix file must end in .mtx (Matrix Market) or .csv, got " + file);
    }

    static void print(Report report, QuadraticForm form, QuadraticSolution solution) {
        Classification c = solution.classification();
        int n = form.dimension();
        report.line("n: " + n);
        report.line("classification: " + describe(c));
        report.put("n", (long) n);
        report.put("definiteness", c.definiteness().name());
        report.put("extremum", c.extremum().name());

        if (c.eigenvalues().length > 0) {
            report.line("eigenvalues of A: " + abbreviate(c.eigenvalues()));
            report.put("eigenvalues", c.eigenvalues());
        }
        report.put("rank", (long) c.rank());

        if (form.antisymmetricNorm() > 0) {
            report.line("A is not symmetric: its symmetric part was used; |(A - A')/2|_F = "
                    + Format.number(form.antisymmetricNorm(), 3) + " (relative "
                    + Format.number(form.relativeAsymmetry(), 3) + ")");
        }
        report.put("antisymmetricNorm", form.antisymmetricNorm());

        if (solution.hasPoint()) {
            report.line("x*: " + abbreviate(solution.point()));
            report.line("f(x*): " + Format.number(solution.value()));
            report.line("residual |2Ax* + b|: " + Format.number(solution.residualNorm(), 3));
            report.line("forward error bound (relative, estimate): " + Format.number(solution.forwardErrorBound(), 3));
            report.put("point", solution.point());
            report.put("value", solution.value());
            report.put("residualNorm", solution.residualNorm());
            report.put("forwardErrorBound", solution.forwardErrorBound());
        } else {
            report.line("x*: none (2Ax + b = 0 has no solution)");
        }

        report.line("condition estimate: " + Format.number(solution.conditionEstimate(), 3)
                + " (" + solution.method().name().toLowerCase(Locale.ROOT) + ", " + solution.refinementSteps()
                + (solution.refinementSteps() == 1 ? " refinement step)" : " refinement steps)"));
        report.put("conditionEstimate", solution.conditionEstimate());
        report.put("method", solution.method().name());
        report.put("refinementSteps", (long) solution.refinementSteps());

        double[][] nullSpace = c.nullSpace();
        if (nullSpace.length > 0 && nullSpace.length < n) {
            for (double[] v : nullSpace) {
                report.line("null space basis vector: " + abbreviate(v));
            }
        }
        if (nullSpace.length > 0) {
            report.put("nullSpace", nullSpace);
        }

        if (c.decreasingDirection() != null) {
            report.line("f decreases without bound along: " + abbreviate(c.decreasingDirection()));
            report.put("decreasingDirection", c.decreasingDirection());
        }
        if (c.increasingDirection() != null) {
            report.line("f increases without bound along: " + abbreviate(c.increasingDirection()));
            report.put("increasingDirection", c.increasingDirection());
        }
    }

    private static void printExact(Report report, ExactSolution exact) {
        Report child = report.child("exact");
        child.put("extremum", exact.extremum().name());
        report.line("exact classification: " + exact.extremum().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " (" + exact.positiveEigenvalues() + " positive, " + exact.negativeEigenvalues() + " negative, "
                + (exact.nullSpace().length) + " zero eigenvalues)");
        if (exact.point() != null) {
            String[] fractions = Arrays.stream(exact.point()).map(Rational::toString).toArray(String[]::new);
            report.line("exact x*: (" + String.join(", ", fractions) + ")");
            report.line("exact f(x*): " + exact.value());
            child.put("point", String.join(", ", fractions));
            child.put("value", exact.value().toString());
        }
    }

    private static String describe(Classification c) {
        return switch (c.extremum()) {
            case MINIMUM -> "positive definite: unique minimum";
            case MAXIMUM -> "negative definite: unique maximum";
            case SADDLE -> "indefinite: saddle, no extremum" + (c.stationary() ? "" : " and no stationary point");
            case MINIMUM_SET -> "positive semidefinite: minimum on an affine set of dimension " + c.nullSpace().length
                    + " (x* is its point of minimum norm)";
            case MAXIMUM_SET -> "negative semidefinite: maximum on an affine set of dimension " + c.nullSpace().length
                    + " (x* is its point of minimum norm)";
            case UNBOUNDED_BELOW -> "positive semidefinite with b outside the range of A: unbounded below";
            case UNBOUNDED_ABOVE -> "negative semidefinite with b outside the range of A: unbounded above";
            case AFFINE -> "A = 0: f is affine and unbounded";
            case CONSTANT -> "A = 0 and b = 0: f is constant";
        };
    }

    /** Formats a vector, showing only its first and last entries when it is long. */
    static String abbreviate(double[] v) {
        if (v.length <= 12) {
            return Format.vector(v);
        }
        double[] head = Arrays.copyOf(v, 5);
        double[] tail = Arrays.copyOfRange(v, v.length - 5, v.length);
        String left = Format.vector(head);
        String right = Format.vector(tail);
        return left.substring(0, left.length() - 1) + ", ... " + (v.length - 10) + " more ..., "
                + right.substring(1);
    }
}
