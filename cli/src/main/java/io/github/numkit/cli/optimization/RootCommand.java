package io.github.numkit.cli.optimization;

import io.github.numkit.cli.CommonOptions;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.PlotOption;
import io.github.numkit.cli.ProgressBar;
import io.github.numkit.cli.Report;
import io.github.numkit.optimization.Checkpoints;
import io.github.numkit.optimization.rootfinding.NoisyLinearRoot;
import io.github.numkit.optimization.rootfinding.RobbinsMonro;
import io.github.numkit.optimization.rootfinding.RootEstimate;
import io.github.numkit.optimization.schedule.PowerSchedule;
import io.github.numkit.optimization.schedule.StepSchedule;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code numkit sa root}: Robbins–Monro with Polyak–Ruppert averaging on the test problem
 * Y = slope (w - root) + noise Z, whose root is known, so the error can be shown.
 */
@Command(name = "root", mixinStandardHelpOptions = true,
        description = "Find the root of g(w) = slope (w - root) from noisy observations"
                + " g(w) + noise Z, Z standard normal, by Robbins-Monro with step"
                + " a/(k + A)^alpha and Polyak-Ruppert averaging.")
final class RootCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private PlotOption plot;

    @Option(names = "--root", defaultValue = "2", description = "The true root (default: 2).")
    private double root;

    @Option(names = "--slope", defaultValue = "1",
            description = "g'(w), > 0 (default: 1).")
    private double slope;

    @Option(names = "--noise", defaultValue = "1",
            description = "Standard deviation of the observation noise, >= 0 (default: 1).")
    private double noise;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generator (default: 1).")
    private long seed;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100000",
            description = "Observations to use (default: 100000).")
    private long iterations;

    @Option(names = "--start", defaultValue = "0", description = "Starting point w0 (default: 0).")
    private double start;

    @Option(names = "--step-scale", paramLabel = "a", defaultValue = "1",
            description = "Scale a of the step a/(k + A)^alpha (default: 1).")
    private double a;

    @Option(names = "--step-offset", paramLabel = "A", defaultValue = "0",
            description = "Offset A of the step (default: 0).")
    private double offset;

    @Option(names = "--step-exponent", paramLabel = "alpha", defaultValue = "0.7",
            description = "Exponent alpha of the step, in (1/2, 1] (default: 0.7).")
    private double alpha;

    @Override
    public Integer call() throws IOException {
        OptionChecks.finite(root, "--root");
        OptionChecks.positive(slope, "--slope");
        OptionChecks.nonNegative(noise, "--noise");
        OptionChecks.atLeast(iterations, 1, "--iterations");
        OptionChecks.finite(start, "--start");
        OptionChecks.positive(a, "--step-scale");
        OptionChecks.nonNegative(offset, "--step-offset");
        if (!(alpha > 0.5 && alpha <= 1)) {
            String reason = alpha > 1 ? "the sum of steps converges, so the iterates can stop short"
                    + " of the root" : "the sum of squared steps diverges, so the noise is not"
                    + " averaged out";
            throw new IllegalArgumentException("--step-exponent must be in (0.5, 1], got "
                    + Format.number(alpha) + ": " + reason);
        }
        NoisyLinearRoot problem = new NoisyLinearRoot(root, slope, noise);
        PowerSchedule schedule = StepSchedule.power(a, offset, alpha);
        Checkpoints checkpoints = Checkpoints.logarithmic(iterations, 10);
        RootEstimate estimate;
        try (ProgressBar bar = ProgressBar.start("Robbins-Monro", common.json(), spec)) {
            estimate = RobbinsMonro.with(schedule)
                    .maxIterations(iterations).checkpoints(checkpoints).progress(bar::update)
                    .solve(problem, start, seed);
        }
        double error = Math.abs(estimate.root() - root);
        double theory = Math.sqrt(problem.asymptoticMeanSquaredError(estimate.iterations()));

        Report report = new Report(spec.commandLine().getOut(), common.json());
        report.line("root estimate (averaged): " + Format.number(estimate.root()));
        report.line("last iterate: " + Format.number(estimate.last()[0]));
        report.line("iterations: " + estimate.iterations());
        report.line("error |estimate - root|: " + Format.number(error));
        report.line("theoretical standard deviation noise/(slope sqrt(n)): "
                + Format.number(theory));
        report.line("schedule check: " + estimate.scheduleCheck().explanation());
        report.put("estimate", estimate.root());
        report.put("lastIterate", estimate.last()[0]);
        report.put("iterations", estimate.iterations());
        report.put("error", error);
        report.put("theoreticalStandardDeviation", theory);
        report.put("root", root);
        report.put("seed", seed);

        if (plot.requested()) {
            long[] k = estimate.averagedTrajectory().iterations();
            double[] truth = {root};
            double[] rate = new double[k.length];
            for (int j = 0; j < k.length; j++) {
                rate[j] = Math.sqrt(problem.asymptoticMeanSquaredError(k[j]));
            }
            new ErrorPlot("Robbins-Monro on a noisy root, seed " + seed, "|w - root|")
                    .measured("averaged iterate", k, estimate.averagedTrajectory().errors(truth))
                    .measured("last iterate", k, estimate.iterateTrajectory().errors(truth))
                    .theory("theory noise/(slope sqrt(k))", k, rate)
                    .save(plot.file());
            report.line("plot: " + plot.file());
        }
        report.finish();
        return 0;
    }
}
