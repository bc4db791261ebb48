package io.github.numkit.cli.optimization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.numkit.cli.CliRun;
import io.github.numkit.cli.PlotChecks;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StochasticApproximationCommandTest {

    @TempDir
    Path dir;

    private static double jsonNumber(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.eE+-]+)").matcher(json);
        assertThat(m.find()).as("key %s in %s", key, json).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static double textNumber(String out, String label) {
        String prefix = label + ": ";
        String line = out.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + prefix + " in " + out));
        return Double.parseDouble(line.substring(prefix.length()));
    }

    /** 500 points y = 5x + 3 + small deterministic noise, x spread over [0, 100]. */
    private Path line() throws IOException {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 500; i++) {
            double x = 100.0 * i / 499;
            double noise = 0.5 * Math.sin(7.0 * i);
            csv.append(String.format(Locale.ROOT, "%.17g,%.17g%n", x, 5 * x + 3 + noise));
        }
        Path file = dir.resolve("line.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void meanOfColumnByName() throws IOException {
        Path file = dir.resolve("values.csv");
        Files.writeString(file, "a,b\n1,10\n2,20\n3,30\n4,40\n");
        CliRun run = CliRun.run("sa", "mean", file.toString(), "--column", "b", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(jsonNumber(run.out(), "mean")).isEqualTo(25);
        // Sample variance of 10, 20, 30, 40 is 500/3.
        assertThat(jsonNumber(run.out(), "variance")).isCloseTo(500.0 / 3, within(1e-12));
        assertThat(jsonNumber(run.out(), "values")).isEqualTo(4);
    }

    @Test
    void meanOfExtremeValuesIsFinite() throws IOException {
        Path file = dir.resolve("extreme.csv");
        Files.writeString(file, "1.7e308\n-1.7e308\n1.7e308\n-1.7e308\n");
        CliRun run = CliRun.run("sa", "mean", file.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(jsonNumber(run.out(), "mean")).isZero();
        // S = 4 (1.7e308)², so the standard error is sqrt(S / 12) = 1.7e308/sqrt(3).
        assertThat(jsonNumber(run.out(), "standardError"))
                .isCloseTo(1.7e308 / Math.sqrt(3), within(1e293));

        Path close = dir.resolve("close.csv");
        Files.writeString(close, "1.5e308\n1.6e308\n1.7e308\n");
        run = CliRun.run("sa", "mean", close.toString());
        assertThat(run.exitCode()).isZero();
        // Deviations -1e307, 0, 1e307 (to the rounding of the decimal inputs, 1e-15): S = 2e614,
        // standard deviation sqrt(S / 2) = 1e307, standard error sqrt(S / 6) = 1e307/sqrt(3).
        assertThat(textNumber(run.out(), "standard deviation"))
                .isCloseTo(1e307, within(1e293));
        assertThat(textNumber(run.out(), "standard error"))
                .isCloseTo(1e307 / Math.sqrt(3), within(1e293));
        assertThat(run.out()).contains("sample variance: Infinity")
                .contains("note: Infinity above stands for a value beyond the largest double")
                .doesNotContain("NaN");
    }

    @Test
    void meanTextAndPlot() throws Exception {
        Path file = dir.resolve("values.csv");
        Files.writeString(file, "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
        Path png = dir.resolve("mean.png");
        CliRun run = CliRun.run("sa", "mean", file.toString(), "--plot", png.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("mean: 5.5").contains("95% confidence interval");
        PlotChecks.assertDrawn(png);
    }

    @Test
    void meanOfMalformedCsvNamesLine() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "1\n2\nthree\n");
        CliRun run = CliRun.run("sa", "mean", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("numkit: ").contains("bad.csv").contains("3");
    }

    @Test
    void meanOfEmptyCsvFails() throws IOException {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "");
        CliRun run = CliRun.run("sa", "mean", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("empty.csv");
    }

    @Test
    void meanOfUnknownColumnFails() throws IOException {
        Path file = dir.resolve("values.csv");
        Files.writeString(file, "a\n1\n2\n");
        CliRun run = CliRun.run("sa", "mean", file.toString(), "--column", "7");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--column must be a name or a number from 1 to 1, got 7");
    }

    @Test
    void rootNearKnownRoot() {
        CliRun run = CliRun.run("sa", "root", "--root", "4", "--noise", "0.5", "--seed", "3",
                "--iterations", "40000", "--json");
        assertThat(run.exitCode()).isZero();
        // Five theoretical standard deviations 0.5/√40000 = 0.0025.
        assertThat(jsonNumber(run.out(), "estimate")).isCloseTo(4, within(0.0125));
        assertThat(jsonNumber(run.out(), "iterations")).isEqualTo(40_000);
    }

    @Test
    void rootSameSeedSameAnswer() {
        CliRun first = CliRun.run("sa", "root", "--seed", "9", "--iterations", "1000", "--json");
        CliRun second = CliRun.run("sa", "root", "--seed", "9", "--iterations", "1000", "--json");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void rootPlotIsDrawn() throws Exception {
        Path svg = dir.resolve("root.svg");
        CliRun run = CliRun.run("sa", "root", "--iterations", "5000", "--plot", svg.toString());
        assertThat(run.exitCode()).isZero();
        PlotChecks.assertDrawn(svg);
    }

    @Test
    void rootRejectsSquareRootStep() {
        CliRun run = CliRun.run("sa", "root", "--step-exponent", "0.5");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--step-exponent must be in (0.5, 1], got 0.5")
                .contains("sum of squared steps diverges");
    }

    @Test
    void sgdReachesExactLeastSquares() throws IOException {
        Path file = dir.resolve("plane.csv");
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            double x1 = Math.sin(i);
            double x2 = Math.cos(3.0 * i);
            csv.append(String.format(Locale.ROOT, "%.17g,%.17g,%.17g%n", x1, x2,
                    1 + 2 * x1 - x2 + 0.01 * Math.sin(11.0 * i)));
        }
        Files.writeString(file, csv);
        CliRun run = CliRun.run("sa", "sgd", file.toString(), "--batch", "100", "--epochs",
                "3000", "--json");
        assertThat(run.exitCode()).isZero();
        // Batch descent with a stable constant step converges linearly to the minimiser.
        assertThat(jsonNumber(run.out(), "relativeError")).isLessThan(1e-8);
    }

    private static double[] jsonArray(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\[([^\\]]*)\\]").matcher(json);
        assertThat(m.find()).as("key %s in %s", key, json).isTrue();
        String[] parts = m.group(1).split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Double.parseDouble(parts[i].trim());
        }
        return values;
    }

    @Test
    void sgdExactMinimiserOfOffsetData() throws IOException {
        // x = 1e6 + 10 i/499, y = 5 (x - 1e6) + 3 + 0.5 sin(7 i): the exact (intercept, slope)
        // in rational arithmetic, slope = (m Σxy - Σx Σy) / (m Σx² - (Σx)²), from the doubles
        // written to the file.
        StringBuilder csv = new StringBuilder("x,y\n");
        double[] xs = new double[500];
        double[] ys = new double[500];
        for (int i = 0; i < 500; i++) {
            xs[i] = 1e6 + 10.0 * i / 499;
            ys[i] = 5 * (xs[i] - 1e6) + 3 + 0.5 * Math.sin(7.0 * i);
            csv.append(String.format(Locale.ROOT, "%s,%s%n", xs[i], ys[i]));
        }
        Path file = dir.resolve("offset.csv");
        Files.writeString(file, csv);
        BigDecimal sx = BigDecimal.ZERO;
        BigDecimal sy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        BigDecimal sxy = BigDecimal.ZERO;
        for (int i = 0; i < 500; i++) {
            BigDecimal xi = new BigDecimal(xs[i]);
            BigDecimal yi = new BigDecimal(ys[i]);
            sx = sx.add(xi);
            sy = sy.add(yi);
            sxx = sxx.add(xi.multiply(xi));
            sxy = sxy.add(xi.multiply(yi));
        }
        BigDecimal m = BigDecimal.valueOf(500);
        MathContext context = new MathContext(40);
        BigDecimal slope = m.multiply(sxy).subtract(sx.multiply(sy))
                .divide(m.multiply(sxx).subtract(sx.multiply(sx)), context);
        BigDecimal intercept = sy.subtract(slope.multiply(sx)).divide(m, context);

        CliRun run = CliRun.run("sa", "sgd", file.toString(), "--batch", "500", "--epochs", "1",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        double[] exact = jsonArray(run.out(), "exact");
        // κ(X) is about 1e6, so QR keeps about 9 digits; the normal equations kept 4.
        assertThat(exact[0]).isCloseTo(intercept.doubleValue(),
                within(1e-8 * Math.abs(intercept.doubleValue())));
        assertThat(exact[1]).isCloseTo(slope.doubleValue(), within(1e-8 * slope.doubleValue()));
    }

    @Test
    void rootOptionErrorsNameTheOption() {
        CliRun run = CliRun.run("sa", "root", "--step-exponent", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("numkit: --step-exponent must be in (0.5, 1], got 0:")
                .contains("sum of squared steps diverges");
        run = CliRun.run("sa", "root", "--step-exponent", "1.5");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("numkit: --step-exponent must be in (0.5, 1], got 1.5:")
                .contains("sum of steps converges");
        run = CliRun.run("sa", "root", "--step-scale", "-1");
        assertThat(run.err()).startsWith("numkit: --step-scale must be finite and > 0, got -1");
        run = CliRun.run("sa", "root", "--slope", "0");
        assertThat(run.err()).startsWith("numkit: --slope must be finite and > 0, got 0");
        run = CliRun.run("sa", "root", "--iterations", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("numkit: --iterations must be >= 1, got 0");
    }

    @Test
    void sgdOptionErrorsNameTheOption() throws IOException {
        String data = line().toString();
        CliRun run = CliRun.run("sa", "sgd", data, "--step", "-1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("numkit: --step must be finite and > 0, got -1");
        run = CliRun.run("sa", "sgd", data, "--batch", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("numkit: --batch must be from 1 to the number of rows (500), got 0");
        run = CliRun.run("sa", "sgd", data, "--momentum", "1");
        assertThat(run.err()).startsWith("numkit: --momentum must be in [0, 1), got 1");
        run = CliRun.run("sa", "sgd", data, "--momentum", "0.5", "--adam");
        assertThat(run.err()).startsWith("numkit: --momentum and --adam cannot be combined");
        run = CliRun.run("sa", "sgd", data, "--epochs", "0");
        assertThat(run.err()).startsWith("numkit: --epochs must be >= 1, got 0");
        // 500 single-row iterations per epoch: at most ⌊(2⁶³ - 1)/500⌋ epochs.
        run = CliRun.run("sa", "sgd", data, "--epochs", "9223372036854775807");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("numkit: --epochs must be <= 18446744073709551 with 500"
                + " iterations per epoch, got 9223372036854775807");
    }

    @Test
    void sgdDefaultStepOfHugeDataIsExplained() throws IOException {
        Path file = dir.resolve("big.csv");
        Files.writeString(file, "x,y\n1e300,1\n5e300,2\n9e300,3\n");
        CliRun run = CliRun.run("sa", "sgd", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("numkit: " + file + ": the data are too large for the"
                + " default step").contains("Divide the columns by a common scale")
                .contains("or give --step");
    }

    @Test
    void sgdZeroResponseReportsAbsoluteError() throws Exception {
        Path file = dir.resolve("zero.csv");
        Files.writeString(file, "x,y\n1,0\n2,0\n3,0\n4,0\n");
        Path png = dir.resolve("zero.png");
        CliRun run = CliRun.run("sa", "sgd", file.toString(), "--plot", png.toString());
        assertThat(run.exitCode()).isZero();
        // y ≡ 0 gives w* = 0, and w stays at its start 0: the error is exactly 0.
        assertThat(run.out()).contains("error |w - w*|: 0 (absolute: the exact minimiser is 0, so"
                + " a relative error is undefined)").doesNotContain("NaN")
                .contains("note: the plot is empty because the error is 0 at every checkpoint");
        assertThat(png).exists();
        run = CliRun.run("sa", "sgd", file.toString(), "--json");
        assertThat(run.out()).doesNotContain("relativeError").doesNotContain("NaN");
        assertThat(jsonNumber(run.out(), "error")).isZero();
    }

    @Test
    void sgdReportsUpdateRule() throws IOException {
        String data = line().toString();
        CliRun run = CliRun.run("sa", "sgd", data, "--adam", "--decay", "--step", "0.1",
                "--epochs", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("method: Adam (beta1 0.9, beta2 0.999, epsilon 1e-8),"
                + " step 0.1/(1 + k/500)");
        run = CliRun.run("sa", "sgd", data, "--momentum", "0.5", "--step", "1e-5", "--epochs",
                "2", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"update\":\"momentum\"");
        assertThat(jsonNumber(run.out(), "momentum")).isEqualTo(0.5);
        run = CliRun.run("sa", "sgd", data, "--epochs", "2");
        assertThat(run.out()).contains("method: plain gradient step, constant step ");
    }

    @Test
    void sgdReferenceLabelClaimsRateOnlyForPlainDecayingSgd() {
        assertThat(SgdCommand.referenceLabel(true))
                .isEqualTo("O(1/sqrt(k)), the rate of SGD with a 1/k step");
        assertThat(SgdCommand.referenceLabel(false)).endsWith("not of this run");
    }

    @Test
    void sgdTextAndPlot() throws Exception {
        Path png = dir.resolve("sgd.png");
        CliRun run = CliRun.run("sa", "sgd", line().toString(), "--epochs", "5", "--plot",
                png.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("exact minimiser (QR)");
        PlotChecks.assertDrawn(png);
    }

    @Test
    void sgdDivergenceIsReportedNotNaN() throws IOException {
        CliRun run = CliRun.run("sa", "sgd", line().toString(), "--batch", "500", "--step",
                "0.01");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("numkit: batch gradient descent diverged")
                .contains("since iteration 1");
        assertThat(run.out()).doesNotContain("NaN");
    }

    @Test
    void sgdBatchLargerThanDataFails() throws IOException {
        CliRun run = CliRun.run("sa", "sgd", line().toString(), "--batch", "600");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--batch must be from 1 to the number of rows (500), got 600");
    }

    @Test
    void tourStepsPass() {
        CliRun run = CliRun.run("tour", "incremental-mean", "robbins-monro-root",
                "sgd-least-squares");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("FAILED");
    }

    @Test
    void tourStepsInChinese() {
        CliRun run = CliRun.run("tour", "--lang", "zh", "robbins-monro-root");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("问题").contains("通过");
        run = CliRun.run("tour", "--lang", "zh", "incremental-mean", "robbins-monro-root",
                "sgd-least-squares");
        assertThat(run.exitCode()).isZero();
        // Every check line describes its quantity in Chinese, not in English.
        assertThat(run.out()).contains("均值与 1e9 + (n + 1)/2 比较")
                .contains("方差与 n(n + 1)/12 比较").contains("根的估计与已知的根 3 比较")
                .contains("w1 与 QR 分解的解比较").doesNotContain(" against ");
    }
}
