package org.evolab.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.evolab.data.csv.DataTable;
import org.evolab.data.prep.PreparedData;
import org.evolab.evolution.Individual;
import org.evolab.evolution.SearchStrategy;
import org.evolab.evolution.Strategies;
import org.evolab.fitness.FitnessCache;
import org.evolab.fitness.FitnessMetric;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.Seeds;
import org.evolab.fitness.Trainer;
import org.evolab.util.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one run: prepares the data once, then loops: the search strategy proposes a generation,
 * the {@link Trainer} scores its new genomes (a genome already scored is never trained again), the
 * listeners hear every step and the {@link SearchRecorder} (the run folder) records it. At the end
 * {@link ChosenModel} makes the final model of the best genome, tested on the test split.
 *
 * <p>{@link #run()} blocks; call it on a background thread and steer it through {@link #control()}.
 */
public final class EvolutionRun {
    private static final Logger LOG = LoggerFactory.getLogger(EvolutionRun.class);

    private final RunConfig config;
    private final DataTable table;
    private final Trainer.Factory trainers;
    private final RunControl control = new RunControl();
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final CapturedWeights weights = new CapturedWeights();
    /** The search's own networks that may become the exported model. */
    private final SearchNetworks searchNetworks;

    private RunStatistics statistics;
    // volatile: set by the caller's thread, read by the run's
    private volatile boolean captureWeights;
    private volatile boolean estimateCost;
    private RunFolder folder;
    private Checkpoint resumeFrom;

    /** A run over the CSV named in {@code config}, trained by DL4J. */
    public EvolutionRun(RunConfig config) {
        this(config, null);
    }

    /** A run over a table already loaded (the GUI loads it once for its preview), trained by DL4J. */
    public EvolutionRun(RunConfig config, DataTable table) {
        this(config, table, Trainers.dl4j());
    }

    /** A run over {@code table} (null: the CSV named in {@code config}) trained by {@code trainers}' trainer. */
    public EvolutionRun(RunConfig config, DataTable table, Trainer.Factory trainers) {
        this.config = config.validate();
        this.table = table;
        this.trainers = trainers;
        this.searchNetworks = new SearchNetworks(this.config.training().ensemble());
    }

    public EvolutionRun addListener(RunListener listener) {
        listeners.add(listener);
        return this;
    }

    /** Keeps the run's records in {@code dir} ({@link RunFolderRecorder}), so that it can be {@link #resume}d. */
    public EvolutionRun runFolder(Path dir) {
        this.folder = dir == null ? null : new RunFolder(dir);
        return this;
    }

    /** A run that continues from the checkpoint in {@code dir}; it ends as an uninterrupted run would. */
    public static EvolutionRun resume(Path dir) {
        return resume(dir, Trainers.dl4j());
    }

    /** {@link #resume(Path)} with the given trainers. */
    public static EvolutionRun resume(Path dir, Trainer.Factory trainers) {
        RunFolder folder = new RunFolder(dir);
        RunConfig config = folder.readConfig();
        Checkpoint checkpoint = folder.readCheckpoint();
        EvolutionRun run = new EvolutionRun(config, null, trainers).runFolder(dir);
        run.resumeFrom = checkpoint;
        return run;
    }

    /** Keep the trained weights of each generation's best for drawing (costs a copy per training). */
    public EvolutionRun captureWeights(boolean capture) {
        this.captureWeights = capture;
        return this;
    }

    /** Calibrate on the data before the search and report the expected duration (a second or two). */
    public EvolutionRun estimateCost(boolean estimate) {
        this.estimateCost = estimate;
        return this;
    }

    public RunControl control() {
        return control;
    }

    public RunConfig config() {
        return config;
    }

    /**
     * Runs to the end. Bad data or settings throw {@link InvalidInputException} before the search
     * starts; anything that goes wrong later ends the run with status FAILED and what was scored
     * so far.
     */
    public RunResult run() {
        statistics = new RunStatistics(config);
        RunSetup setup = RunSetup.prepare(config, table, resumeFrom, estimateCost, this::emit);
        SearchRecorder recorder =
                folder == null ? SearchRecorder.NONE : RunFolderRecorder.open(folder, config, resumeFrom);
        WeightInheritance inheritance = WeightInheritance.forRun(config, setup.trainingData(), resumeFrom, folder);
        Trainer.Options options = setup.options(config, captureWeights ? weights : null, searchNetworks, inheritance);
        RunResult result;
        try (recorder;
                Trainer trainer =
                        trainers.create(setup.trainingData(), config.training(), config.seed(), control, options)) {
            inheritance.check(trainer);
            result = searchAndChoose(trainer, recorder, inheritance, setup, setup.ensembleMembers(config));
        }
        emit(new RunEvent.RunFinished(result));
        return result;
    }

    private RunResult searchAndChoose(
            Trainer trainer,
            SearchRecorder recorder,
            WeightInheritance inheritance,
            RunSetup setup,
            EnsembleMembers ensemble) {
        PreparedData data = setup.data();
        FitnessMetric metric = setup.trainingData().metric();
        try {
            String stopReason = search(trainer, recorder, inheritance, ensemble);
            Consumer<String> status = s -> emit(new RunEvent.StatusChanged(s));
            RunResult result = ChosenModel.complete(
                    trainer,
                    statistics,
                    data,
                    metric,
                    config.training().finalModel(),
                    ensemble,
                    searchNetworks,
                    stopReason,
                    status);
            result = FinalRefit.apply(result, trainers, control, status);
            recorder.finished(result);
            return result;
        } catch (InterruptedException | CancellationException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return statistics.partial(RunStatus.CANCELLED, "cancelled by the user", null, data, metric);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("run failed", e);
            return statistics.failed(e, data, metric);
        }
    }

    /** The generations loop; returns why it stopped. */
    private String search(
            Trainer trainer, SearchRecorder recorder, WeightInheritance inheritance, EnsembleMembers ensemble)
            throws InterruptedException {
        SearchStrategy strategy = Strategies.of(config.searchSpace(), config.ga());
        FitnessCache cache = new FitnessCache();
        List<Individual> population;
        int first = 0;
        if (resumeFrom != null) {
            statistics.restore(resumeFrom, cache);
            if (resumeFrom.searchOver()) {
                return resumeFrom.stopReason();
            }
            population = resumeFrom.population();
            first = resumeFrom.nextGeneration();
        } else {
            population = strategy.initialPopulation(rngFor(config.seed(), 0));
        }
        recorder.preload(cache);
        for (int generation = first; ; generation++) {
            control.checkpoint();
            population = inheritance.choose(population, cache);
            GenerationScores scores = new GenerationScores(generation, population, cache, this::record);
            trainer.trainFrom(inheritance.candidates(scores.toTrain()), scores::trained);
            List<Evaluation> scored = scores.scored();
            inheritance.scored(scored);
            GenerationStats stats = statistics.endGeneration(generation, scored);
            Duration elapsed = statistics.elapsed();
            Optional<String> reason = statistics.reasonToStop(generation, elapsed, control.isStopRequested());
            List<Individual> next = reason.isPresent()
                    ? List.of()
                    : strategy.nextGeneration(
                            generation + 1,
                            scored.stream().map(Evaluation::scored).toList(),
                            statistics.knownGenomeIds(),
                            rngFor(config.seed(), generation + 1));
            if (inheritance.parents() != null && reason.isEmpty()) {
                recorder.parentsKept(generation, inheritance.parents());
            }
            recorder.generationDone(generation, scores.trainedResults(), next, reason.orElse(null), statistics);
            List<double[][]> bestWeights = weights.keepOnly(
                    RunStatistics.bestOf(scored).individual().genome().id());
            searchNetworks.retainMembersOf(statistics, ensemble);
            emit(statistics.generationFinished(stats, scored, elapsed, bestWeights));
            if (reason.isPresent()) {
                return reason.get();
            }
            population = next;
        }
    }

    private synchronized Evaluation record(
            int generation,
            Individual individual,
            FitnessResult result,
            boolean cacheHit,
            int index,
            int populationSize) {
        Evaluation evaluation = statistics.record(generation, individual, result, cacheHit);
        emit(statistics.finished(evaluation, index, populationSize));
        return evaluation;
    }

    /** The generator the strategy gets for {@code generation}; a bench's own loop uses the same. */
    public static SplittableRandom rngFor(long seed, int generation) {
        return new SplittableRandom(Seeds.derive(seed, 1000L + generation));
    }

    private synchronized void emit(RunEvent event) {
        for (RunListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("a run listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }
}
