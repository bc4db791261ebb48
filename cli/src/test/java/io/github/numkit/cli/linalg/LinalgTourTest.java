package io.github.numkit.cli.linalg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.numkit.cli.CliRun;
import org.junit.jupiter.api.Test;

class LinalgTourTest {

    @Test
    void quadraticStepsPass() {
        CliRun run = CliRun.run("tour", "quadratic-minimum", "quadratic-saddle", "polynomial-fit");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("x* exactly: (6/5, 2/5)", "f(x*): -4.6 = -23/5", "eigenvalues: (-1, 3)",
                "saddle point x*: (-1, 1)");
        assertThat(run.out()).doesNotContain("FAILED");
    }

    @Test
    void chineseExplanations() {
        CliRun run = CliRun.run("tour", "--lang", "zh", "quadratic-minimum", "quadratic-saddle", "polynomial-fit");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("最小值", "鞍点", "最小二乘", "通过");
    }
}
