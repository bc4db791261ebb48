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
        assertThat(run.err()).isEqualTo("numkit: p must be in [0, 1], got 1.5\n");
    }

    @Test
    void negativeStepsIsUsageError() {
        CliRun run = CliRun.run("walk", "--steps", "-3");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("n must be >= 0, got -3");
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
        assertThat(run.err()).contains("k must be nonzero");
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
        assertThat(run.err()).isEqualTo("numkit: target must be > start = 10, got 5\n");
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
    }
}
