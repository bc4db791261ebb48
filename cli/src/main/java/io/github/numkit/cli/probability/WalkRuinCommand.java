package io.github.numkit.cli.probability;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.github.numkit.cli.CommonOptions;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.PlotOption;
import io.github.numkit.cli.Report;
import io.github.numkit.probability.walk.DurationDistribution;
import io.github.numkit.probability.walk.GamblersRuin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code numkit walk ruin} command: gambler's ruin between 0 and N. */
@Command(name = "ruin", mixinStandardHelpOptions = true,
        description = "Gambler's ruin: start at i, absorb at 0 and N; ruin and win probabilities, expected"
                + " duration, and the duration distribution up to --steps.")
public final class WalkRuinCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private PlotOption plot;

    @Option(names = "--start", paramLabel = "I", required = true, description = "Starting fortune i, 0 <= i < N.")
    private long start;

    @Option(names = "--target", paramLabel = "N", required = true, description = "Upper barrier N.")
    private long target;

    @Option(names = "--p", paramLabel = "P", defaultValue = "0.5",
            description = "Probability of winning one unit, in [0, 1] (default: ${DEFAULT-VALUE}).")
    private double p;

    @Option(names = "--steps", paramLabel = "M", defaultValue = "0",
            description = "Also give the duration distribution P(T = n) for n up to M (default: none).")
    private int steps;

    @Override
    public void run() {
        GamblersRuin game = GamblersRuin.of(p, start, target);

        Report report = new Report(spec.commandLine().getOut(), common.json());
        double ruin = game.ruinProbability();
        double win = game.winProbability();
        double duration = game.expectedDuration();
        report.line("Gambler's ruin, p = " + Format.number(p) + ", start " + start + ", barriers 0 and " + target);
        report.line("  P(ruin)              " + Format.number(ruin));
        report.line("  P(win)               " + Format.number(win));
        report.line("  expected duration    " + Format.number(duration));

        report.put("p", p).put("start", start).put("target", target);
        report.put("ruinProbability", ruin).put("winProbability", win).put("expectedDuration", duration);

        if (steps > 0) {
            DurationDistribution distribution = game.durationDistribution(steps);
            double[] n = new double[steps + 1];
            for (int i = 0; i <= steps; i++) {
                n[i] = i;
            }
            report.line("  P(T > " + steps + ")           " + Format.number(distribution.notEndedProbability()));
            report.put("n", n).put("durationProbabilities", distribution.probabilities())
                    .put("ruinAtStep", distribution.ruinProbabilities())
                    .put("notEndedProbability", distribution.notEndedProbability());
            if (plot.requested()) {
                try {
                    new WalkPlot("Duration of the game, p = " + Format.number(p) + ", i = " + start + ", N = " + target,
                            "step n", "P(T = n)", false)
                            .series("P(T = n)", n, distribution.probabilities(), true)
                            .series("P(T = n, ruin)", n, distribution.ruinProbabilities(), true)
                            .save(plot.file());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                report.line("plot written to " + plot.file());
            }
        } else if (plot.requested()) {
            throw new IllegalArgumentException("--plot needs --steps M > 0, the length of the duration distribution");
        }

        report.finish();
    }
}
