package io.github.numkit.cli.probability;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import io.github.numkit.cli.CommonOptions;
import io.github.numkit.cli.Format;
import io.github.numkit.cli.PlotOption;
import io.github.numkit.cli.ProgressBar;
import io.github.numkit.cli.Report;
import io.github.numkit.probability.series.LaurentPolynomial;
import io.github.numkit.probability.simulation.ChiSquareAgreement;
import io.github.numkit.probability.simulation.SimulatedPositions;
import io.github.numkit.probability.simulation.WalkSimulator;
import io.github.numkit.probability.walk.Approximation;
import io.github.numkit.probability.walk.Binomial;
import io.github.numkit.probability.walk.NormalApproximation;
import io.github.numkit.probability.walk.SimpleWalk;
import io.github.numkit.probability.walk.StepDistribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code numkit walk} command: the exact distribution of a random walk after n steps, with an
 * optional plot, simulation and chi-square agreement; its subcommands answer return, first-passage
 * and gambler's-ruin questions.
 */
@Command(name = "walk", mixinStandardHelpOptions = true,
        description = "Distribution of the random walk S_n after n steps of +1 (probability p) or -1,"
                + " exact, with the normal approximation and an optional seeded simulation.",
        subcommands = {WalkReturnCommand.class, WalkPassageCommand.class, WalkRuinCommand.class})
public final class WalkCommand implements Runnable {

    /** Largest number of points drawn or printed for the distribution. */
    private static final int MAX_POINTS = 2001;
    /** Largest n for the lazy walk, whose exact distribution costs O(n²). */
    private static final long MAX_LAZY_STEPS = 100_000;
    /** Largest n for a simulation, which compares against the whole exact distribution. */
    private static final long MAX_SIMULATED_STEPS = 10_000_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private PlotOption plot;

    @Option(names = "--steps", paramLabel = "N", description = "Number of steps n (up to 2^53).")
    private Long steps;

    @Option(names = "--p", paramLabel = "P", defaultValue = "0.5",
            description = "Probability of a step +1, in [0, 1] (default: ${DEFAULT-VALUE}).")
    private double p;

    @Option(names = "--lazy", paramLabel = "R", defaultValue = "0",
            description = "Probability of staying put at each step, in [0, 1] (default: ${DEFAULT-VALUE}).")
    private double lazy;

