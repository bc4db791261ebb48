package io.github.numkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @TempDir
    Path folder;

    private Path write(String content) throws IOException {
        Path file = folder.resolve("data.csv");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsHeaderCommentsAndColumns() throws IOException {
        CsvTable table = CsvTable.read(write("# measurements\nx, y\n1, 2.5\n\n3, -4e2\n"));

        assertThat(table.header()).containsExactly("x", "y");
        assertThat(table.rows()).isEqualTo(2);
        assertThat(table.column("y")).containsExactly(2.5, -400.0);
        assertThat(table.column(0)).containsExactly(1.0, 3.0);
    }

    @Test
    void raggedRowNamesLine() throws IOException {
        Path file = write("1,2\n3,4\n5\n");

        assertThatThrownBy(() -> CsvTable.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessage(file + ":3: expected 2 columns, got 1");
    }

    @Test
    void badFieldNamesLineAndColumn() throws IOException {
        Path file = write("a,b\n1,2\n3,x7\n");

        assertThatThrownBy(() -> CsvTable.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessage(file + ":3: column 2: 'x7' is not a number");
    }

    @Test
    void javaLiteralFormsAreNotNumbers() throws IOException {
        for (String literal : new String[] {"4d", "5f", "0x1p3", "1_000"}) {
            Path file = write("1,2\n3," + literal + "\n");

            assertThatThrownBy(() -> CsvTable.read(file))
                    .as(literal)
                    .hasMessage(file + ":2: column 2: '" + literal + "' is not a number");
        }
    }

    @Test
    void decimalFormsAreNumbers() throws IOException {
        CsvTable table = CsvTable.read(write("1.,-.5,+2e-3,7E+2\n"));

        assertThat(table.row(0)).containsExactly(1.0, -0.5, 0.002, 700.0);
    }

    @Test
    void nonFiniteFieldIsRejected() throws IOException {
        Path file = write("1,NaN\n");

        assertThatThrownBy(() -> CsvTable.read(file))
                .hasMessage(file + ":1: column 2: 'NaN' is not a finite number");
    }

    @Test
    void emptyFileHasNoRows() throws IOException {
        Path file = write("x,y\n\n");

        assertThatThrownBy(() -> CsvTable.read(file)).hasMessage(file + ": no data rows");
    }

    @Test
    void missingFileIsNamed() {
        Path file = folder.resolve("absent.csv");

        assertThatThrownBy(() -> CsvTable.read(file)).hasMessage(file + ": file not found");
    }

    @Test
    void unknownColumnNameListsHeader() throws IOException {
        CsvTable table = CsvTable.read(write("x,y\n1,2\n"));

        assertThatThrownBy(() -> table.column("z")).hasMessage("column 'z' not found; the header has [x, y]");
    }
}
