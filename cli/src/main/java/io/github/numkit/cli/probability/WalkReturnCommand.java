package io.github.numkit.cli.probability;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.github.numkit.cli.CommonOptions;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.PlotOption;
import io.github.numkit.cli.Report;
import io.github.numkit.probability.walk.FirstReturn;
import io.github.numkit.probability.walk.ReturnTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code numkit walk return} command: returns to the origin and the first-return time. */
@Command(name = "return", mixinStandardHelpOptions = true,
        description = "Return probabilities u_n = P(S_n = 0), first-return probabilities f_n, the probability"
                + " of ever returning, and the mean return time.")
public final class WalkReturnCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private PlotOption plot;

    @Option(names = "--p", paramLabel = "P", defaultValue = "0.5",
            description = "Probability of a step +1, in [0, 1] (default: ${DEFAULT-VALUE}).")
    private double p;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "20",
            description = "Tabulate u_n and f_n for even n up to N, at most 1000000 (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Override
    public void run() {
        OptionChecks checks = new OptionChecks(spec);
        double p = checks.probability("--p", this.p);
        checks.atLeast("--steps", steps, 2);
        checks.atMost("--steps", steps, OptionChecks.MAX_TABLE_STEPS, "the table keeps every even step up to N");
        FirstReturn returns = FirstReturn.of(p);

        OptionChecks.Buffered output = OptionChecks.buffered(spec, common.json());
        Report report = output.report();
        ReturnTime time = returns.returnTime();
        report.line("Returns to 0 of the simple walk, p = " + Format.number(p));
        report.line("  P(ever return) = 1 - |p - q|   " + Format.number(time.everReturnProbability()));
        report.line("  E[T] (first return time)       " + Format.number(time.mean()));
        report.line("  E[T | T < infinity]            " + Format.number(time.conditionalMean()));
        report.line("  " + time.explanation());

        report.line("     n   u_n = P(S_n = 0)         f_n = P(first return at n)");
        int rows = steps / 2;
        double[] n = new double[rows];
        double[] u = new double[rows];
        double[] f = new double[rows];
        for (int i = 0; i < rows; i++) {
            long m = 2L * (i + 1);
            n[i] = m;
            u[i] = returns.returnProbability(m);
            f[i] = returns.firstReturnProbability(m);
            report.line(String.format("  %4d   %-24s %s", m, Format.number(u[i]), Format.number(f[i])));
        }

        report.put("p", p).put("everReturnProbability", time.everReturnProbability()).put("meanReturnTime", time.mean())
                .put("conditionalMeanReturnTime", time.conditionalMean()).put("explanation", time.explanation());
        report.put("n", n).put("returnProbabilities", u).put("firstReturnProbabilities", f);

        if (plot.requested()) {
            try {
                new WalkPlot("Returns to 0, p = " + Format.number(p), "step n", "probability", true)
                        .series("u_n = P(S_n = 0)", n, u, true)
                        .series("f_n = P(first return at n)", n, f, true)
                        .save(plot.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            report.line("plot: " + plot.file());
        }

        output.print();
    }
}
