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
        assertThat(run.out()).contains("分类: 最小值", "分类: 不定，鞍点", "f 无限减小的方向: ",
                "x₁*（对照精确分数 6/5）", "β0（对照生成数据所用的系数）", "双双精度（double-double");
        assertThat(run.out()).doesNotContain("classification", "decreases without bound", "against", "双倍精度");
    }
}
