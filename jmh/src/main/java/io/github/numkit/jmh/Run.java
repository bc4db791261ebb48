package io.github.numkit.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs a chosen set of benchmarks with settings short enough for a 2-core machine and writes the
 * JMH JSON. It then prints a Markdown table that lists each benchmark beside the others of its
 * class and parameters, with its ratio to the fastest of them.
 *
 * <p>Arguments are JMH's own command line (benchmark regular expressions and options such as
 * {@code -f}, {@code -wi}, {@code -i}, {@code -p}); each of the defaults below applies only when
 * its option is absent. The JSON goes to {@code jmh/target/jmh-result.json} unless {@code -rff}
 * names another file.
 */
public final class Run {

    /** Short settings for a 2-core machine: one fork, two warm-up and three measured seconds. */
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("-f", "1");
        DEFAULTS.put("-wi", "2");
        DEFAULTS.put("-w", "1s");
        DEFAULTS.put("-i", "3");
        DEFAULTS.put("-r", "1s");
        DEFAULTS.put("-rf", "json");
        DEFAULTS.put("-rff", "jmh/target/jmh-result.json");
    }

    private Run() {
    }

    /**
     * Runs the benchmarks that the arguments select and prints the ratio table.
     *
     * @param args JMH command-line arguments
     * @throws RunnerException if JMH fails to run a benchmark
     * @throws CommandLineOptionException if an argument is not a JMH option
     * @throws java.io.IOException if the result folder cannot be created
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException,
            java.io.IOException {
        List<String> full = new ArrayList<>();
        Set<String> given = new HashSet<>(List.of(args));
        for (Map.Entry<String, String> option : DEFAULTS.entrySet()) {
            if (!given.contains(option.getKey())) {
                full.add(option.getKey());
                full.add(option.getValue());
            }
        }
        full.addAll(List.of(args));
        CommandLineOptions options = new CommandLineOptions(full.toArray(new String[0]));
        if (options.getResult().hasValue()) {
            Files.createDirectories(Path.of(options.getResult().get()).toAbsolutePath().getParent());
        }

        Collection<RunResult> results = new Runner(options).run();
        if (options.getResultFormat().orElse(null) == ResultFormatType.JSON) {
            System.out.println();
            System.out.println("JMH JSON: " + options.getResult().orElse("jmh-result.json"));
        }
        System.out.println();
        System.out.print(table(results));
    }

    /**
     * Formats the results as a Markdown table, grouped by benchmark class and parameters. The ratio
     * column is time over the fastest time of the group (or the fastest throughput over this
     * throughput), so the fastest reads 1.00 and a peer twice as slow reads 2.00. The reference
     * points of {@link PeakFlops} measure different things, so for them the column gives the rate
     * instead: GFLOP/s for the multiply-add loops and GB/s for the array stream.
     */
    static String table(Collection<RunResult> results) {
        Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            String benchmark = params.getBenchmark();
            String owner = benchmark.substring(0, benchmark.lastIndexOf('.'));
            groups.computeIfAbsent(owner + " " + parameters(params), key -> new ArrayList<>()).add(result);
        }

        StringBuilder out = new StringBuilder();
        out.append("| benchmark | parameters | mode | score | error (99.9%) | unit | ratio to fastest, or rate |\n");
        out.append("| --- | --- | --- | ---: | ---: | --- | ---: |\n");
        for (List<RunResult> group : groups.values()) {
            double best = Double.NaN;
            for (RunResult result : group) {
                double score = result.getPrimaryResult().getScore();
                boolean higherIsBetter = result.getParams().getMode() == Mode.Throughput;
                if (Double.isNaN(best) || (higherIsBetter ? score > best : score < best)) {
                    best = score;
                }
            }
            for (RunResult result : group) {
                BenchmarkParams params = result.getParams();
                double score = result.getPrimaryResult().getScore();
                double ratio = params.getMode() == Mode.Throughput ? best / score : score / best;
                String name = params.getBenchmark();
                name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
                String unit = result.getPrimaryResult().getScoreUnit();
                String last = String.format(Locale.ROOT, "%.2f", ratio);
                if (params.getBenchmark().startsWith(PeakFlops.class.getName() + ".") && "ns/op".equals(unit)) {
                    // One operation is one fused multiply-add (2 flops) or 16 bytes streamed.
                    last = name.endsWith("streamBandwidth")
                            ? String.format(Locale.ROOT, "%.1f GB/s", 16 / score)
                            : String.format(Locale.ROOT, "%.1f GFLOP/s", 2 / score);
                }
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.4g | %.2g | %s | %s |%n",
                        name, parameters(params), params.getMode().shortLabel(), score,
                        result.getPrimaryResult().getScoreError(), unit, last));
            }
        }
        return out.toString();
    }

    private static String parameters(BenchmarkParams params) {
        StringBuilder text = new StringBuilder();
        for (String key : params.getParamsKeys()) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(key).append('=').append(params.getParam(key));
        }
        return text.toString();
    }
}
