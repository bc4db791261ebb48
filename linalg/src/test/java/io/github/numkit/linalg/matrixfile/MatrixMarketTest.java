package io.github.numkit.linalg.matrixfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.numkit.linalg.ReferenceData;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.MatrixIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatrixMarketTest {

    private static final String ONES_LOWER = """
            %%MatrixMarket matrix coordinate real symmetric
            % the lower triangle of the 4x4 all-ones matrix
            4 4 10
            1 1 1
            2 1 1
            3 1 1
            4 1 1
            2 2 1
            3 2 1
            4 2 1
            3 3 1
            4 3 1
            4 4 1
            """;

    @Test
    void symmetricLowerTriangleReadsAsSixteenEntries() throws IOException {
        double[][] dense = MatrixMarket.readDense(new StringReader(ONES_LOWER), "ones.mtx");
        DMatrixSparseCSC sparse = MatrixMarket.readSparse(new StringReader(ONES_LOWER), "ones.mtx");

        assertThat(dense).isDeepEqualTo(new double[][] {{1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}});
        assertThat(sparse.nz_length).isEqualTo(16);
        // EJML 0.46.1's reader keeps only the stored triangle; this is the fault the reader fixes.
        assertThat(MatrixIO.loadMatrixMarketDSTR(new StringReader(ONES_LOWER)).nz_length).isEqualTo(10);
    }

    @Test
    void arrayFormatsReadColumnMajor() throws IOException {
        String general = """
                %%MatrixMarket matrix array integer general
                2 3
                1
                4
                2
                5
                3
                6
                """;
        String symmetric = """
                %%MatrixMarket matrix array real symmetric
                2 2
                1.5
                -2
                3e0
                """;

        assertThat(MatrixMarket.readDense(new StringReader(general), "g.mtx"))
                .isDeepEqualTo(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertThat(MatrixMarket.readDense(new StringReader(symmetric), "s.mtx"))
                .isDeepEqualTo(new double[][] {{1.5, -2}, {-2, 3}});
    }

    @Test
    void sharedMatricesMatchEjmlTripletsMirrored() throws IOException {
        for (String name : new String[] {"bcsstk01", "gr_30_30", "lund_a", "lund_b"}) {
            Path file = ReferenceData.file("matrix-market/" + name + ".mtx");

            DMatrixSparseCSC ours = MatrixMarket.readSparse(file);

            // Oracle: EJML's own triplets of the stored triangle, mirrored by hand.
            DMatrixSparseTriplet stored = MatrixIO.loadMatrixMarketDSTR(Files.newBufferedReader(file));
            int diagonal = 0;
            for (int k = 0; k < stored.nz_length; k++) {
                int i = stored.nz_rowcol.data[2 * k];
                int j = stored.nz_rowcol.data[2 * k + 1];
                double v = stored.nz_value.data[k];
                assertThat(ours.get(i, j)).as("%s (%d, %d)", name, i, j).isEqualTo(v);
                assertThat(ours.get(j, i)).as("%s (%d, %d)", name, j, i).isEqualTo(v);
                if (i == j) {
                    diagonal++;
                }
            }
            assertThat(ours.nz_length).as(name).isEqualTo(2 * stored.nz_length - diagonal);
        }
        assertThat(MatrixMarket.readSparse(ReferenceData.file("matrix-market/bcsstk01.mtx")).numRows).isEqualTo(48);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not Matrix Market | 1 2 3\\n | m.mtx line 1: not a Matrix Market file: the first line must start with %%MatrixMarket, got "1 2 3"
            pattern | %%MatrixMarket matrix coordinate pattern general\\n2 2 1\\n1 1\\n | m.mtx line 1: pattern matrices hold only positions and no values, so they are not supported; write the entries with a real or integer field
            complex | %%MatrixMarket matrix coordinate complex general\\n1 1 1\\n1 1 1 0\\n | m.mtx line 1: field must be real or integer, got complex
            truncated | %%MatrixMarket matrix coordinate real general\\n2 2 3\\n1 1 1\\n2 2 1\\n | m.mtx line 4: the file ends after 2 of the 3 declared entries; it is truncated
            outside | %%MatrixMarket matrix coordinate real general\\n4 4 1\\n7 2 1.0\\n | m.mtx line 3: entry (7, 2) lies outside the declared size 4 x 4
            duplicate | %%MatrixMarket matrix coordinate real general\\n2 2 2\\n1 2 1\\n1 2 5\\n | m.mtx line 4: duplicate entry (1, 2), first given on line 3
            mirrored duplicate | %%MatrixMarket matrix coordinate real symmetric\\n2 2 2\\n2 1 1\\n1 2 1\\n | m.mtx line 4: duplicate entry (2, 1) or its mirror (1, 2), first given on line 3
            NaN | %%MatrixMarket matrix coordinate real general\\n2 2 1\\n1 1 NaN\\n | m.mtx line 3: entry value must be finite, got NaN
            not a number | %%MatrixMarket matrix array real general\\n1 1\\nabc\\n | m.mtx line 3: entry value must be a decimal number such as -1.5e3, got "abc"
            Java double literal | %%MatrixMarket matrix array real general\\n1 1\\n1d\\n | m.mtx line 3: entry value must be a decimal number such as -1.5e3, got "1d"
            Java hex literal | %%MatrixMarket matrix array real general\\n1 1\\n0x1p3\\n | m.mtx line 3: entry value must be a decimal number such as -1.5e3, got "0x1p3"
            real in integer field | %%MatrixMarket matrix array integer general\\n1 1\\n1.5\\n | m.mtx line 3: entry value must be an integer, got "1.5"
            integer above 2^53 | %%MatrixMarket matrix array integer general\\n1 1\\n9007199254740993\\n | m.mtx line 3: integer entry 9007199254740993 exceeds 2^53 = 9007199254740992 in magnitude, so a double cannot hold it exactly; declare the field real if rounding it is acceptable
            integer above 2^63 | %%MatrixMarket matrix array integer general\\n1 1\\n-99999999999999999999\\n | m.mtx line 3: integer entry -99999999999999999999 exceeds 2^53 = 9007199254740992 in magnitude, so a double cannot hold it exactly; declare the field real if rounding it is acceptable
            empty | %%MatrixMarket matrix array real general\\n0 0\\n | m.mtx line 2: the matrix must not be empty, got declared size 0 x 0
            extra | %%MatrixMarket matrix array real general\\n1 1\\n1\\n2\\n | m.mtx line 4: more entries than the 1 declared; extra text "2"
            too large | %%MatrixMarket matrix array real general\\n2000000000 2000000000\\n1\\n | m.mtx line 2: declared size 2000000000 x 2000000000 with 4000000000000000000 entries needs about 91552734420776 MB, more than half of the maximum heap of %d MB; raise -Xmx or use a smaller matrix
            no size | %%MatrixMarket matrix array real general\\n% only a comment\\n | m.mtx line 2: the file ends before the size line
            """)
    void badFilesAreRejected(String what, String content, String message) {
        String text = content.replace("\\n", "\n");
        String expected = message.replace("%d", String.valueOf(Runtime.getRuntime().maxMemory() >> 20));

        assertThatThrownBy(() -> MatrixMarket.readDense(new StringReader(text), "m.mtx"))
                .as(what).isInstanceOf(MatrixFileException.class).hasMessage(expected);
    }

    @Test
    void exceptionCarriesFileAndLine() {
        MatrixFileException e = new MatrixFileException("a.mtx", 3, "bad");

        assertThat(e.file()).isEqualTo("a.mtx");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).isEqualTo("bad");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void integersUpToTwoToThe53AreExact() throws IOException {
        String text = "%%MatrixMarket matrix array integer general\n1 2\n9007199254740992\n-9007199254740991\n";

        assertThat(MatrixMarket.readDense(new StringReader(text), "m.mtx"))
                .isDeepEqualTo(new double[][] {{9007199254740992.0, -9007199254740991.0}});
    }

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        String text = "\uFEFF%%MatrixMarket matrix array real general\n1 1\n2.5\n";

        assertThat(MatrixMarket.readDense(new StringReader(text), "m.mtx")).isDeepEqualTo(new double[][] {{2.5}});
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> MatrixMarket.readDense((java.io.Reader) null, "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reader must not be null");
        assertThatThrownBy(() -> MatrixMarket.readSparse(new StringReader(ONES_LOWER), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("source must not be null");
        assertThatThrownBy(() -> MatrixMarket.readDense((Path) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("file must not be null");
    }

    @Test
    void overstatedEntryCountReadsWhatIsThere() throws IOException {
        // The header claims a million entries; the reader grows its storage with the entries read, and
        // then reports the truncation instead of failing to allocate.
        String text = "%%MatrixMarket matrix coordinate real general\n1000 1000 1000000\n3 4 2.5\n";

        assertThatThrownBy(() -> MatrixMarket.readSparse(new StringReader(text), "m.mtx"))
                .isInstanceOf(MatrixFileException.class)
                .hasMessage("m.mtx line 3: the file ends after 1 of the 1000000 declared entries; it is truncated");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            many one-entry rows, dense | true | %%MatrixMarket matrix coordinate real general\\n350000000 1 1\\n1 1 1\\n | 350000000 x 1 with 1 entries needs about 10681 MB
            declared entries, dense | true | %%MatrixMarket matrix coordinate real general\\n19000 19000 361000000\\n1 1 1\\n | 19000 x 19000 with 361000000 entries needs about 13771 MB
            column index, sparse | false | %%MatrixMarket matrix coordinate real general\\n1000000000 1000000000 1\\n1 1 1\\n | 1000000000 x 1000000000 with 1 entries needs about 7629 MB
            """)
    void realCostIsCheckedAgainstTheHeap(String what, boolean dense, String content, String problem) {
        // Costs by hand: 32 bytes per stored coordinate entry while reading; a dense row of c doubles
        // takes 8·ceil((16 + 8c)/8) + 8 bytes; a sparse matrix takes 28 bytes per entry and 8 per column.
        // 350000000·32 + 32 = 11200000032 B; 361000000·32 + 19000·152024 = 14440456000 B;
        // 32 + 28 + 1000000001·8 = 8000000068 B. The test assumes a heap below twice the smallest.
        long maxHeap = Runtime.getRuntime().maxMemory();
        org.junit.jupiter.api.Assumptions.assumeTrue(maxHeap < 16_000_000_000L, "heap too large for this check");
        String text = content.replace("\\n", "\n");
        String expected = "m.mtx line 2: declared size " + problem + ", more than half of the maximum heap of "
                + (maxHeap >> 20) + " MB; raise -Xmx or use a smaller matrix";

        assertThatThrownBy(() -> {
            if (dense) {
                MatrixMarket.readDense(new StringReader(text), "m.mtx");
            } else {
                MatrixMarket.readSparse(new StringReader(text), "m.mtx");
            }
        }).as(what).isInstanceOf(MatrixFileException.class).hasMessage(expected);
    }

    @Test
    void nonUtf8ByteNamesFileAndLine(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        byte[] head = "%%MatrixMarket matrix array real general\n% caf".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 1);
        bytes[head.length] = (byte) 0xE9;
        Path file = Files.write(folder.resolve("latin.mtx"), bytes);

        assertThatThrownBy(() -> MatrixMarket.readDense(file)).isInstanceOf(MatrixFileException.class)
                .hasMessage(file + " line 2: byte 0xE9 is not valid UTF-8; save the file as UTF-8 text");
        assertThatThrownBy(() -> MatrixMarket.readSparse(folder)).isInstanceOf(MatrixFileException.class)
                .hasMessage(folder + ": is a directory; expected a matrix file");
    }
}
