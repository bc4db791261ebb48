package io.github.numkit.linalg.matrixfile;

/** Argument checks for this package. */
final class Checks {

    private Checks() {
    }

    /** Raises an {@link IllegalArgumentException} naming the argument when {@code value} is null. */
    static void notNull(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }
}
