package io.github.numkit.cli.optimization;

import io.github.numkit.cli.CommonOptions;
import io.github.numkit.cli.CsvTable;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.InputFileException;
import io.github.numkit.cli.PlotOption;
import io.github.numkit.cli.ProgressBar;
import io.github.numkit.cli.Report;
import io.github.numkit.optimization.Checkpoints;
import io.github.numkit.optimization.descent.DescentResult;
import io.github.numkit.optimization.descent.GradientDescent;
import io.github.numkit.optimization.descent.LeastSquares;
import io.github.numkit.optimization.descent.Sampling;
import io.github.numkit.optimization.schedule.StepSchedule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code numkit sa sgd FILE.csv}: least squares by gradient descent, compared with the exact
 * minimiser from a Householder QR factorisation of the design.
 */
@Command(name = "sgd", mixinStandardHelpOptions = true,
        description = "Fit least squares with an intercept by stochastic, mini-batch or batch"
                + " gradient descent; the response is the last CSV column. The answer is"
                + " compared with the exact minimiser from a QR factorisation of the design.")
final class SgdCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private PlotOption plot;

    @Parameters(index = "0", paramLabel = "FILE.csv",
            description = "Features in the first columns, the response in the last.")
    private Path file;

    @Option(names = "--batch", paramLabel = "B",
            description = "Rows per iteration, from 1 to the number of rows (default: 1; the"
                    + " number of rows gives batch gradient descent).")
    private int batch = 1;

    @Option(names = "--epochs", paramLabel = "E", defaultValue = "50",
            description = "Passes over the data (default: 50).")
    private long epochs;

    @Option(names = "--step", paramLabel = "S",
            description = "Constant step (default: 0.5 divided by the mean squared row norm,"
                    + " which is always stable for batch descent).")
    private Double step;

    @Option(names = "--decay", description = "Use the step S/(1 + k/n) for n rows, which meets"
            + " the Robbins-Monro conditions, instead of a constant step.")
    private boolean decay;

    @Option(names = "--sampling", paramLabel = "MODE", defaultValue = "without",
            description = "Row sampling: without (reshuffle each epoch) or with replacement"
                    + " (default: without).")
    private String sampling;

    @Option(names = "--momentum", paramLabel = "BETA",
            description = "Heavy-ball momentum coefficient in [0, 1).")
    private Double momentum;

    @Option(names = "--adam", description = "Use Adam with beta1 = 0.9, beta2 = 0.999.")
    private boolean adam;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generator (default: 1).")
    private long seed;

    @Override
    public Integer call() throws IOException {
        CsvTable table = CsvTable.read(file);
        if (table.columns() < 2) {
            throw new InputFileException(file, 0, "least squares needs at least 2 columns"
                    + " (features, then the response), got " + table.columns());
        }
        int n = table.rows();
        int features = table.columns() - 1;
        double[][] x = new double[n][features];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double[] row = table.row(i);
            System.arraycopy(row, 0, x[i], 0, features);
            y[i] = row[features];
        }
        LeastSquares problem = LeastSquares.of(x, y, true);
        double a = step != null ? step : 0.5 / problem.maxCurvatureBound();
        StepSchedule schedule = decay ? StepSchedule.power(a * n, n, 1) : StepSchedule.constant(a);
        GradientDescent method = batch == n ? GradientDescent.batch(schedule)
                : GradientDescent.miniBatch(batch, schedule);
        method = method.sampling(parseSampling()).epochs(epochs);
        if (momentum != null) {
            method = method.momentum(momentum);
        }
        if (adam) {
            method = method.adam();
        }
        long total = method.iterations(n);
        method = method.checkpoints(Checkpoints.logarithmic(total, 10));

        DescentResult result;
        try (ProgressBar bar = ProgressBar.start("Gradient descent", common.json(), spec)) {
            result = method.progress(bar::update).minimize(problem, new double[features + 1], seed);
        }
        double[] exact = problem.exactMinimiser();
        double[] w = result.point();
        double error = result.distanceTo(exact);
        double relative = error / Math.sqrt(squaredNorm(exact));

        Report report = new Report(spec.commandLine().getOut(), common.json());
        report.line("coefficients (intercept first): " + Format.vector(w));
        report.line("exact minimiser (QR): " + Format.vector(exact));
        report.line("error |w - w*|: " + Format.number(error) + " (relative "
                + Format.number(relative, 3) + ")");
        report.line("loss (1/2n) sum of squared residuals: " + Format.number(result.loss())
                + ", at the minimiser " + Format.number(problem.loss(exact)));
        report.line("iterations: " + result.iterations() + " (" + result.epochs()
                + " epochs, batch " + result.batchSize() + ", step " + Format.number(a)
                + (decay ? " decaying as 1/k" : " constant") + ")");
        report.put("coefficients", w);
        report.put("exact", exact);
        report.put("error", error);
        report.put("relativeError", relative);
        report.put("loss", result.loss());
        report.put("exactLoss", problem.loss(exact));
        report.put("iterations", result.iterations());
        report.put("epochs", result.epochs());
        report.put("batch", (long) result.batchSize());
        report.put("step", a);

        if (plot.requested()) {
            long[] k = result.trajectory().iterations();
            double[] errors = result.trajectory().errors(exact);
            double[] reference = new double[k.length];
            for (int j = 0; j < k.length; j++) {
                reference[j] = errors[0] / Math.sqrt(k[j]);
            }
            new ErrorPlot("Gradient descent on " + file.getFileName(), "|w - w*|")
                    .measured("iterate", k, errors)
                    .theory("O(1/sqrt(k)), the rate of SGD with a 1/k step", k, reference)
                    .save(plot.file());
            report.line("plot: " + plot.file());
        }
        report.finish();
        return 0;
    }

    private Sampling parseSampling() {
        return switch (sampling) {
            case "without" -> Sampling.WITHOUT_REPLACEMENT;
            case "with" -> Sampling.WITH_REPLACEMENT;
            default -> throw new IllegalArgumentException(
                    "--sampling must be 'with' or 'without', got '" + sampling + "'");
        };
    }

    private static double squaredNorm(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e * e;
        }
        return s;
    }
}
