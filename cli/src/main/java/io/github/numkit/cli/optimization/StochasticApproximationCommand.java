package io.github.numkit.cli.optimization;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code numkit sa} command group: stochastic approximation on the user's data. */
@Command(name = "sa", mixinStandardHelpOptions = true,
        description = "Stochastic approximation: the incremental mean of a column, Robbins-Monro on"
                + " a noisy test problem, and stochastic gradient descent for least squares.",
        subcommands = {MeanCommand.class, RootCommand.class, SgdCommand.class})
public final class StochasticApproximationCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing subcommand: mean, root or sgd (see 'numkit sa --help')");
    }
}
