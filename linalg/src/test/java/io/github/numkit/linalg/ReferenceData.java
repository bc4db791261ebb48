package io.github.numkit.linalg;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates reference data files through the system property {@code numkit.data.dir}. A missing
 * folder or file skips the test with a message on stderr, unless {@code numkit.data.required} is
 * {@code true}, in which case the test fails.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    /**
     * Returns the reference file at {@code relative} under the data folder, or skips the test.
     *
     * @param relative the path below the data folder, such as "nist-strd/Filip.dat"
     * @return the existing file
     */
    public static Path file(String relative) {
        String folder = System.getProperty("numkit.data.dir");
        Path path = folder == null ? null : Path.of(folder, relative);
        if (path == null || !Files.isRegularFile(path)) {
            String message = "reference data file " + relative + " not found under numkit.data.dir=" + folder;
            if (Boolean.getBoolean("numkit.data.required")) {
                fail(message + " and numkit.data.required is true");
            }
            System.err.println("SKIPPED: " + message);
            assumeTrue(false, message);
        }
        return path;
    }
}
