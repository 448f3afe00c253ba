package org.evolab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evolab.data.ColumnKind;
import org.evolab.data.ColumnRole;
import org.evolab.data.DataChecks;
import org.evolab.data.DataTable;
import org.evolab.data.SplitRatios;
import org.evolab.data.TaskType;
import org.evolab.evolution.CrossoverMethod;
import org.evolab.evolution.GaSettings;
import org.evolab.evolution.SelectionMethod;
import org.evolab.evolution.Strategy;
import org.evolab.fitness.FinalModel;
import org.evolab.fitness.FitnessMetric;
import org.evolab.fitness.Refit;
import org.evolab.fitness.Trainer;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.Optimizer;
import org.evolab.genome.SearchSpace;
import org.evolab.run.DataShape;
import org.evolab.run.EvolutionRun;
import org.evolab.run.RunConfig;
import org.evolab.run.StopSettings;
import org.evolab.run.Trainers;
import org.evolab.spark.SparkSupport;
import org.evolab.util.Durations;
import org.evolab.util.InvalidInputException;
import picocli.CommandLine.Command;
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

    @Option(names = "--population", paramLabel = "N", description = "individuals per generation (default 50)")
    Integer population;

    @Option(names = "--generations", paramLabel = "N", description = "generations (default 10)")
    Integer generations;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "random seed; the same seed gives the same run (default 42)")
    Long seed;

    @Option(names = "--workers", paramLabel = "N", description = "training threads (default: one per core)")
    Integer workers;

    @Option(
            names = "--spark",
            paramLabel = "MASTER",
            description =
                    "train on Apache Spark: local[N] (embedded), "
                            + "spark://host:port (a standalone cluster) or any master URL Spark takes; needs Spark on the class path")
    String spark;

    @Option(names = "--strategy", paramLabel = "S", description = "genetic or random (the random-search baseline)")
    String strategy;

    @Option(names = "--mutation-rate", paramLabel = "P", description = "probability per gene (default 0.1)")
    Double mutationRate;

    @Option(
            names = "--crossover-rate",
            paramLabel = "P",
            description = "probability a child has two parents (default 0.8)")
    Double crossoverRate;

    @Option(names = "--elitism", paramLabel = "N", description = "best individuals carried over unchanged (default 2)")
    Integer elitism;

    @Option(names = "--selection", paramLabel = "M", description = "tournament, roulette, rank or nsga2")
    String selection;

    @Option(
            names = "--objectives",
            paramLabel = "LIST",
            description = "fitness (default) or fitness,params (NSGA-II on accuracy and size)")
    String objectives;

    @Option(names = "--tournament-size", paramLabel = "N", description = "contestants per tournament (default 3)")
    Integer tournamentSize;

    @Option(names = "--crossover", paramLabel = "M", description = "one-point or uniform")
    String crossover;

    @Option(
            names = "--layers",
            paramLabel = "MIN..MAX",
            description = "hidden layers (default 1..3; the search space's defaults follow the size of the data)")
    String layers;

    @Option(
            names = "--neurons",
            paramLabel = "MIN..MAX",
            description = "neurons per hidden layer (default 8..128 up to 10,000 training rows, narrower above)")
    String neurons;

    @Option(names = "--activations", paramLabel = "LIST", description = "relu,tanh,sigmoid,leakyrelu,elu")
    String activations;

    @Option(
            names = "--learning-rate",
            paramLabel = "MIN..MAX",
            description = "searched on a log scale (default 3e-4..3e-2)")
    String learningRate;

    @Option(names = "--optimizers", paramLabel = "LIST", description = "adam,nesterov,rmsprop (default adam,rmsprop)")
    String optimizers;

    @Option(
            names = "--batch-sizes",
            paramLabel = "LIST",
            description = "e.g. 16,32,64,full (default: those giving 4-64 steps per epoch)")
    String batchSizes;

    @Option(names = "--dropout", paramLabel = "MIN..MAX", description = "default 0..0.3")
    String dropout;

    @Option(names = "--l2", paramLabel = "MIN..MAX", description = "default 0..1e-3")
    String l2;

    @Option(
            names = "--epochs",
            paramLabel = "MIN..MAX",
            description = "max epochs per training (default 20..100, fewer on large data)")
    String epochs;

    @Option(
            names = "--patience",
            paramLabel = "N",
            description =
                    "early-stopping patience in epochs (default 10; at most a fifth of a genome's epochs, at least 3)")
    Integer patience;

    @Option(
            names = "--no-halving",
            description = "train every genome to its own end (default: successive halving, "
                    + "only the most promising third of each rung goes on)")
    boolean noHalving;

    @Option(names = "--metric", paramLabel = "M", description = "fitness: accuracy, macro-f1, neg-rmse or r2")
    String metric;

    @Option(
            names = "--final-model",
            paramLabel = "M",
            description =
                    "retrain (default: train the best genome anew on training + validation rows) or search (export the search's own "
                            + "network of the best genome)")
    String finalModel;

    @Option(
            names = "--folds",
            paramLabel = "K",
            description = "fitness by K-fold cross-validation of the training + "
                    + "validation rows (1: the validation split alone; default: 3 up to 500 such rows, else 1)")
    Integer folds;

    @Option(
            names = "--ensemble",
            paramLabel = "K",
            description = "export the average of the K best distinct genomes' "
                    + "final models as one network (default 3; 1: the best genome alone)")
    Integer ensemble;

    @Option(
            names = "--refit",
            paramLabel = "R",
            description = "rows of the exported model: train-validation (default: the model the test scored) or all "
                    + "(after the test, the same genomes and epochs trained again on every labelled row)")
    String refit;

    @Option(names = "--target-fitness", paramLabel = "X", description = "stop once the best validation score reaches X")
    Double targetFitness;

    @Option(
            names = "--steady-generations",
            paramLabel = "N",
            description = "stop after N generations without improvement")
    Integer steadyGenerations;

    @Option(
            names = "--time-budget",
            paramLabel = "DURATION",
            description = "stop the search after this long, e.g. 90s, 10m, 1h")
    String timeBudget;

    @Option(names = "--split", paramLabel = "TRAIN/VAL/TEST", description = "split in percent (default 70/15/15)")
    String split;

    @Option(names = "--ignore", paramLabel = "LIST", description = "columns not to use")
    String ignore;

    @Option(names = "--categorical", paramLabel = "LIST", description = "columns to treat as categories")
    String categorical;

    @Option(names = "--numeric", paramLabel = "LIST", description = "columns to treat as numbers")
    String numeric;

    @Option(
            names = "--strict",
            description = "data-check warnings (leaks, identifiers, imbalance...) are errors: exit 2 before training")
    boolean strict;

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
        Trainer.Factory trainers =
                SparkSupport.trainers(cfg.spark(), Trainers.dl4j(), spark != null ? "--spark" : "spark");
        table = table != null ? table : DataTable.load(Path.of(cfg.data()));
        DataChecks.report(
                DataChecks.check(
                        table, cfg.schemaOptions(), cfg.split(), cfg.training().metric() == FitnessMetric.MACRO_F1),
                strict,
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
        if (data != null) {
            cfg = cfg.withData(data.toString());
        }
        if (target != null) {
            cfg = cfg.withTarget(target);
        }
        if (task != null) {
            cfg = cfg.withTaskType(TaskType.valueOf(parseTask(task)));
        }
        if (seed != null) {
            cfg = cfg.withSeed(seed);
        }
        if (workers != null) {
            cfg = cfg.withWorkers(workers);
        }
        if (spark != null) {
            cfg = cfg.withSpark(spark);
        } else if (cfg.spark() == null && System.getProperty("spark.master") != null) {
            // Under spark-submit (it sets spark.master): train on its cluster, not on the driver alone.
            cfg = cfg.withSpark(System.getProperty("spark.master"));
        }
        TrainingSettings training = cfg.training();
        if (patience != null) {
            training = training.withPatience(patience);
        }
        if (metric != null) {
            training = training.withMetric(FitnessMetric.parse(metric));
        }
        if (finalModel != null) {
            training = training.withFinalModel(FinalModel.parse(finalModel));
        }
        if (ensemble != null) {
            training = training.withEnsemble(ensemble);
        }
        if (refit != null) {
            training = training.withRefit(Refit.parse(refit));
        }
        if (noHalving) {
            training = training.withSuccessiveHalving(false);
        }
        if (folds != null) {
            training = training.withFolds(folds);
        }
        cfg = cfg.withTraining(training);
        StopSettings stop = cfg.stop();
        cfg = cfg.withStop(new StopSettings(
                targetFitness != null ? targetFitness : stop.targetFitness(),
                steadyGenerations != null ? steadyGenerations : stop.steadyGenerations(),
                timeBudget != null
                        ? Long.valueOf(
                                Durations.parse("--time-budget", timeBudget).toSeconds())
                        : stop.wallClockSeconds()));
        if (split != null) {
            cfg = cfg.withSplit(parseSplit(split));
        }
        Map<String, ColumnRole> roles = new HashMap<>(cfg.columnRoles());
        Map<String, ColumnKind> kinds = new HashMap<>(cfg.columnKinds());
        if (ignore != null) {
            Ranges.list(ignore, s -> s).forEach(c -> roles.put(c, ColumnRole.IGNORE));
        }
        if (categorical != null) {
            Ranges.list(categorical, s -> s).forEach(c -> kinds.put(c, ColumnKind.CATEGORICAL));
        }
        if (numeric != null) {
            Ranges.list(numeric, s -> s).forEach(c -> kinds.put(c, ColumnKind.NUMERIC));
        }
        cfg = cfg.withColumnRoles(roles).withColumnKinds(kinds);
        if (config == null && cfg.data() != null) {
            // No settings file: the engine's default space sized to this data, as the wizard proposes it.
            table = DataTable.load(Path.of(cfg.data()));
            cfg = cfg.withSearchSpace(DataShape.of(table, cfg).defaultSearchSpace());
        }
        return cfg.withGa(gaSettings(cfg.ga())).withSearchSpace(searchSpace(cfg.searchSpace()));
    }

    private static String parseTask(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (!t.equals("CLASSIFICATION") && !t.equals("REGRESSION")) {
            throw new InvalidInputException("--task: '" + text + "' is neither classification nor regression");
        }
        return t;
    }

    private GaSettings gaSettings(GaSettings ga) {
        return new GaSettings(
                        strategy != null ? Strategy.parse(strategy) : ga.strategy(),
                        population != null ? population : ga.populationSize(),
                        generations != null ? generations : ga.generations(),
                        mutationRate != null ? mutationRate : ga.mutationRate(),
                        crossoverRate != null ? crossoverRate : ga.crossoverRate(),
                        elitism != null ? elitism : ga.eliteCount(),
                        org.evolab.evolution.Objectives.selectionFor(
                                "--objectives",
                                objectives,
                                selection != null ? SelectionMethod.parse(selection) : ga.selection()),
                        tournamentSize != null ? tournamentSize : ga.tournamentSize(),
                        crossover != null ? CrossoverMethod.parse(crossover) : ga.crossover())
                .withDefaultsFittedToPopulation(elitism != null, tournamentSize != null);
    }

    private SearchSpace searchSpace(SearchSpace s) {
        int[] layerRange =
                layers != null ? Ranges.intRange("--layers", layers) : new int[] {s.minLayers(), s.maxLayers()};
        int[] neuronRange =
                neurons != null ? Ranges.intRange("--neurons", neurons) : new int[] {s.minNeurons(), s.maxNeurons()};
        double[] lr = learningRate != null
                ? Ranges.doubleRange("--learning-rate", learningRate)
                : new double[] {s.minLearningRate(), s.maxLearningRate()};
        double[] drop = dropout != null
                ? Ranges.doubleRange("--dropout", dropout)
                : new double[] {s.minDropout(), s.maxDropout()};
        double[] l2Range = l2 != null ? Ranges.doubleRange("--l2", l2) : new double[] {s.minL2(), s.maxL2()};
        int[] epochRange =
                epochs != null ? Ranges.intRange("--epochs", epochs) : new int[] {s.minEpochs(), s.maxEpochs()};
        List<Activation> acts = activations != null ? Ranges.list(activations, Activation::parse) : s.activations();
        List<Optimizer> opts = optimizers != null ? Ranges.list(optimizers, Optimizer::parse) : s.optimizers();
        List<Integer> batches = batchSizes != null ? Ranges.list(batchSizes, RunCommand::parseBatch) : s.batchSizes();
        return new SearchSpace(
                layerRange[0],
                layerRange[1],
                neuronRange[0],
                neuronRange[1],
                acts,
                lr[0],
                lr[1],
                opts,
                batches,
                drop[0],
                drop[1],
                l2Range[0],
                l2Range[1],
                epochRange[0],
                epochRange[1]);
    }

    private static int parseBatch(String text) {
        if (text.equalsIgnoreCase("full")) {
            return Genome.FULL_BATCH;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--batch-sizes: '" + text + "' is not a whole number or 'full'");
        }
    }

    static SplitRatios parseSplit(String text) {
        String[] parts = text.split("[/,:]");
        if (parts.length != 3) {
            throw new InvalidInputException("--split: expected three percentages such as 70/15/15, got '" + text + "'");
        }
        try {
            double a = Double.parseDouble(parts[0].trim());
            double b = Double.parseDouble(parts[1].trim());
            double c = Double.parseDouble(parts[2].trim());
            double sum = a + b + c;
            if (!(sum > 0)) {
                throw new InvalidInputException("--split: the parts must add up to 100, got '" + text + "'");
            }
            return new SplitRatios(a / sum, b / sum, c / sum).validate();
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--split: expected three percentages such as 70/15/15, got '" + text + "'");
        }
    }
}
