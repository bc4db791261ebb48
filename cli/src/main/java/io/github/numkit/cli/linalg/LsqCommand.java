package io.github.numkit.cli.linalg;

import io.github.numkit.cli.CommonOptions;
import io.github.numkit.cli.CsvTable;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.Report;
import io.github.numkit.linalg.leastsquares.LeastSquares;
import io.github.numkit.linalg.leastsquares.LeastSquaresFit;
import io.github.numkit.linalg.leastsquares.StrdProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code numkit lsq}: a linear least-squares fit of a NIST StRD file or a CSV table.
 */
@Command(name = "lsq", mixinStandardHelpOptions = true,
        description = "Fit a linear least-squares model by Householder QR with iterative refinement and print"
                + " the coefficients, their standard deviations, the residual standard deviation and R^2. A NIST"
                + " StRD .dat file is fitted with its own model and compared with its certified values (LRE ="
                + " digits that agree). Any other file is a CSV table whose last column is the response.")
public final class LsqCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "A NIST StRD .dat file or a CSV table.")
    private Path file;

    @Option(names = "--no-intercept",
            description = "For a CSV table, fit without the constant term (default: with it).")
    private boolean noIntercept;

    @Override
    public Integer call() throws IOException {
        Report report = new Report(spec.commandLine().getOut(), common.json());
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".dat")) {
            StrdProblem problem = StrdProblem.read(file);
            LeastSquaresFit fit = problem.fit();
            report.put("dataset", problem.name());
            report.line("dataset: " + problem.name() + " (" + problem.response().length + " observations)");
            print(report, fit, problem);
        } else {
            CsvTable table = CsvTable.read(file);
            if (table.columns() < 2) {
                throw new IllegalArgumentException(file + ": a CSV fit needs at least 2 columns (predictors, then"
                        + " the response), got " + table.columns());
            }
            double[][] data = table.data();
            int k = table.columns() - 1;
            double[][] predictors = new double[data.length][k];
            double[] y = new double[data.length];
            for (int i = 0; i < data.length; i++) {
                System.arraycopy(data[i], 0, predictors[i], 0, k);
                y[i] = data[i][k];
            }
            double[][] design = noIntercept ? predictors : LeastSquares.withIntercept(predictors);
            LeastSquaresFit fit = LeastSquares.fit(design, y);
            report.line("observations: " + data.length + ", predictors: " + k
                    + (noIntercept ? ", no intercept" : ", with intercept B0"));
            print(report, fit, null);
        }
        report.finish();
        return 0;
    }

    /** Formats a statistic, or says "undefined" for the NaN that marks one without a value. */
    private static String orUndefined(double value) {
        return Double.isNaN(value) ? "undefined" : Format.number(value);
    }

    private static void print(Report report, LeastSquaresFit fit, StrdProblem problem) {
        double[] beta = fit.coefficients();
        double[] sd = fit.standardDeviations();
        // Coefficients are numbered B0, B1, ... with a constant column, as the NIST files number
        // them, and from B1 without one.
        int first = fit.centeredRSquared() ? 0 : 1;

        boolean certified = problem != null;
        report.line(certified ? String.format(Locale.ROOT, "%-5s %24s %24s %6s %6s", "", "estimate",
                "standard deviation", "LRE", "LRE sd") : String.format(Locale.ROOT, "%-5s %24s %24s", "",
                "estimate", "standard deviation"));

        double worst = 15;
        for (int k = 0; k < beta.length; k++) {
            String name = "B" + (k + first);
            Report row = report.append("coefficients");
            row.put("name", name);
            row.put("estimate", beta[k]);
            if (Double.isNaN(sd[k])) {
                row.put("standardDeviation", (String) null);
            } else {
                row.put("standardDeviation", sd[k]);
            }
            if (certified) {
                double lre = StrdProblem.logRelativeError(beta[k], problem.certifiedCoefficients()[k]);
                double lreSd = StrdProblem.logRelativeError(sd[k], problem.certifiedStandardDeviations()[k]);
                worst = Math.min(worst, Math.min(lre, lreSd));
                row.put("lre", lre);
                row.put("lreStandardDeviation", lreSd);
                report.line(String.format(Locale.ROOT, "%-5s %24s %24s %6.1f %6.1f", name, Format.number(beta[k]),
                        Format.number(sd[k]), lre, lreSd));
            } else {
                report.line(String.format(Locale.ROOT, "%-5s %24s %24s", name, Format.number(beta[k]),
                        orUndefined(sd[k])));
            }
        }

        report.line("residual standard deviation: " + orUndefined(fit.residualStandardDeviation())
                + (certified ? String.format(Locale.ROOT, "  (LRE %.1f)", StrdProblem.logRelativeError(
                        fit.residualStandardDeviation(), problem.certifiedResidualStandardDeviation())) : ""));
        report.line("R^2: " + orUndefined(fit.rSquared()) + (fit.centeredRSquared() ? "" : " (uncentred: no"
                + " constant column)") + (certified ? String.format(Locale.ROOT, "  (LRE %.1f)",
                        StrdProblem.logRelativeError(fit.rSquared(), problem.certifiedRSquared())) : ""));
        report.line("rank: " + fit.rank() + ", method: " + fit.method() + ", refinement steps: "
                + fit.refinementSteps());
        boolean unique = fit.rank() == beta.length;
        if (!unique) {
            report.line("the design has rank " + fit.rank() + " but " + beta.length + " columns, so the coefficients"
                    + " are not unique: those shown are the minimum-norm solution, and their standard deviations"
                    + " are undefined because the data cannot tell the dependent columns apart");
        }
        if (Double.isNaN(fit.residualStandardDeviation())) {
            report.line("the residual standard deviation is undefined because there are no residual degrees of"
                    + " freedom: the number of observations equals the rank, " + fit.rank());
        }
        report.put("uniqueSolution", unique);

        if (Double.isNaN(fit.residualStandardDeviation())) {
            report.put("residualStandardDeviation", (String) null);
        } else {
            report.put("residualStandardDeviation", fit.residualStandardDeviation());
        }
        if (Double.isNaN(fit.rSquared())) {
            report.put("rSquared", (String) null);
        } else {
            report.put("rSquared", fit.rSquared());
        }
        report.put("rank", (long) fit.rank());
        report.put("method", fit.method());

        if (certified) {
            report.line(String.format(Locale.ROOT, "smallest LRE of coefficients and standard deviations: %.1f",
                    worst));
            report.put("minimumLre", worst);
        }
    }
}
