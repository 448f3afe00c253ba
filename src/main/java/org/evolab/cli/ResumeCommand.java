package org.evolab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evolab.fitness.Trainer;
import org.evolab.run.EvolutionRun;
import org.evolab.run.RunFolder;
import org.evolab.run.Trainers;
import org.evolab.spark.SparkSupport;
import org.evolab.util.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evolab resume DIR}: continues a run from its last checkpoint, to the same outputs. */
@Command(
        name = "resume",
        mixinStandardHelpOptions = true,
        description = "Continue a run that was cancelled or killed, from the checkpoints in its --run-dir.")
public final class ResumeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "the run's folder (its --run-dir)")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", description = "model bundle (default: the first run's --out)")
    Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "JSON summary (default: the first run's --report)")
    Path report;

    @Option(
            names = {"-q", "--quiet"},
            description = "print only the final summary")
    boolean quiet;

    @Option(names = "--force", description = "overwrite existing output files")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunFolder.checkResumable(dir);
        Outputs first = out == null ? Outputs.read(dir) : null;
        Path bundle = out != null ? out : Path.of(first.out());
        Path summary =
                report != null ? report : first != null && first.report() != null ? Path.of(first.report()) : null;
        boolean overwrite = force || (first != null && first.force());
        if (Files.exists(bundle) && !overwrite) {
            throw new InvalidInputException(bundle + ": already exists (use --force to overwrite it)");
        }
        // On Spark again if the run was: same trainings, same results.
        Trainer.Factory trainers = SparkSupport.trainers(
                new RunFolder(dir).readConfig().spark(), Trainers.dl4j(), "spark (in the run's settings)");
        return RunDriver.execute(
                EvolutionRun.resume(dir, trainers), bundle, summary, overwrite, quiet, spec.commandLine());
    }
}
