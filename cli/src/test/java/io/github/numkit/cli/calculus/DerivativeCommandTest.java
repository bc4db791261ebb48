package io.github.numkit.cli.calculus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.numkit.cli.CliRun;
import io.github.numkit.cli.PlotChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerivativeCommandTest {

    @Test
    void textbookExamplePrintsExactly() {
        CliRun run = CliRun.run("derivative", "--function", "x^2 + y^2", "--at", "1,2", "--direction", "3,4");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(),
                "f(x, y) = x^2 + y^2 at (1, 2)",
                "value: 5",
                "gradient: (2, 4)",
                "largest directional derivative |grad f|: √20 ≈ 4.4721 along (1, 2)/√5 = (0.4472135954999579, 0.8944271909999159)",
                "direction: (3, 4), unit vector (0.6, 0.8)",
                "directional derivative: 4.4",
                "method: dual numbers, one pass per coordinate",
                ""));
    }

    @Test
    void alongTheXAxisIsThePartial() {
        CliRun run = CliRun.run("derivative", "--function", "x^2 + y^2", "--at", "1,2", "--direction", "1,0");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("directional derivative: 2" + System.lineSeparator());
    }

    @Test
    void differenceMethodsAgreeWithDuals() {
        for (String method : new String[] {"central", "richardson"}) {
            CliRun run = CliRun.run("derivative", "--function", "x^2 + y^2", "--at", "1,2", "--direction", "3,4",
                    "--method", method, "--json");

            assertThat(run.exitCode()).as(method).isZero();
            assertThat(run.out()).contains("\"method\":\"" + method + "\"");
            double d = Double.parseDouble(run.out().replaceAll(".*\"directionalDerivative\":([^,}]+).*\\s*", "$1"));
            assertThat(d).as(method).isCloseTo(4.4, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void taxicabHasOnlyOneSidedDerivatives() {
        CliRun run = CliRun.run("derivative", "--function", "abs(x) + abs(y)", "--at", "0,0", "--direction", "3,4");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("gradient: none, because f is not differentiable in x[0]");
        assertThat(run.out()).contains("one-sided directional derivative: 1.4");
    }

    @Test
    void jsonCarriesEveryFigure() {
        CliRun run = CliRun.run("derivative", "--function", "x^2 + y^2", "--at", "1,2", "--direction", "3,4", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"gradient\":[2,4]", "\"directionalDerivative\":4.4",
                "\"unitDirection\":[0.6,0.8]", "\"gradientNorm\":4.47213595499958", "\"differentiable\":true");
    }

    @Test
    void syntaxErrorNamesTheColumn() {
        CliRun run = CliRun.run("derivative", "--function", "x^2 + * y", "--at", "1,2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("numkit: invalid expression at column 7: unexpected '*' in \"x^2 + * y\""
                + System.lineSeparator());
    }

    @Test
    void badInputIsExitTwo() {
        assertThat(CliRun.run("derivative", "--function", "x + y", "--at", "1,2,3").err())
                .contains("--at must have 2 coordinates for the variables (x, y), got 3");
        assertThat(CliRun.run("derivative", "--function", "x + y", "--at", "1,2", "--direction", "0,0").err())
                .contains("v must be a nonzero vector, got [0.0, 0.0]: a zero direction has no unit vector");
        assertThat(CliRun.run("derivative", "--function", "x + y", "--at", "1,NaN").err())
                .contains("--at must be finite numbers, got '1,NaN'");
        assertThat(CliRun.run("derivative", "--function", "foo(x)", "--at", "1").err())
                .contains("unknown function 'foo'");
        CliRun run = CliRun.run("derivative", "--function", "x + y", "--at", "1,a");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--at must be numbers separated by commas, got '1,a' ('a' is not a number)");
    }

    @Test
    void pointOutsideDomainIsExitOne() {
        CliRun run = CliRun.run("derivative", "--function", "log(x)", "--at", "-1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("f = NaN at (-1): the point is outside the domain of the function");
    }

    @Test
    void plotDrawsContours(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("gradient.png");

        CliRun run = CliRun.run("derivative", "--function", "x^2 + y^2", "--at", "1,2", "--direction", "3,4",
                "--plot", png.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.exists(png)).isTrue();
        PlotChecks.assertDrawn(png);
    }

    @Test
    void plotNeedsTwoVariables(@TempDir Path dir) {
        CliRun run = CliRun.run("derivative", "--function", "x^2", "--at", "1", "--plot",
                dir.resolve("p.svg").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--plot needs a function of 2 variables, got 1 (x)");
    }
}
