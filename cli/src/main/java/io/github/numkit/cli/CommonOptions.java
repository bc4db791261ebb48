package io.github.numkit.cli;

import picocli.CommandLine.Option;

/** Options every command that prints numbers shares; use it as a picocli {@code @Mixin}. */
public final class CommonOptions {

    @Option(names = "--json",
            description = "Print one JSON object with every figure at full precision instead of text.")
    private boolean json;

    /**
     * Tells whether the output is JSON.
     *
     * @return true under {@code --json}
     */
    public boolean json() {
        return json;
    }
}
