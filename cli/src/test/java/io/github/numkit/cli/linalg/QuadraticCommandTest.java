package io.github.numkit.cli.linalg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.numkit.cli.CliRun;
import io.github.numkit.cli.Numkit;
import io.github.numkit.cli.PlotChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuadraticCommandTest {

    @TempDir
    Path folder;

    @Test
    void csvMinimumWithExactFractions() throws IOException {
        Path a = write("a.csv", "2,1\n1,3\n");
        Path b = write("b.csv", "1\n1\n");

        CliRun run = CliRun.run("quadratic", "--matrix", a.toString(), "--vector", b.toString(), "--constant", "2",
                "--exact");

        // 2Ax = −b with A = [[2, 1], [1, 3]] gives x* = (−1/5, −1/10) and f(x*) = 2 + bᵀx*/2 = 37/20.
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("classification: positive definite: unique minimum", "x*: (-0.2, -0.1)",
                "f(x*): 1.85", "exact x*: (-1/5, -1/10)", "exact f(x*): 37/20");
    }

    @Test
    void symmetricMatrixMarketSaddleAsJson() throws IOException {
        Path a = write("a.mtx", """
                %%MatrixMarket matrix coordinate real symmetric
                3 3 2
                1 1 1
                3 2 1
                """);

        CliRun run = CliRun.run("quadratic", "--matrix", a.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(Numkit.NUMERICAL_FAILURE);
        assertThat(run.err().strip()).isEqualTo("numkit: f has no minimum or maximum: indefinite: saddle, no extremum");
        assertThat(run.out()).contains("\"definiteness\":\"INDEFINITE\"", "\"extremum\":\"SADDLE\"",
                "\"eigenvalues\":[-1,1,1]", "\"point\":[0,0,0]", "\"decreasingDirection\":[");
        assertThat(run.out().strip()).startsWith("{").endsWith("}");
    }

    @Test
    void rankOneOutsideRangeIsUnbounded() throws IOException {
        Path a = write("a.csv", "1,2,3\n2,4,6\n3,6,9\n");
        Path b = write("b.csv", "1,0,0\n");

        CliRun run = CliRun.run("quadratic", "--matrix", a.toString(), "--vector", b.toString());

        assertThat(run.exitCode()).isEqualTo(Numkit.NUMERICAL_FAILURE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out()).contains("unbounded below", "x*: none", "f decreases without bound along");
    }

    @Test
    void nonSymmetricInputIsReported() throws IOException {
        Path a = write("a.csv", "3,4\n0,2\n");

        CliRun run = CliRun.run("quadratic", "--matrix", a.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("A is not symmetric: its symmetric part was used");
    }

    @Test
    void contourPlotsAreDrawn() throws Exception {
        Path a = write("a.csv", "1,2\n2,1\n");
        Path b = write("b.csv", "-2,2\n");
        for (String name : new String[] {"saddle.png", "saddle.svg"}) {
            Path plot = folder.resolve(name);

            CliRun run = CliRun.run("quadratic", "--matrix", a.toString(), "--vector", b.toString(), "--plot",
                    plot.toString());

            // A saddle has no extremum, so the command exits 1, but it still draws the plot.
            assertThat(run.exitCode()).as(run.err()).isEqualTo(Numkit.NUMERICAL_FAILURE);
            PlotChecks.assertDrawn(plot);
        }
    }

    @Test
    void badInputExitsWithOneLine() throws IOException {
        Path pattern = write("p.mtx", "%%MatrixMarket matrix coordinate pattern general\n2 2 1\n1 1\n");
        Path ragged = write("r.csv", "1,2\n3\n");
        Path square = write("s.csv", "1,0\n0,1\n");
        Path cube = write("c.csv", "1,0,0\n0,1,0\n0,0,1\n");
        Path shortVector = write("v.csv", "1\n");

        assertBadInput(CliRun.run("quadratic", "--matrix", pattern.toString()),
                "numkit: " + pattern + " line 1: pattern matrices hold only positions and no values");
        assertBadInput(CliRun.run("quadratic", "--matrix", ragged.toString()),
                "numkit: " + ragged + " line 2: row has 1 cells but line 1 has 2");
        assertBadInput(CliRun.run("quadratic", "--matrix", square.toString(), "--vector", shortVector.toString()),
                "numkit: --vector " + shortVector + " has 1 entries but the matrix has 2 rows");
        assertBadInput(CliRun.run("quadratic", "--matrix", folder.resolve("missing.mtx").toString()),
                "numkit: file not found");
        assertBadInput(CliRun.run("quadratic", "--matrix", cube.toString(), "--plot",
                folder.resolve("p.png").toString()), "--plot draws contour lines of a 2-variable form");
        assertBadInput(CliRun.run("quadratic", "--matrix", write("m.txt", "1").toString()),
                "must end in .mtx (Matrix Market) or .csv");
    }

    @Test
    void optionsAndShapesAreNamed() throws IOException {
        Path wide = write("w.csv", "1,0,0\n0,1,0\n");
        Path square = write("s.csv", "1,0\n0,1\n");

        assertBadInput(CliRun.run("quadratic", "--matrix", wide.toString()),
                "numkit: " + wide + ": --matrix must be square, but it has 2 rows of 3 entries");
        assertBadInput(CliRun.run("quadratic", "--matrix", square.toString(), "--refine", "-1"),
                "--refine must be >= 0, got -1");
    }

    @Test
    void extremeEntriesAreSolved() throws IOException {
        // 2·1e308·x = −1 gives x* = −5e-309; before scaling, this failed with an internal NaN.
        Path huge = write("h.csv", "1e308\n");
        Path one = write("one.csv", "1\n");

        CliRun run = CliRun.run("quadratic", "--matrix", huge.toString(), "--vector", one.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("classification: positive definite: unique minimum", "x*: (-5e-309)");
    }

    @Test
    void byteOrderMarkAndPlotPathInJson() throws IOException {
        Path a = write("bom.csv", "\uFEFF2,0\n0,2\n");
        Path plot = folder.resolve("bowl.png");

        CliRun run = CliRun.run("quadratic", "--matrix", a.toString(), "--plot", plot.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"plot\":\"" + plot.toString().replace("\\", "\\\\") + "\"");
        assertThat(run.out()).contains("\"point\":[0,0]");
    }

    @Test
    void unreadableFilesAreNamed() throws IOException {
        Path latin = Files.write(folder.resolve("latin.csv"), new byte[] {'1', '\n', (byte) 0xE9, '\n'});
        Path directory = Files.createDirectory(folder.resolve("a.mtx"));
        Path huge = write("huge.mtx", "%%MatrixMarket matrix coordinate real general\n350000000 1 1\n1 1 1\n");

        assertBadInput(CliRun.run("quadratic", "--matrix", latin.toString()),
                "numkit: " + latin + " line 2: byte 0xE9 is not valid UTF-8; save the file as UTF-8 text");
        assertBadInput(CliRun.run("quadratic", "--matrix", directory.toString()),
                "numkit: " + directory + ": is a directory; expected a matrix file");
        assertBadInput(CliRun.run("quadratic", "--matrix", huge.toString()),
                "numkit: " + huge + " line 2: declared size 350000000 x 1 with 1 entries needs about");
    }

    private static void assertBadInput(CliRun run, String expected) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(expected);
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
