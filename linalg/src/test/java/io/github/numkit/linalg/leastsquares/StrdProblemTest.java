package io.github.numkit.linalg.leastsquares;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrdProblemTest {

    /** A small file in the StRD layout; the data line "2 1" is line 15. */
    private static final String FILE = """
            Model:  Linear Class
                    2 Parameters (B0,B1)
                    1 Predictor Variable
                    y = B0 + B1*x + e
                                                      Standard Deviation
                 Parameter          Estimate             of Estimate
                    B0        0.0                    0.0
                    B1        2.0                    0.0
                 Residual
                 Standard Deviation   0.0
                 R-Squared            1.0

            Data:       y          x
                       0          0
                       2          1
                       4          2
            """;

    @Test
    void wellFormedFileIsRead(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("small.dat"), FILE);

        StrdProblem problem = StrdProblem.read(file);

        assertThat(problem.response()).containsExactly(0, 2, 4);
        assertThat(problem.certifiedCoefficients()).containsExactly(0, 2);
    }

    @Test
    void nonAsciiByteNamesTheLine(@TempDir Path folder) throws IOException {
        byte[] bytes = FILE.replace("Model:  Linear Class", "Model:  Linear Class \u00e9")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(folder.resolve("latin.dat"), bytes);

        assertThatThrownBy(() -> StrdProblem.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("latin.dat line 1: byte 0xE9 is not ASCII; a StRD file is plain ASCII text");
    }

    @Test
    void valueBeyondDoubleRangeNamesTheLine(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("huge.dat"), FILE.replace("   2          1", "   1e999999   1"));

        assertThatThrownBy(() -> StrdProblem.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("huge.dat line 15: 1e999999 is beyond the double range (magnitude at most about 1.8e308)");
    }

    @Test
    void oversizedCountNamesTheLine(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("count.dat"), FILE.replace("2 Parameters", "99999999999 Parameters"));

        assertThatThrownBy(() -> StrdProblem.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count.dat line 2: parameter count 99999999999 is too large; expected at most 2147483647");
    }
}
