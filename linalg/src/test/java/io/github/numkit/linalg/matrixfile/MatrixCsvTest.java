package io.github.numkit.linalg.matrixfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixCsvTest {

    @Test
    void headerCommentsAndBlanksAreSkipped() throws IOException {
        String text = "a,b\n# a comment\n1, 2\n\n3,4.5e1\n";

        assertThat(MatrixCsv.readMatrix(new StringReader(text), "m.csv"))
                .isDeepEqualTo(new double[][] {{1, 2}, {3, 45}});
    }

    @Test
    void vectorAsRowOrColumn(@TempDir Path folder) throws IOException {
        Path column = Files.writeString(folder.resolve("column.csv"), "1\n2\n3\n");
        Path row = Files.writeString(folder.resolve("row.csv"), "1,2,3\n");
        Path table = Files.writeString(folder.resolve("table.csv"), "1,2\n3,4\n");

        assertThat(MatrixCsv.readVector(column)).containsExactly(1, 2, 3);
        assertThat(MatrixCsv.readVector(row)).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> MatrixCsv.readVector(table)).isInstanceOf(MatrixFileException.class)
                .hasMessage(table + ": a vector must be a single row or a single column, got 2 rows of 2 cells");
    }

    @Test
    void badCellsNameLineAndColumn() {
        assertThatThrownBy(() -> MatrixCsv.readMatrix(new StringReader("1,2\n3\n"), "m.csv"))
                .isInstanceOf(MatrixFileException.class).hasMessage("m.csv line 2: row has 1 cells but line 1 has 2");
        assertThatThrownBy(() -> MatrixCsv.readMatrix(new StringReader("1,2\n3,x\n"), "m.csv"))
                .hasMessage("m.csv line 2: column 2: \"x\" is not a decimal number such as -1.5e3");
        assertThatThrownBy(() -> MatrixCsv.readMatrix(new StringReader("1,Infinity\n"), "m.csv"))
                .hasMessage("m.csv line 1: column 2: value must be finite, got Infinity");
        assertThatThrownBy(() -> MatrixCsv.readMatrix(new StringReader("x,y\n"), "m.csv"))
                .hasMessage("m.csv: no numeric rows found; expected comma-separated numbers");
    }

    @Test
    void javaLiteralFormsAreRejected() {
        for (String cell : new String[] {"1d", "5f", "0x1p3", "1e"}) {
            assertThatThrownBy(() -> MatrixCsv.readMatrix(new StringReader("1," + cell + "\n"), "m.csv"))
                    .as(cell).isInstanceOf(MatrixFileException.class)
                    .hasMessage("m.csv line 1: column 2: \"" + cell + "\" is not a decimal number such as -1.5e3");
        }
    }

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        assertThat(MatrixCsv.readMatrix(new StringReader("\uFEFF1,2\n3,4\n"), "m.csv"))
                .isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
        assertThat(MatrixCsv.readMatrix(new StringReader("\uFEFFa,b\n3,.5\n"), "m.csv"))
                .isDeepEqualTo(new double[][] {{3, 0.5}});
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> MatrixCsv.readMatrix(null, "m.csv")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("input must not be null");
        assertThatThrownBy(() -> MatrixCsv.readMatrix((Path) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("file must not be null");
    }

    @Test
    void nonUtf8ByteNamesFileAndLine(@TempDir Path folder) throws IOException {
        Path file = Files.write(folder.resolve("latin.csv"), new byte[] {'1', ',', '2', '\n', '3', ',', (byte) 0xE9});

        assertThatThrownBy(() -> MatrixCsv.readMatrix(file)).isInstanceOf(MatrixFileException.class)
                .hasMessage(file + " line 2: byte 0xE9 is not valid UTF-8; save the file as UTF-8 text");
    }

    @Test
    void directoryIsNamed(@TempDir Path folder) {
        assertThatThrownBy(() -> MatrixCsv.readMatrix(folder)).isInstanceOf(MatrixFileException.class)
                .hasMessage(folder + ": is a directory; expected a matrix file");
    }
}
