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

    /** Largest M·N accepted: the duration distribution updates N fortunes at each of M steps. */
    static final long MAX_UPDATES = 10_000_000_000L;

    /** Largest number of rows of the duration table in text; --json gives every step. */
    private static final int MAX_ROWS = 40;

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
            description = "Also give the duration distribution P(T = n) for n up to M (default: none);"
                    + " M times N must be at most 1e10.")
    private int steps;

    @Override
    public void run() {
        OptionChecks checks = new OptionChecks(spec);
        double p = checks.probability("--p", this.p);
        checks.atLeast("--start", start, 0);
        if (target <= start) {
            throw checks.fail("--target must be > --start = " + start + ", got " + target);
        }
        checks.atLeast("--steps", steps, 0);
        if (steps == 0 && plot.requested()) {
            throw checks.fail("--plot needs --steps M > 0, the length of the duration distribution");
        }
        if (steps > 0 && (double) steps * target > MAX_UPDATES) {
            throw checks.fail("--steps times --target must be <= 1e10 (one update per fortune per step), got "
                    + steps + " x " + target);
        }
        GamblersRuin game = GamblersRuin.of(p, start, target);

        OptionChecks.Buffered output = OptionChecks.buffered(spec, common.json());
        Report report = output.report();
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
            printTable(report, distribution);
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
                report.line("plot: " + plot.file());
            }
        }

        output.print();
    }

    /** Prints P(T = n) and P(T = n, ruin) for the steps where the game can end, at most MAX_ROWS rows. */
    private void printTable(Report report, DurationDistribution distribution) {
        double[] ended = distribution.probabilities();
        double[] ruined = distribution.ruinProbabilities();
        int nonzero = 0;
        for (double value : ended) {
            nonzero += value > 0 ? 1 : 0;
        }
        int stride = Math.max(1, (nonzero + MAX_ROWS - 1) / MAX_ROWS);
        report.line("     n   P(T = n)                 P(T = n, ruin)");
        int seen = 0;
        for (int n = 0; n < ended.length; n++) {
            if (ended[n] > 0 && seen++ % stride == 0) {
                report.line(String.format("  %4d   %-24s %s", n, Format.number(ended[n]), Format.number(ruined[n])));
            }
        }
        if (stride > 1) {
            report.line("  (every " + stride + "th step where the game can end; --json gives all)");
        }
    }
}
