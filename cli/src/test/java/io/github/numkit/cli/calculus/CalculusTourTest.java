package io.github.numkit.cli.calculus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.numkit.cli.CliRun;
import org.junit.jupiter.api.Test;

class CalculusTourTest {

    @Test
    void gradientStepPasses() {
        CliRun run = CliRun.run("tour", "gradient");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("∇f(1, 2): (2, 4)", "D_(3,4) f: 4.4", "D_(1,0) f: 2",
                "max D_u f = ‖∇f‖: √20 ≈ 4.4721 along (1, 2)/√5");
        assertThat(run.out()).doesNotContain("FAILED");
    }

    @Test
    void kinkStepPasses() {
        CliRun run = CliRun.run("tour", "one-sided-derivative");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("D⁺_(3,4) f: 1.4", "D⁺_(−3,−4) f: 1.4");
    }

    @Test
    void chineseExplanations() {
        CliRun run = CliRun.run("tour", "--lang", "zh", "gradient", "one-sided-derivative");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("梯度", "单侧方向导数", "通过");
    }
}
