package org.evolab.cli;

import static org.evolab.cli.Overrides.override;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evolab.data.checks.DataChecks;
import org.evolab.data.csv.DataTable;
import org.evolab.data.schema.TaskType;
import org.evolab.fitness.FitnessMetric;
import org.evolab.fitness.Trainer;
import org.evolab.run.DataShape;
import org.evolab.run.EvolutionRun;
import org.evolab.run.RunConfig;
import org.evolab.run.Trainers;
import org.evolab.spark.SparkSupport;
import org.evolab.util.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evolab run}: the whole search headless, from CSV to verified bundle. */
@Command(
        name = "run",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description =
                "Search network architectures for a CSV with a genetic algorithm, then train, test and export the best.")
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "FILE", description = "CSV file (header row; , ; or tab separated)")
    Path data;

    @Option(names = "--target", paramLabel = "COLUMN", description = "column to predict (default: the last)")
    String target;

    @Option(names = "--task", paramLabel = "TYPE", description = "classification or regression (default: inferred)")
    String task;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "run settings JSON (as saved by the GUI); flags override it")
    Path config;

    @Option(names = "--out", paramLabel = "FILE", description = "model bundle to write (.zip)")
    Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "write a JSON summary of the run here")
    Path report;

    @Option(
            names = "--run-dir",
            paramLabel = "DIR",
            description = "folder for checkpoints and the fitness cache: 'evolab resume DIR' continues a stopped run")
    Path runDir;

    @Option(names = "--force", description = "overwrite existing output files")
    boolean force;

    @Option(
            names = {"-q", "--quiet"},
            description = "print only the final summary")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Mixin
    SearchOptions search = new SearchOptions();

    @Mixin
    SpaceOptions space = new SpaceOptions();

    @Mixin
    TrainingOptions training = new TrainingOptions();

    @Mixin
    ColumnOptions columns = new ColumnOptions();

    @Override
    public Integer call() throws IOException {
        RunConfig cfg = buildConfig();
        if (out == null) {
            throw new InvalidInputException("--out: give the model bundle to write, e.g. --out model.zip");
        }
        if (Files.exists(out) && !force) {
            throw new InvalidInputException(out + ": already exists (use --force to overwrite it)");
        }
        if (report != null && Files.exists(report) && !force) {
            throw new InvalidInputException(report + ": already exists (use --force to overwrite it)");
        }
        cfg.validate();
        // Before the data are read: without Spark, a one-line refusal at once.
        Trainer.Factory trainers = SparkSupport.trainers(cfg.spark(), Trainers.dl4j(), search.sparkSource());
        table = table != null ? table : DataTable.load(Path.of(cfg.data()));
        DataChecks.report(
                DataChecks.check(
                        table, cfg.schemaOptions(), cfg.split(), cfg.training().metric() == FitnessMetric.MACRO_F1),
                columns.strict,
                spec.commandLine().getErr());
        if (runDir != null) {
            Files.createDirectories(runDir);
            Outputs.write(
                    runDir,
                    new Outputs(
                            out.toAbsolutePath().toString(),
                            report == null ? null : report.toAbsolutePath().toString(),
                            force));
        }
        return RunDriver.execute(
                new EvolutionRun(cfg, table, trainers).runFolder(runDir),
                out,
                report,
                force,
                quiet,
                spec.commandLine());
    }

    /** The data, read once to size the default search space and then handed to the run. */
    private DataTable table;

    RunConfig buildConfig() {
        RunConfig cfg = config != null ? RunConfig.read(config) : RunConfig.defaults();
        cfg = override(cfg, data, (c, d) -> c.withData(d.toString()));
        cfg = override(cfg, target, RunConfig::withTarget);
        cfg = override(cfg, task, (c, t) -> c.withTaskType(TaskType.valueOf(parseTask(t))));
        cfg = search.applyTo(cfg);
        cfg = cfg.withTraining(training.applyTo(cfg.training()));
        cfg = cfg.withStop(training.applyTo(cfg.stop()));
        cfg = columns.applyTo(cfg);
        if (config == null && cfg.data() != null) {
            // No settings file: the engine's default space sized to this data, as the wizard proposes it.
            table = DataTable.load(Path.of(cfg.data()));
            DataShape shape = DataShape.of(table, cfg);
            cfg = cfg.withSearchSpace(shape.defaultSearchSpace());
            if (training.ensemble == null) {
                cfg = cfg.withTraining(cfg.training().withEnsemble(shape.defaultEnsemble()));
            }
        }
        return cfg.withGa(search.applyTo(cfg.ga())).withSearchSpace(space.applyTo(cfg.searchSpace()));
    }

    private static String parseTask(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (!t.equals("CLASSIFICATION") && !t.equals("REGRESSION")) {
            throw new InvalidInputException("--task: '" + text + "' is neither classification nor regression");
        }
        return t;
    }
}
