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
        assertThat(run.out()).contains("gradient: none, because f has a corner in x at (0, 0): f changes at rate 1"
                + " as x increases and at rate 1 as x decreases, and a partial derivative needs the second rate to be"
                + " the negative of the first; give --direction for a one-sided directional derivative");
        assertThat(run.out()).doesNotContain("x[0]", "e0");
        assertThat(run.out()).contains("one-sided directional derivative: 1.4");
    }

    @Test
    void coneIsUndeterminedNotFlat() {
        // √(x² + y²) rises at slope 1 along every direction from the origin, so it has no gradient, and
        // its one-sided directional derivative is 1: the dual chain rule used to call it flat.
        CliRun run = CliRun.run("derivative", "--function", "sqrt(x^2 + y^2)", "--at", "0,0", "--direction", "3,4");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("gradient: none, because f has a corner in x at (0, 0)");
        assertThat(run.out()).doesNotContain("gradient: (0, 0)");
        double d = Double.parseDouble(run.out().replaceAll("(?s).*one-sided directional derivative: ([^ \\n]+).*", "$1"));
        assertThat(d).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(run.out()).contains("method: one-sided Richardson");
        assertThat(run.out()).contains("(an estimate)");

        CliRun json = CliRun.run("derivative", "--function", "pow(x^2, 1/3)", "--at", "0", "--json");
        assertThat(json.out()).contains("\"differentiable\":false", "\"undetermined\":true");

        // cbrt(x³) = x: forward mode cannot decide, but the one-sided slopes 1 and −1 are opposite.
        CliRun line = CliRun.run("derivative", "--function", "cbrt(x^3)", "--at", "0");
        assertThat(line.out()).contains("gradient: (1)", "gradient error estimate: (",
                "method: dual numbers, and one-sided Richardson extrapolation where forward mode cannot decide");
    }

    @Test
    void nanDerivativeIsNotCalledTheValue() {
        // pow(x, y) is 1 at (0, 0) and 4 at (−2, 2), and atan2(y, x) is 0 at (0, 0): only the derivative fails.
        String[][] cases = {{"pow(x,y)", "0,0", "value: 1"}, {"pow(x,y)", "-2,2", "value: 4"},
            {"atan2(y,x)", "0,0", "value: 0"}};
        for (String[] c : cases) {
            CliRun run = CliRun.run("derivative", "--function", c[0], "--at", c[1]);

            assertThat(run.exitCode()).as(c[0]).isZero();
            assertThat(run.out()).as(c[0]).contains(c[2], "gradient: none, because neither forward mode nor one-sided"
                    + " differences can decide");
            assertThat(run.out() + run.err()).as(c[0]).doesNotContain("(the value)");
        }

        // atan2 jumps from 0 to π/4 along (1, 1) from the origin, so no one-sided derivative exists.
        CliRun jump = CliRun.run("derivative", "--function", "atan2(y,x)", "--at", "0,0", "--direction", "1,1");
        assertThat(jump.out()).contains("one-sided directional derivative: none found: the difference quotients do"
                + " not settle");
    }

    @Test
    void failuresPrintNothingOnStdout() {
        CliRun root = CliRun.run("derivative", "--function", "sqrt(x)", "--at", "0");
        assertThat(root.exitCode()).isEqualTo(1);
        assertThat(root.out()).isEmpty();
        assertThat(root.err()).contains("returned Infinity at [0.0] during a dual-number pass (the derivative, not the"
                + " value): f has a vertical tangent there");
        assertThat(root.err()).doesNotContain("bounds", "edge of the domain");

        CliRun zero = CliRun.run("derivative", "--function", "x + y", "--at", "1,2", "--direction", "0,0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.out()).isEmpty();
        assertThat(zero.err()).isEqualTo("numkit: --direction must be a nonzero vector, got '0,0': a zero direction has"
                + " no unit vector" + System.lineSeparator());

        CliRun length = CliRun.run("derivative", "--function", "x + y", "--at", "1,2", "--direction", "1,2,3");
        assertThat(length.exitCode()).isEqualTo(2);
        assertThat(length.out()).isEmpty();
        assertThat(length.err()).contains("--direction must have 2 components for the variables (x, y), got 3");
    }

    @Test
    void overflowIsNotCalledOutsideDomain() {
        for (String method : new String[] {"dual", "richardson"}) {
            CliRun run = CliRun.run("derivative", "--function", "x^2", "--at", "1e300", "--method", method);

            assertThat(run.exitCode()).as(method).isEqualTo(1);
            assertThat(run.err()).as(method).startsWith("numkit: f = Infinity at (1e300): f overflows there, beyond"
                    + " the largest double 1.7976931348623157e308, or has a pole.");
            assertThat(run.err()).as(method).doesNotContain("outside the domain");
        }
        CliRun huge = CliRun.run("derivative", "--function", "x", "--at", "1e308", "--method", "richardson");
        assertThat(huge.exitCode()).isEqualTo(1);
        assertThat(huge.err()).contains("has no room for a difference stencil", "rescale the variable");
        assertThat(huge.err()).doesNotContain("bounds");
    }

    @Test
    void tinyDirectionGivesRootTwo() {
        // x + y along (c, c) for any c > 0 has D_u f = (1 + 1)/√2 = √2.
        CliRun run = CliRun.run("derivative", "--function", "x + y", "--at", "1,1", "--direction", "1e-320,1e-320",
                "--json");

        assertThat(run.exitCode()).isZero();
        double d = Double.parseDouble(run.out().replaceAll(".*\"directionalDerivative\":([^,}]+).*\\s*", "$1"));
        assertThat(d).isCloseTo(Math.sqrt(2), org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void javaLiteralsAreNotNumbers() {
        for (String literal : new String[] {"1d", "0x1p3", "2f"}) {
            CliRun run = CliRun.run("derivative", "--function", "x", "--at", literal);

            assertThat(run.exitCode()).as(literal).isEqualTo(2);
            assertThat(run.err()).as(literal).contains("('" + literal + "' is not a decimal number)");
        }
        assertThat(CliRun.run("derivative", "--function", "x", "--at", "-.5e1").exitCode()).isZero();
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
                .contains("--direction must be a nonzero vector, got '0,0': a zero direction has no unit vector");
        assertThat(CliRun.run("derivative", "--function", "x + y", "--at", "1,NaN").err())
                .contains("--at must be finite numbers, got '1,NaN'");
        assertThat(CliRun.run("derivative", "--function", "foo(x)", "--at", "1").err())
                .contains("unknown function 'foo'");
        CliRun run = CliRun.run("derivative", "--function", "x + y", "--at", "1,a");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--at must be decimal numbers separated by commas, got '1,a' ('a' is not a decimal"
                + " number)");
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

    @Test
    void plotNearLargestDoubleIsDrawn(@TempDir Path dir) throws Exception {
        // The square around P0 has half-width |x|/2 = 6e307, so widening it for equal axis scales
        // would reach past Double.MAX_VALUE unless it shrinks near the limit.
        for (String point : new String[] {"1.2e308,0", "-1.2e308,0", "0,1.2e308", "1.79e308,-1.79e308"}) {
            Path png = dir.resolve("huge" + point.hashCode() + ".png");

            CliRun run = CliRun.run("derivative", "--function", "x+y", "--at", point, "--plot", png.toString());

            assertThat(run.exitCode()).as("exit code at %s, stderr %s", point, run.err()).isZero();
            assertThat(run.out()).as("report at %s", point).contains("gradient: (1, 1)");
            PlotChecks.assertDrawn(png);
        }
    }

    @Test
    void plotBeyondLimitIsRejectedUpFront(@TempDir Path dir) {
        for (String point : new String[] {"1.797e308,0", "0,-1.7976931348623157e308"}) {
            Path png = dir.resolve("rejected.png");

            CliRun run = CliRun.run("derivative", "--function", "x+y", "--at", point, "--plot", png.toString());

            assertThat(run.exitCode()).as("exit code at %s", point).isEqualTo(2);
            assertThat(run.out()).as("stdout at %s", point).isEmpty();
            assertThat(run.err()).as("stderr at %s", point).contains("--plot cannot draw around (")
                    .contains("each coordinate must lie within ±1.79e308");
            assertThat(Files.exists(png)).as("file at %s", point).isFalse();
        }
    }

    @Test
    void directionBelowDoubleRangeIsNamed() {
        CliRun run = CliRun.run("derivative", "--function", "x^2 + y^2", "--at", "1,2", "--direction", "1e-400,0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--direction must be decimal numbers separated by commas, got '1e-400,0'"
                + " ('1e-400' is below the smallest double, about 4.9e-324, and would round to 0)");
    }

    @Test
    void pointBelowDoubleRangeIsNamed() {
        CliRun run = CliRun.run("derivative", "--function", "log(x) + y", "--at", "1e-400,1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--at must be decimal numbers separated by commas, got '1e-400,1' ('1e-400' is below");
    }

    @Test
    void subnormalDirectionIsRejected() {
        CliRun run = CliRun.run("derivative", "--function", "x*y + x", "--at", "1,2", "--direction", "3e-324,5e-324");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--direction must keep its direction as doubles, got '3e-324,5e-324': entries"
                + " this small keep only a few digits");
        // A subnormal entry beside a normal one changes the direction by less than it rounds.
        CliRun mixed = CliRun.run("derivative", "--function", "x*y + x", "--at", "1,2", "--direction", "1,3e-324");
        assertThat(mixed.exitCode()).isZero();
    }

    @Test
    void entryBeyondDoubleRangeIsNamed() {
        CliRun run = CliRun.run("derivative", "--function", "x^2 + y^2", "--at", "1,2", "--direction", "1e400,1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--direction must be decimal numbers separated by commas, got '1e400,1'"
                + " ('1e400' is beyond the largest double, 1.7976931348623157e308)");
    }

    @Test
    void plotWithoutContoursSaysWhy(@TempDir Path dir) {
        Path png = dir.resolve("flat.png");
        CliRun run = CliRun.run("derivative", "--function", "x*0 + y*0 + 1", "--at", "1,2", "--plot", png.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("(no contour lines: f is not finite, or takes one value, over the region shown)");
    }
}
