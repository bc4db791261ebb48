package io.github.numkit.cli.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.numkit.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LsqCommandTest {

    @Test
    void nistFileShowsCertifiedDigits() {
        Path file = Path.of(System.getProperty("numkit.data.dir", "missing"), "nist-strd", "Longley.dat");
        if (!Files.isRegularFile(file)) {
            assertThat(Boolean.getBoolean("numkit.data.required"))
                    .as("numkit.data.required is true but %s is missing", file).isFalse();
            System.err.println("SKIPPED: " + file + " not found");
        }
        assumeTrue(Files.isRegularFile(file), "NIST StRD data not found at " + file);

        CliRun run = CliRun.run("lsq", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("dataset: Longley (16 observations)", "B6", "residual standard deviation:",
                "smallest LRE of coefficients and standard deviations: 1");
    }

    @Test
    void csvLineFitWithIntercept(@TempDir Path folder) throws IOException {
        // y = 1 + 2x exactly, so the fit is exact and R² is 1.
        Path file = Files.writeString(folder.resolve("line.csv"), "x,y\n0,1\n1,3\n2,5\n3,7\n");

        CliRun run = CliRun.run("lsq", file.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("{\"name\":\"B0\",\"estimate\":1,", "{\"name\":\"B1\",\"estimate\":2,",
                "\"rSquared\":1");
    }

    @Test
    void badCsvExitsWithOneLine(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("bad.csv"), "1,2\n3,abc\n");

        CliRun run = CliRun.run("lsq", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("numkit: ").contains("bad.csv");
    }

    @Test
    void rankDeficientFitSaysNotUnique(@TempDir Path folder) throws IOException {
        // x2 = 2·x1 exactly, so the design [1, x1, x2] has rank 2 of 3 columns.
        Path file = Files.writeString(folder.resolve("dependent.csv"), "x1,x2,y\n1,2,1\n2,4,3\n3,6,4\n4,8,7\n");

        CliRun text = CliRun.run("lsq", file.toString());
        CliRun json = CliRun.run("lsq", file.toString(), "--json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("rank: 2, method: svd",
                "the design has rank 2 but 3 columns, so the coefficients are not unique: those shown are the"
                        + " minimum-norm solution, and their standard deviations are undefined");
        assertThat(text.out()).doesNotContain("NaN");
        assertThat(text.out()).contains("undefined");
        assertThat(json.out()).contains("\"standardDeviation\":null", "\"uniqueSolution\":false");
        assertThat(json.out()).doesNotContain("NaN");
    }

    @Test
    void singleRowHasNoResidualFreedom(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("one.csv"), "x,y\n1,2\n");

        CliRun run = CliRun.run("lsq", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("residual standard deviation: undefined",
                "the residual standard deviation is undefined because there are no residual degrees of freedom:"
                        + " the number of observations equals the rank, 1");
        assertThat(run.out()).doesNotContain("NaN");
    }
}
