package org.evolab.cli;

import java.io.PrintWriter;
import org.evolab.run.Versions;
import org.evolab.util.InvalidInputException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless entry point. Exit status: 0 success, 2 bad input or usage (one line on stderr),
 * 1 internal error (one line on stderr; the details go to the log).
 */
@Command(
        name = "evolab",
        mixinStandardHelpOptions = true,
        versionProvider = EvolabCommand.Version.class,
        subcommands = {
            RunCommand.class,
            ResumeCommand.class,
            PredictCommand.class,
            InspectCommand.class,
            AnalyzeCommand.class,
            BenchCommand.class
        },
        description = "Evolve neural networks for your CSV data. Without a sub-command, opens the lab window.")
public final class EvolabCommand implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new EvolabCommand());
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("evolab: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
            err.flush();
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof InvalidInputException) {
                err.println("evolab: " + e.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            LoggerFactory.getLogger(EvolabCommand.class).error("internal error", e);
            err.println("evolab: internal error: " + e + " (details in ~/.evolab/evolab.log)");
            err.flush();
            return INTERNAL_ERROR;
        });
        return cli;
    }

    /** Reports the version from the jar's manifest. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "Evolab " + Versions.evolab() + " (Deeplearning4j " + Versions.DL4J + ", Java "
                        + System.getProperty("java.version") + ")"
            };
        }
    }
}
