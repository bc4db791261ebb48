package io.github.numkit.linalg.matrixfile;

/** Argument checks for this package. */
final class Checks {

    private Checks() {
    }

    /**
     * Returns the exception for a file that is not UTF-8 text, naming the line of the first byte
     * sequence that does not decode. A buffered reader decodes ahead of the line it returns, so the
     * line is found again from the bytes rather than taken from the reader.
     */
    static MatrixFileException notUtf8(java.nio.file.Path file) throws java.io.IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        java.nio.ByteBuffer input = java.nio.ByteBuffer.wrap(bytes);
        decoder.decode(input, java.nio.CharBuffer.allocate(bytes.length), true);
        int offset = input.position();
        long line = 1;
        for (int k = 0; k < offset; k++) {
            if (bytes[k] == '\n') {
                line++;
            }
        }
        String problem = offset < bytes.length
                ? "byte 0x" + Integer.toHexString(bytes[offset] & 0xff).toUpperCase(java.util.Locale.ROOT)
                        + " is not valid UTF-8"
                : "the file ends inside a UTF-8 character";
        return new MatrixFileException(String.valueOf(file), line, problem + "; save the file as UTF-8 text");
    }

    /** Raises a {@link MatrixFileException} naming the path when it is a directory. */
    static void notDirectory(java.nio.file.Path file) {
        if (java.nio.file.Files.isDirectory(file)) {
            throw new MatrixFileException(String.valueOf(file), 0, "is a directory; expected a matrix file");
        }
    }

    /** Raises an {@link IllegalArgumentException} naming the argument when {@code value} is null. */
    static void notNull(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }
}
