package io.github.numkit.cli.optimization;

import io.github.numkit.cli.CommonOptions;
import io.github.numkit.cli.CsvTable;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.InputFileException;
import io.github.numkit.cli.PlotOption;
import io.github.numkit.cli.Report;
import io.github.numkit.optimization.Checkpoints;
import io.github.numkit.optimization.streaming.MonteCarloEstimate;
import io.github.numkit.optimization.streaming.MonteCarloMean;
import io.github.numkit.optimization.streaming.RunningMoments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code numkit sa mean FILE.csv}: the incremental mean of one column with its error. */
@Command(name = "mean", mixinStandardHelpOptions = true,
        description = "Estimate the mean of one CSV column one value at a time (Welford's update),"
                + " with its standard error and a confidence interval from the central limit"
                + " theorem.")
final class MeanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private PlotOption plot;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The data, one value a row.")
    private Path file;

    @Option(names = "--column", paramLabel = "C",
            description = "The column: a header name or a 1-based number (default: 1).")
    private String column = "1";

    @Option(names = "--confidence", paramLabel = "P", defaultValue = "0.95",
            description = "Two-sided confidence level of the interval, in (0, 1) (default: 0.95).")
    private double confidence;

    @Override
    public Integer call() throws IOException {
        CsvTable table = CsvTable.read(file);
        double[] x = select(table);
        if (x.length < 2) {
            throw new InputFileException(file, 0,
                    "the mean's standard error needs at least 2 values, got " + x.length);
        }

        Checkpoints checkpoints = Checkpoints.logarithmic(x.length, 10);
        long[] k = checkpoints.iterations();
        double[] runningMean = new double[k.length];
        RunningMoments moments = new RunningMoments();
        int next = 0;
        for (int i = 0; i < x.length; i++) {
            moments.add(x[i]);
            if (next < k.length && k[next] == i + 1) {
                runningMean[next++] = moments.mean();
            }
        }
        MonteCarloEstimate estimate = MonteCarloMean.interval(moments, confidence);

        Report report = new Report(spec.commandLine().getOut(), common.json());
        report.line("mean: " + Format.number(estimate.mean()));
        report.line("values: " + moments.count());
        double variance = moments.variance();
        double deviation = moments.standardDeviation();
        report.line("sample variance: " + Format.number(variance));
        report.line("standard deviation: " + Format.number(deviation));
        report.line("standard error: " + Format.number(estimate.standardError()));
        report.line(Format.number(100 * confidence) + "% confidence interval: ["
                + Format.number(estimate.lower()) + ", " + Format.number(estimate.upper()) + "]");
        if (!Double.isFinite(variance)) {
            report.line("note: Infinity above stands for a value beyond the largest double,"
                    + " about 1.8e308; the data are that widely spread.");
        }
        report.put("mean", estimate.mean());
        report.put("values", moments.count());
        report.put("variance", variance);
        report.put("standardDeviation", deviation);
        report.put("standardError", estimate.standardError());
        report.put("confidence", confidence);
        report.put("lower", estimate.lower());
        report.put("upper", estimate.upper());

        if (plot.requested()) {
            double sigma = deviation;
            double[] distance = new double[k.length];
            double[] theory = new double[k.length];
            for (int j = 0; j < k.length; j++) {
                distance[j] = Math.abs(runningMean[j] - estimate.mean());
                theory[j] = sigma / Math.sqrt(k[j]);
            }
            new ErrorPlot("Incremental mean of column " + column + " of " + file.getFileName(),
                    "|running mean - final mean|")
                    .measured("running mean after k values", k, distance)
                    .theory("standard error sigma/sqrt(k)", k, theory)
                    .save(plot.file());
            report.line("plot: " + plot.file());
        }
        report.finish();
        return 0;
    }

    private double[] select(CsvTable table) {
        if (column.matches("\\d+")) {
            int j = Integer.parseInt(column);
            if (j < 1 || j > table.columns()) {
                throw new IllegalArgumentException("--column must be a name or a number from 1 to "
                        + table.columns() + ", got " + column);
            }
            return table.column(j - 1);
        }
        return table.column(column);
    }
}
