package io.github.numkit.cli.probability;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.github.numkit.cli.CommonOptions;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.PlotOption;
import io.github.numkit.cli.Report;
import io.github.numkit.probability.walk.FirstPassage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code numkit walk passage} command: the first-passage time to a level and the maximum. */
@Command(name = "passage", mixinStandardHelpOptions = true,
        description = "First-passage probabilities P(T_k = n) to level k, the probability of ever reaching k,"
                + " and P(max of S_0..S_N >= k) by the reflection principle.")
public final class WalkPassageCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private PlotOption plot;

    @Option(names = "--level", paramLabel = "K", required = true, description = "The level k, nonzero.")
    private long level;

    @Option(names = "--p", paramLabel = "P", defaultValue = "0.5",
            description = "Probability of a step +1, in [0, 1] (default: ${DEFAULT-VALUE}).")
    private double p;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "20",
            description = "Tabulate P(T_k = n) for n up to N, at most 1000000 (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Override
    public void run() {
        OptionChecks checks = new OptionChecks(spec);
        double p = checks.probability("--p", this.p);
        if (level == 0) {
            throw checks.fail("--level must be nonzero; for returns to 0 use 'numkit walk return'");
        }
        checks.atLeast("--steps", steps, 1);
        checks.atMost("--steps", steps, OptionChecks.MAX_TABLE_STEPS, "the table keeps every step up to N");
        FirstPassage passage = FirstPassage.of(p);
        double ever = passage.everReachProbability(level);

        OptionChecks.Buffered output = OptionChecks.buffered(spec, common.json());
        Report report = output.report();
        report.line("First passage to level " + level + " of the simple walk, p = " + Format.number(p));
        report.line("  P(ever reach " + level + ")   " + Format.number(ever));
        double[] n = new double[steps];
        double[] probability = new double[steps];
        double byN = 0;

        report.line("     n   P(T_" + level + " = n)");
        for (int i = 0; i < steps; i++) {
            n[i] = i + 1;
            probability[i] = passage.probability(level, i + 1);
            byN += probability[i];
            if (probability[i] > 0) {
                report.line(String.format("  %4d   %s", i + 1, Format.number(probability[i])));
            }
        }
        report.line("  P(T_k <= " + steps + ")   " + Format.number(byN));

        report.put("p", p).put("level", level).put("everReachProbability", ever);
        report.put("n", n).put("firstPassageProbabilities", probability).put("reachedByN", byN);

        if (level > 0) {
            double[] maximum = passage.maximumDistribution(steps);
            // From the smallest terms up, so that they are not lost against the largest.
            double atLeast = 0;
            for (int r = steps; r >= level; r--) {
                atLeast += maximum[r];
            }
            report.line("  P(max S_0..S_" + steps + " >= " + level + ") by reflection   " + Format.number(atLeast));
            report.put("maximumAtLeastLevel", atLeast).put("maximumDistribution", maximum);
        }

        if (plot.requested()) {
            try {
                new WalkPlot("First passage to " + level + ", p = " + Format.number(p), "step n", "P(T_k = n)", false)
                        .series("P(T_k = n)", n, probability, true)
                        .save(plot.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            report.line("plot: " + plot.file());
        }

        output.print();
    }
}
