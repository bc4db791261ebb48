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
        if (batch < 1 || batch > n) {
            throw new IllegalArgumentException("--batch must be from 1 to the number of rows ("
                    + n + "), got " + batch);
        }
        OptionChecks.atLeast(epochs, 1, "--epochs");
        long perEpoch = ((long) n + batch - 1) / batch;
        if (epochs > Long.MAX_VALUE / perEpoch) {
            throw new IllegalArgumentException("--epochs must be <= " + Long.MAX_VALUE / perEpoch
                    + " with " + perEpoch + " iterations per epoch, got " + epochs);
        }
        if (step != null) {
            OptionChecks.positive(step, "--step");
        }
        if (momentum != null && !(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("--momentum must be in [0, 1), got "
                    + Format.number(momentum));
        }
        if (momentum != null && adam) {
            throw new IllegalArgumentException("--momentum and --adam cannot be combined: choose"
                    + " one update rule");
        }
        LeastSquares problem = LeastSquares.of(x, y, true);
        double a = step != null ? step : defaultStep(problem);
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
        double exactNorm = norm(exact);
        String update;
        String updateKey;
        if (adam) {
            update = "Adam (beta1 0.9, beta2 0.999, epsilon 1e-8)";
            updateKey = "adam";
        } else if (momentum != null) {
            update = "heavy-ball momentum (beta " + Format.number(momentum) + ")";
            updateKey = "momentum";
        } else {
            update = "plain gradient step";
            updateKey = "plain";
        }
        String stepRule = decay ? "step " + Format.number(a) + "/(1 + k/" + n + ")"
                : "constant step " + Format.number(a);

        Report report = new Report(spec.commandLine().getOut(), common.json());
        report.line("coefficients (intercept first): " + Format.vector(w));
        report.line("exact minimiser (QR): " + Format.vector(exact));
        if (exactNorm > 0) {
            report.line("error |w - w*|: " + Format.number(error) + " (relative "
                    + Format.number(error / exactNorm, 3) + ")");
        } else {
            report.line("error |w - w*|: " + Format.number(error) + " (absolute: the exact"
                    + " minimiser is 0, so a relative error is undefined)");
        }
        report.line("loss (1/2n) sum of squared residuals: " + Format.number(result.loss())
                + ", at the minimiser " + Format.number(problem.loss(exact)));
        report.line("method: " + update + ", " + stepRule);
        report.line("iterations: " + result.iterations() + " (" + result.epochs()
                + " epochs, batch " + result.batchSize() + ")");
        report.put("coefficients", w);
        report.put("exact", exact);
        report.put("error", error);
        if (exactNorm > 0) {
            report.put("relativeError", error / exactNorm);
        }
        report.put("loss", result.loss());
        report.put("exactLoss", problem.loss(exact));
        report.put("iterations", result.iterations());
        report.put("epochs", result.epochs());
        report.put("batch", (long) result.batchSize());
        report.put("step", a);
        report.put("decay", decay);
        report.put("update", updateKey);
        if (momentum != null) {
            report.put("momentum", momentum);
        }
        if (adam) {
            report.put("beta1", 0.9);
            report.put("beta2", 0.999);
            report.put("epsilon", 1e-8);
        }

        if (plot.requested()) {
            long[] k = result.trajectory().iterations();
            double[] errors = result.trajectory().errors(exact);
            double[] reference = new double[k.length];
            for (int j = 0; j < k.length; j++) {
                reference[j] = errors[0] / Math.sqrt(k[j]);
            }
            String referenceLabel = referenceLabel(decay && !adam && momentum == null
                    && batch < n);
            ErrorPlot chart = new ErrorPlot("Gradient descent on " + file.getFileName() + ", "
                    + updateKey + ", " + (decay ? "decaying" : "constant") + " step "
                    + Format.number(a, 3), "|w - w*|")
                    .measured("iterate", k, errors)
                    .theory(referenceLabel, k, reference);
            chart.save(plot.file());
            report.line("plot: " + plot.file());
            if (!chart.hasMeasuredPoints()) {
                report.line("note: the plot is empty because the error is 0 at every checkpoint,"
                        + " and a log axis cannot show 0.");
            }
        }
        report.finish();
        return 0;
    }

    /**
     * Returns the legend of the 1/sqrt(k) line. O(1/sqrt(k)) is the rate of plain single- or
     * mini-batch SGD with a 1/k step; for any other run the line is only a reference slope.
     */
    static String referenceLabel(boolean plainDecayingSgd) {
        return plainDecayingSgd ? "O(1/sqrt(k)), the rate of SGD with a 1/k step"
                : "reference slope 1/sqrt(k), the rate of plain SGD with a 1/k step, not of this"
                + " run";
    }

    /**
     * Returns 0.5 divided by the mean squared row norm, which bounds the largest curvature, and
     * rejects data so large that the norm overflows and the step would round to 0.
     */
    private double defaultStep(LeastSquares problem) {
        double bound = problem.maxCurvatureBound();
        double a = 0.5 / bound;
        if (!(a > 0) || !Double.isFinite(bound)) {
            throw new InputFileException(file, 0, "the data are too large for the default step:"
                    + " the mean squared row norm overflows to " + Format.number(bound) + ", so"
                    + " 0.5 divided by it is 0. Divide the columns by a common scale (such as"
                    + " their largest absolute value) or give --step");
        }
        return a;
    }

    private Sampling parseSampling() {
        return switch (sampling) {
            case "without" -> Sampling.WITHOUT_REPLACEMENT;
            case "with" -> Sampling.WITH_REPLACEMENT;
            default -> throw new IllegalArgumentException(
                    "--sampling must be 'with' or 'without', got '" + sampling + "'");
        };
    }

    /** Returns the Euclidean norm, scaled by the largest entry so that it does not overflow. */
    private static double norm(double[] v) {
        double largest = 0;
        for (double e : v) {
            largest = Math.max(largest, Math.abs(e));
        }
        if (largest == 0 || !Double.isFinite(largest)) {
            return largest;
        }
        double s = 0;
        for (double e : v) {
            s += (e / largest) * (e / largest);
        }
        return largest * Math.sqrt(s);
    }
}
