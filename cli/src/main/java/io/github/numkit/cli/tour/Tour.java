package io.github.numkit.cli.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.numkit.cli.CommonOptions;
import io.github.numkit.cli.NumericalFailureException;
import io.github.numkit.cli.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code numkit tour} command: worked examples, one step per topic, each with a check against an
 * independent value.
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = "Walk through worked examples of every module, each checked against an"
                + " independent value.")
public final class Tour implements Runnable {

    /** The steps in the order the tour shows them, grouped by module. */
    static final List<TourStep> STEPS = List.of(new TourStep[] {
        // linalg
        new io.github.numkit.cli.linalg.QuadraticMinimumStep(), new io.github.numkit.cli.linalg.SaddleStep(), new io.github.numkit.cli.linalg.PolynomialFitStep(),
        // calculus
        new io.github.numkit.cli.calculus.GradientTourStep(), new io.github.numkit.cli.calculus.KinkTourStep(),
        // probability
        new io.github.numkit.cli.probability.WalkDistributionStep(), new io.github.numkit.cli.probability.FirstReturnStep(), new io.github.numkit.cli.probability.GamblersRuinStep(), new io.github.numkit.cli.probability.PolyaConstantStep(),
        // optimization
        new io.github.numkit.cli.optimization.IncrementalMeanStep(), new io.github.numkit.cli.optimization.RobbinsMonroStep(), new io.github.numkit.cli.optimization.SgdLeastSquaresStep(),
    });

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--list", description = "List the steps and exit.")
    private boolean list;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the explanations: en or zh (numbers and names are the same).")
    private Lang lang;

    @Parameters(arity = "0..*", paramLabel = "STEP",
            description = "Steps to run, by name or number (default: all). See --list.")
    private List<String> chosen = new ArrayList<>();

    @Override
    public void run() {
        Report report = new Report(spec.commandLine().getOut(), common.json());
        if (list) {
            for (int i = 0; i < STEPS.size(); i++) {
                TourStep step = STEPS.get(i);
                report.line(String.format(Locale.ROOT, "%2d  %-26s %s", i + 1, step.id(), step.title(lang)));
                Report entry = report.append("steps");
                entry.put("number", (long) (i + 1));
                entry.put("id", step.id());
                entry.put("title", step.title(lang));
            }
            report.finish();
            return;
        }

        List<TourStep> steps = chosen.isEmpty() ? STEPS : select();
        List<String> failed = new ArrayList<>();
        for (TourStep step : steps) {
            int number = STEPS.indexOf(step) + 1;
            report.line("");
            report.line(String.format(Locale.ROOT, "== %d/%d  %s ==", number, STEPS.size(), step.title(lang)));
            Report entry = report.append("steps");
            entry.put("id", step.id());
            entry.put("title", step.title(lang));
            TourPage page = new TourPage(report, entry, lang);
            step.run(page);
            entry.put("passed", page.failedChecks() == 0);
            if (page.failedChecks() > 0) {
                failed.add(step.id());
            }
        }
        report.put("passed", failed.isEmpty());
        report.finish();
        if (!failed.isEmpty()) {
            throw new NumericalFailureException("tour check failed in " + String.join(", ", failed));
        }
    }

    private List<TourStep> select() {
        List<TourStep> steps = new ArrayList<>();
        for (String name : chosen) {
            TourStep step = find(name);
            if (!steps.contains(step)) {
                steps.add(step);
            }
        }
        return steps;
    }

    private TourStep find(String name) {
        for (int i = 0; i < STEPS.size(); i++) {
            if (STEPS.get(i).id().equals(name) || String.valueOf(i + 1).equals(name)) {
                return STEPS.get(i);
            }
        }
        throw new ParameterException(spec.commandLine(),
                "unknown tour step '" + name + "'; 'numkit tour --list' shows the steps");
    }
}
