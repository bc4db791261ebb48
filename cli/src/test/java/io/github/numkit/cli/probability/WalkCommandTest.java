package io.github.numkit.cli.probability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.github.numkit.cli.CliRun;
import io.github.numkit.cli.PlotChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkCommandTest {

    @TempDir
    Path folder;

    @Test
    void distributionSummaryInText() {
        CliRun run = CliRun.run("walk", "--steps", "1000", "--p", "0.45");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Simple random walk, n = 1000 steps, p = 0.45");
        assertThat(run.out()).contains("mean E[S_n]             -100");
        assertThat(run.out()).contains("variance Var S_n        990");
        assertThat(run.out()).contains("P(S_n = -100)");
    }

    @Test
    void distributionInJson() {
        CliRun run = CliRun.run("walk", "--steps", "10000000", "--p", "1e-4", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{\"steps\":10000000,\"p\":0.0001");
        assertThat(run.out()).contains("\"window\":{\"positions\":[");
        assertThat(run.out()).contains("\"localLimitAtCentre\"");
    }

    @Test
    void farTailReportsLogarithm() {
        CliRun run = CliRun.run("walk", "--steps", "1000000000", "--p", "0.999");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("P(S_n <= 0)             0");
    }

    @Test
    void lazyWalk() {
        CliRun run = CliRun.run("walk", "--steps", "200", "--p", "0.5", "--lazy", "0.5", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"lazy\":0.5");
        assertThat(run.out()).contains("\"variance\":100");
    }

    @Test
    void simulationWithPlot() throws Exception {
        Path png = folder.resolve("walk.png");
        CliRun run = CliRun.run("walk", "--steps", "100", "--simulate", "20000", "--seed", "5", "--plot", png.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Simulation of 20000 paths, seed 5");
        assertThat(run.out()).contains("chi-square");
        PlotChecks.assertDrawn(png);
    }

    @Test
    void simulationIsReproducible() {
        CliRun singleThread = CliRun.run("walk", "--steps", "64", "--simulate", "3000", "--seed", "9", "--threads", "1", "--json");
        CliRun twoThreads = CliRun.run("walk", "--steps", "64", "--simulate", "3000", "--seed", "9", "--threads", "2", "--json");

        assertThat(singleThread.exitCode()).isZero();
        assertThat(twoThreads.out()).isEqualTo(singleThread.out());
    }

    @Test
    void badProbabilityIsUsageError() {
        CliRun run = CliRun.run("walk", "--steps", "10", "--p", "1.5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("numkit: --p must be in [0, 1], got 1.5 (see 'numkit walk --help')\n");
    }

    @Test
    void negativeStepsIsUsageError() {
        CliRun run = CliRun.run("walk", "--steps", "-3");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("numkit: --steps must be >= 0, got -3 (see 'numkit walk --help')\n");
    }

    @Test
    void missingStepsIsUsageError() {
        CliRun run = CliRun.run("walk");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing option --steps N");
    }

    @Test
    void returnTable() throws Exception {
        Path svg = folder.resolve("return.svg");
        CliRun run = CliRun.run("walk", "return", "--steps", "10", "--plot", svg.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("P(ever return) = 1 - |p - q|   1");
        assertThat(run.out()).contains("E[T] (first return time)       Infinity");
        assertThat(run.out()).contains("return is certain but E[T] = F'(1) is infinite");
        // f_2 = 1/2, f_4 = 1/8.
        assertThat(run.out()).contains("     2   0.5                      0.5");
        assertThat(run.out()).contains("     4   0.375                    0.125");
        PlotChecks.assertDrawn(svg);
    }

    @Test
    void passageTable() {
        CliRun run = CliRun.run("walk", "passage", "--level", "2", "--p", "0.4", "--steps", "6", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"everReachProbability\":0.4444444444444");
        assertThat(run.out()).contains("\"maximumAtLeastLevel\"");
    }

    @Test
    void passageRejectsLevelZero() {
        CliRun run = CliRun.run("walk", "passage", "--level", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("numkit: --level must be nonzero; for returns to 0 use 'numkit walk return'"
                + " (see 'numkit walk passage --help')\n");
    }

    @Test
    void ruinNearFairCoin() throws Exception {
        Path png = folder.resolve("ruin.png");
        CliRun run = CliRun.run("walk", "ruin", "--start", "3", "--target", "10", "--steps", "200", "--plot",
                png.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("P(ruin)              0.7");
        assertThat(run.out()).contains("expected duration    21");
        PlotChecks.assertDrawn(png);
    }

    @Test
    void ruinRejectsTargetBelowStart() {
        CliRun run = CliRun.run("walk", "ruin", "--start", "10", "--target", "5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("numkit: --target must be > --start = 10, got 5 (see 'numkit walk ruin --help')\n");
    }

    @Test
    void usageErrorsPrintNoReport() {
        String[][] cases = {
            {"walk", "--steps", "100", "--simulate", "100", "--threads", "0"},
            {"walk", "ruin", "--start", "3", "--target", "10", "--plot", "ruin.png"},
            {"walk", "ruin", "--start", "3", "--target", "9223372036854775807", "--steps", "5"},
            {"walk", "ruin", "--start", "3", "--target", "10", "--steps", "-5"},
            {"walk", "ruin", "--start", "500000", "--target", "1000000", "--steps", "1000000"},
            {"walk", "ruin", "--start", "3", "--target", "10", "--steps", "2147483647"},
        };
        String[] messages = {
            "numkit: --threads must be >= 1, got 0 (see 'numkit walk --help')\n",
            "numkit: --plot needs --steps M > 0, the length of the duration distribution (see 'numkit walk ruin --help')\n",
            "numkit: --steps times --target must be <= 1e10 (one update per fortune per step), got 5 x 9223372036854775807"
                    + " (see 'numkit walk ruin --help')\n",
            "numkit: --steps must be >= 0, got -5 (see 'numkit walk ruin --help')\n",
            "numkit: --steps times --target must be <= 1e10 (one update per fortune per step), got 1000000 x 1000000"
                    + " (see 'numkit walk ruin --help')\n",
            "numkit: --steps times --target must be <= 1e10 (one update per fortune per step), got 2147483647 x 10"
                    + " (see 'numkit walk ruin --help')\n",
        };
        for (int i = 0; i < cases.length; i++) {
            CliRun run = CliRun.run(cases[i]);
            assertThat(run.exitCode()).as(String.join(" ", cases[i])).isEqualTo(2);
            assertThat(run.out()).as(String.join(" ", cases[i])).isEmpty();
            assertThat(run.err()).as(String.join(" ", cases[i])).isEqualTo(messages[i]);
        }
    }

    @Test
    void simulationBeyondHeapPrintsNoReport() {
        long heapMiB = Runtime.getRuntime().maxMemory() / (1 << 20);
        // 2e9 paths need 15258 MiB of positions; the check runs before any path is drawn.
        if (heapMiB < 15258) {
            CliRun run = CliRun.run("walk", "--steps", "100", "--simulate", "2000000000");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("numkit: simulating 2000000000 paths needs about 15258 MiB of working"
                    + " arrays, more than the maximum heap of " + heapMiB + " MiB\n");
        }
    }

    @Test
    void ruinPrintsDurationTable() {
        // From 10 the game between 0 and 20 needs at least 10 steps, so P(T = 10) = 2^-10 (ruin) + 2^-10 (win).
        CliRun run = CliRun.run("walk", "ruin", "--start", "10", "--target", "20", "--steps", "14");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("     n   P(T = n)                 P(T = n, ruin)");
        assertThat(run.out()).contains("    10   0.001953125              0.0009765625");
        // P(T = 12) = 2 · 10 · 2^-12: ten paths reach 0 first at step 12 (the hitting-time theorem, (10/12) C(12, 1)).
        assertThat(run.out()).contains("    12   0.0048828125             0.00244140625");
    }

    @Test
    void ruinFromZeroWithCertainWin() {
        CliRun run = CliRun.run("walk", "ruin", "--p", "1", "--start", "0", "--target", "10");

        assertThat(run.out()).contains("P(ruin)              1");
        assertThat(run.out()).contains("P(win)               0");
    }

    @Test
    void localLimitOutsideItsRangeIsFlagged() {
        // n p q = 1e-299: the normal density at the centre is about 1e149, no probability.
        CliRun run = CliRun.run("walk", "--steps", "10", "--p", "1e-300");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("out of range: n p q = 1e-299 is too small");
        assertThat(run.out()).doesNotContain("e149 (relative error");
    }

    @Test
    void negativeZeroPrintsAsZero() {
        CliRun run = CliRun.run("walk", "--steps", "10", "--p", "-0.0");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("p = 0\n");
        assertThat(run.out()).contains("variance Var S_n        0\n");
        assertThat(run.out()).doesNotContain("-0\n");
    }

    @Test
    void returnExplanationUsesShortNumbers() {
        CliRun run = CliRun.run("walk", "return", "--p", "0", "--steps", "4");

        assertThat(run.out()).contains("at p = 0 every step goes the same way");
        assertThat(run.out()).doesNotContain("0.0");
    }

    @Test
    void passageWithSubnormalPIsFinite() {
        CliRun run = CliRun.run("walk", "passage", "--level", "2", "--p", "4.9e-324", "--steps", "6", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("NaN");
        assertThat(run.out()).contains("\"maximumDistribution\":[1,");
    }

    @Test
    void tourStepsPassInBothLanguages() {
        CliRun english = CliRun.run("tour", "walk-distribution", "walk-first-return", "gamblers-ruin", "polya-constant");
        CliRun chinese = CliRun.run("tour", "--lang", "zh", "walk-distribution", "walk-first-return", "gamblers-ruin",
                "polya-constant");

        assertThat(english.exitCode()).as(english.out()).isZero();
        assertThat(english.out()).doesNotContain("FAILED");
        assertThat(english.out()).contains("Pólya's constant in three dimensions");
        assertThat(chinese.exitCode()).as(chinese.out()).isZero();
        assertThat(chinese.out()).contains("赌徒破产问题");
        assertThat(chinese.out()).contains("f_20 与精确级数系数对照");
        assertThat(chinese.out()).contains("波利亚常数与已发表的数字 0.3405373296 对照");
        assertThat(chinese.out()).contains("E[持续时间]");
        assertThat(chinese.out()).doesNotContain("against");
        assertThat(english.out()).doesNotContain("sqrt").doesNotContain("Polya");
    }

    @Test
    void tooFewPathsSkipChiSquare() {
        CliRun run = CliRun.run("walk", "--steps", "20", "--simulate", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("chi-square              not computed: --simulate 1 is too few paths");
    }

    @Test
    void degenerateWalkSkipsChiSquare() {
        CliRun run = CliRun.run("walk", "--steps", "20", "--p", "1", "--simulate", "1000");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("simulated mean          20");
        assertThat(run.out()).contains("not computed: at p = 1 the walk has one possible position");
    }

    @Test
    void tablesLimitTheirSteps() {
        CliRun passage = CliRun.run("walk", "passage", "--level", "3", "--steps", "2147483647");
        CliRun returns = CliRun.run("walk", "return", "--steps", "2000000");

        assertThat(passage.exitCode()).isEqualTo(2);
        assertThat(passage.err()).contains("--steps must be <= 1000000 (the table keeps every step up to N), got"
                + " 2147483647");
        assertThat(returns.exitCode()).isEqualTo(2);
        assertThat(returns.err()).contains("--steps must be <= 1000000");
    }
}
