package io.github.numkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumkitTest {

    @Test
    void helpListsCommandsAndExitsZero() {
        CliRun run = CliRun.run("--help");

        assertThat(run.exitCode()).isEqualTo(Numkit.OK);
        assertThat(run.out()).contains("Usage: numkit").contains("tour");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void versionNamesTheProject() {
        CliRun run = CliRun.run("--version");

        assertThat(run.exitCode()).isEqualTo(Numkit.OK);
        assertThat(run.out()).startsWith("numkit ");
    }

    @Test
    void unknownOptionIsOneLineWithExitTwo() {
        CliRun run = CliRun.run("tour", "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(Numkit.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("numkit: Unknown option: '--no-such-option'")
                .contains("numkit tour --help");
    }

    @Test
    void missingCommandIsBadUsage() {
        CliRun run = CliRun.run();

        assertThat(run.exitCode()).isEqualTo(Numkit.BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("missing command");
    }

    @Test
    void unknownCommandIsBadUsage() {
        CliRun run = CliRun.run("frobnicate");

        assertThat(run.exitCode()).isEqualTo(Numkit.BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void unknownTourStepIsBadUsage() {
        CliRun run = CliRun.run("tour", "no-such-step");

        assertThat(run.exitCode()).isEqualTo(Numkit.BAD_INPUT);
        assertThat(run.err()).contains("unknown tour step 'no-such-step'");
    }

    @Test
    void badLanguageIsBadUsage() {
        CliRun run = CliRun.run("tour", "--lang", "fr");

        assertThat(run.exitCode()).isEqualTo(Numkit.BAD_INPUT);
        assertThat(run.err()).contains("--lang");
    }

    @Test
    void repeatedTourStepRunsOnce() {
        CliRun run = CliRun.run("tour", "--json", "1", "1");

        assertThat(run.exitCode()).isEqualTo(Numkit.OK);
        assertThat(run.out().split("\"title\"", -1)).hasSize(2);
    }
}