    @Option(names = "--simulate", paramLabel = "PATHS",
            description = "Also simulate PATHS walks and compare them with the exact distribution.")
    private Integer paths;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the simulation (default: ${DEFAULT-VALUE}); same seed, same result.")
    private long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads for the simulation (default: the number of processors); the result does"
                    + " not depend on it.")
    private Integer threads;

    @Override
    public void run() {
        if (steps == null) {
            throw new ParameterException(spec.commandLine(), "missing option --steps N (or a subcommand: return,"
                    + " passage, ruin)");
        }
        OptionChecks checks = new OptionChecks(spec);
        checks.atLeast("--steps", steps, 0);
        checks.atMost("--steps", steps, Binomial.MAX_TRIALS, "counts must be exact doubles");
        p = checks.probability("--p", p);
        lazy = checks.probability("--lazy", lazy);
        if (paths != null) {
            checks.atLeast("--simulate", paths, 1);
        }
        if (threads != null) {
            checks.atLeast("--threads", threads, 1);
        }
        if (paths != null && lazy != 0) {
            throw new ParameterException(spec.commandLine(), "--simulate works for the simple walk only; drop --lazy");
        }
        if (paths != null && steps > MAX_SIMULATED_STEPS) {
            throw new ParameterException(spec.commandLine(), "--steps must be <= " + MAX_SIMULATED_STEPS
                    + " with --simulate, got " + steps);
        }
        if (lazy != 0 && steps > MAX_LAZY_STEPS) {
            throw new ParameterException(spec.commandLine(), "--steps must be <= " + MAX_LAZY_STEPS
                    + " with --lazy (its exact distribution costs O(n^2)), got " + steps);
        }
        OptionChecks.Buffered output = OptionChecks.buffered(spec, common.json());
        Report report = output.report();
        long n = steps;
        Window window = lazy == 0 ? simpleWalk(report, n) : lazyWalk(report, n);

        SimulatedPositions simulated = null;
        if (paths != null) {
            simulated = simulate(report, n);
        }
        if (plot.requested()) {
            drawPlot(window, simulated, n);
            report.line("plot: " + plot.file());
        }
        output.print();
    }

    /** Positions and probabilities drawn and reported. */
    private record Window(double[] positions, double[] exact, double[] normal) {
    }

    private Window simpleWalk(Report report, long n) {
        SimpleWalk walk = SimpleWalk.of(p);
        double mean = walk.mean(n);
        double variance = walk.variance(n);
        long centre = nearestReachable(mean, n, 2);
        double probability = walk.probability(n, centre);
        double logProbability = walk.logProbability(n, centre);
        double below = walk.cumulativeProbability(n, 0);

        report.line(String.format(Locale.ROOT, "Simple random walk, n = %d %s, p = %s", n, n == 1 ? "step" : "steps",
                Format.number(p)));
        report.line("  mean E[S_n]             " + Format.number(mean, 15));
        report.line("  variance Var S_n        " + Format.number(variance, 15));
        report.line("  standard deviation      " + Format.number(Math.sqrt(variance), 15));
        report.line("  P(S_n = " + centre + ")" + pad(centre) + Format.number(probability)
                + (probability == 0 ? " (underflow; log = " + Format.number(logProbability) + ")" : ""));
        report.line("  P(S_n <= 0)             " + Format.number(below));
        report.put("steps", n).put("p", p).put("lazy", 0.0);
        report.put("mean", mean).put("variance", variance).put("standardDeviation", Math.sqrt(variance));
        report.put("centre", centre).put("centreProbability", probability).put("centreLogProbability", logProbability);
        report.put("cumulativeAtZero", below);

        double sd = Math.sqrt(variance);
        long low = Math.max(-n, (long) Math.floor(mean - 8 * sd - 2));
        long high = Math.min(n, (long) Math.ceil(mean + 8 * sd + 2));
        low = nearestReachable(low, n, 2);
        long stride = 2 * Math.max(1, (high - low) / 2 / (MAX_POINTS - 1) + 1);
        int count = (int) ((high - low) / stride + 1);
        double[] positions = new double[count];
        double[] exact = new double[count];
        double[] normal = new double[count];
        boolean hasNormal = p > 0 && p < 1 && n > 0;
        Approximation atCentre = hasNormal ? NormalApproximation.of(p).localProbability(n, centre) : null;
        // The local limit theorem is accurate as npq grows. Where its value is no probability, or is off by more
        // than the value itself, it is reported as out of range and left off the plot.
        boolean normalValid = hasNormal && atCentre.approximate() <= 1
                && Math.abs(atCentre.relativeError()) <= 1;
        for (int i = 0; i < count; i++) {
            long k = low + i * stride;
            positions[i] = k;
            exact[i] = walk.probability(n, k);
            normal[i] = normalValid ? NormalApproximation.of(p).localProbability(n, k).approximate() : Double.NaN;
        }
        Report windowReport = report.child("window");
        windowReport.put("positions", positions).put("exact", exact);
        if (normalValid) {
            windowReport.put("normal", normal);
        }
        if (hasNormal) {
            Report local = report.child("localLimitAtCentre");
            local.put("approximate", atCentre.approximate()).put("exact", atCentre.exact())
                    .put("relativeError", atCentre.relativeError()).put("withinRange", normalValid);
            if (normalValid) {
                report.line("  local limit at " + centre + localPad(centre) + Format.number(atCentre.approximate())
                        + " (relative error " + Format.number(atCentre.relativeError(), 3) + ")");
            } else {
                report.line("  local limit at " + centre + localPad(centre) + "out of range: n p q = "
                        + Format.number(variance / 4, 3) + " is too small, relative error "
                        + Format.number(atCentre.relativeError(), 3));
            }
        }
        return new Window(positions, exact, normalValid ? normal : null);
    }

    private Window lazyWalk(Report report, long n) {
        StepDistribution steps = StepDistribution.lazy(p, lazy);
        LaurentPolynomial distribution = steps.distribution(n);
        double mean = n * steps.mean();
        double variance = n * steps.variance();
        long centre = nearestReachable(mean, n, 1);
        double probability = distribution.coefficient(centre);

        report.line(String.format(Locale.ROOT, "Lazy random walk, n = %d steps, p = %s, stay probability r = %s", n,
                Format.number(p), Format.number(lazy)));
        report.line("  mean E[S_n]             " + Format.number(mean, 15));
        report.line("  variance Var S_n        " + Format.number(variance, 15));
        report.line("  standard deviation      " + Format.number(Math.sqrt(variance), 15));
        report.line("  P(S_n = " + centre + ")" + pad(centre) + Format.number(probability));
        report.put("steps", n).put("p", p).put("lazy", lazy);
        report.put("mean", mean).put("variance", variance).put("standardDeviation", Math.sqrt(variance));
        report.put("centre", centre).put("centreProbability", probability);

        long stride = Math.max(1, (2 * n) / (MAX_POINTS - 1) + 1);
        int count = (int) (2 * n / stride + 1);
        double[] positions = new double[count];
        double[] exact = new double[count];
        for (int i = 0; i < count; i++) {
            long k = -n + i * stride;
            positions[i] = k;
            exact[i] = distribution.coefficient(k);
        }
        report.child("window").put("positions", positions).put("exact", exact);
        return new Window(positions, exact, null);
    }

    private SimulatedPositions simulate(Report report, long n) {
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        WalkSimulator simulator = WalkSimulator.of(p, seed).withThreads(threadCount);
        SimulatedPositions simulated;
        try (ProgressBar bar = ProgressBar.start("Simulating", common.json(), spec)) {
            simulated = simulator.positions(n, paths, bar::update);
        }
        report.line(String.format(Locale.ROOT, "Simulation of %d %s, seed %d (%s)", paths,
                paths == 1 ? "path" : "paths", seed, simulated.generator()));
        report.line("  simulated mean          " + Format.number(simulated.mean()));
        Report json = report.child("simulation");
        json.put("paths", (long) paths).put("seed", seed).put("generator", simulated.generator());
        json.put("mean", simulated.mean());
        if (p == 0 || p == 1) {
            String reason = "at p = " + Format.number(p) + " the walk has one possible position, so there is"
                    + " nothing to compare";
            report.line("  chi-square              not computed: " + reason);
            json.put("chiSquareNotComputed", reason);
            return simulated;
        }
        ChiSquareAgreement agreement;
        try {
            agreement = ChiSquareAgreement.of(simulated);
        } catch (IllegalArgumentException e) {
            String reason = "--simulate " + paths + " is too few paths for two positions to expect "
                    + (long) ChiSquareAgreement.MIN_EXPECTED + " or more each; simulate more paths";
            report.line("  chi-square              not computed: " + reason);
            json.put("chiSquareNotComputed", reason);
            return simulated;
        }
        report.line("  chi-square              " + Format.number(agreement.statistic(), 6) + " on "
                + agreement.degreesOfFreedom() + " degrees of freedom, p-value " + Format.number(agreement.pValue(), 4));
        json.put("chiSquare", agreement.statistic()).put("degreesOfFreedom", (long) agreement.degreesOfFreedom())
                .put("pValue", agreement.pValue()).put("bins", (long) agreement.bins());
        return simulated;
    }

    private void drawPlot(Window window, SimulatedPositions simulated, long n) {
        String title = "Distribution of S_n, n = " + n + ", p = " + Format.number(p)
                + (lazy == 0 ? "" : ", stay probability r = " + Format.number(lazy));
        // The window reaches far into the tails for the chi-square test. The plot keeps the
        // positions whose exact probability is at least 1e-4 of the largest, so the bell fills it.
        double[] exact = window.exact();
        double largest = Arrays.stream(exact).max().orElse(0);
        int from = 0;
        int to = exact.length - 1;
        while (from < to && exact[from] < 1e-4 * largest) {
            from++;
        }
        while (to > from && exact[to] < 1e-4 * largest) {
            to--;
        }
        double[] positions = Arrays.copyOfRange(window.positions(), from, to + 1);
        WalkPlot chart = new WalkPlot(title, "position k", "P(S_n = k)", false);
        // Drawn first, the simulated markers stay under the curves, and the dashed normal curve
        // lets the exact curve show where the two coincide.
        if (simulated != null) {
            long[] histogram = simulated.histogram();
            double[] frequency = new double[positions.length];
            for (int i = 0; i < frequency.length; i++) {
                long k = (long) positions[i];
                frequency[i] = (double) histogram[(int) ((k + n) / 2)] / simulated.paths();
            }
            chart.samples("simulated frequency", positions, frequency);
        }
        chart.series("exact", positions, Arrays.copyOfRange(exact, from, to + 1), true);
        if (window.normal() != null) {
            chart.dashed("normal approximation (local limit)", positions,
                    Arrays.copyOfRange(window.normal(), from, to + 1));
        }
        try {
            chart.save(plot.file());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Returns the position of the lattice (spacing 2 with the parity of n, or 1) nearest to x. */
    private static long nearestReachable(double x, long n, int spacing) {
        long k = Math.round(Math.max(-n, Math.min(n, x)));
        if (spacing == 2 && ((k + n) & 1) != 0) {
            k += k < x ? 1 : -1;
        }
        return Math.max(-n, Math.min(n, k));
    }

    /** Returns the spaces that put a value after "local limit at " + centre in the value column. */
    private static String localPad(long centre) {
        return " ".repeat(Math.max(1, 9 - Long.toString(centre).length()));
    }

    private static String pad(long centre) {
        int width = 15 - Long.toString(centre).length();
        return " ".repeat(Math.max(1, width));
    }
}
