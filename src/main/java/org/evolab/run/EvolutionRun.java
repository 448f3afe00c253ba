package org.evolab.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.evolab.data.ClassificationMetrics;
import org.evolab.data.DataTable;
import org.evolab.data.DatasetSchema;
import org.evolab.data.Encoding;
import org.evolab.data.PreparedData;
import org.evolab.data.Preprocessor;
import org.evolab.data.RegressionMetrics;
import org.evolab.data.TaskType;
import org.evolab.evolution.Diversity;
import org.evolab.evolution.EvolutionState;
import org.evolab.evolution.Individual;
import org.evolab.evolution.Scored;
import org.evolab.evolution.SearchStrategy;
import org.evolab.evolution.StopConditions;
import org.evolab.evolution.Strategies;
import org.evolab.fitness.Dl4jEvaluator;
import org.evolab.fitness.FitnessCache;
import org.evolab.fitness.FinalModel;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.ParallelEvaluator;
import org.evolab.fitness.Seeds;
import org.evolab.fitness.TrainedModel;
import org.evolab.fitness.TrainingData;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Genome;
import org.evolab.util.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one run: prepares the data once, asks the search strategy for genomes, has them trained
 * (in parallel, never the same genome twice), reports every step to its listeners, and at the end
 * retrains the best genome on training plus validation data and scores it on the test split.
 *
 * <p>{@link #run()} blocks; call it on a background thread and steer it through {@link #control()}.
 */
public final class EvolutionRun {
    private static final Logger LOG = LoggerFactory.getLogger(EvolutionRun.class);
    /** Below this many new genomes in a generation, halving saves too little to be worth its noise. */
    private static final int MIN_TO_HALVE = 4;
    /** Best evaluation first (see {@link #byFitness()}). */
    static final Comparator<Evaluation> BEST_FIRST = byFitness().reversed();

    private final RunConfig config;
    private final DataTable table;
    private final RunControl control = new RunControl();
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();

    private final List<GenerationStats> history = new ArrayList<>();
    private final Map<String, Evaluation> firstByGenome = new LinkedHashMap<>();
    private final AtomicInteger evaluations = new AtomicInteger();
    private final AtomicInteger trainings = new AtomicInteger();
    private final AtomicInteger cacheHits = new AtomicInteger();
    private Evaluation bestSoFar;
    private long startNanos;
    private boolean captureWeights;
    private boolean estimateCost;
    private RunFolder folder;
    private Checkpoint resumeFrom;
    private String contextHash;
    private double elapsedBefore;
    /** Weights of this generation's trainings plus the previous best's (an elite is not retrained). */
    private final Map<String, List<double[][]>> weights = new java.util.concurrent.ConcurrentHashMap<>();
    /** The search's own networks that may become the exported model. */
    private final SearchNetworks searchNetworks = new SearchNetworks();

    /** A run over the CSV named in {@code config}. */
    public EvolutionRun(RunConfig config) {
        this(config, null);
    }

    /** A run over a table already loaded (the GUI loads it once for its preview). */
    public EvolutionRun(RunConfig config, DataTable table) {
        this.config = config.validate();
        this.table = table;
    }

    public EvolutionRun addListener(RunListener listener) {
        listeners.add(listener);
        return this;
    }

    /**
     * Keeps the run's records in {@code dir}: config, a checkpoint after every generation and the
     * fitness cache, so that the run can be resumed ({@link #resume}) and a repeated run does not
     * retrain genomes it already scored.
     */
    public EvolutionRun runFolder(Path dir) {
        this.folder = dir == null ? null : new RunFolder(dir);
        return this;
    }

    /**
     * A run that continues from the checkpoint in {@code dir} (cancelled, killed or crashed). It
     * reaches the same result as an uninterrupted run with the same seed.
     */
    public static EvolutionRun resume(Path dir) {
        RunFolder folder = new RunFolder(dir);
        RunConfig config = folder.readConfig();
        Checkpoint checkpoint = folder.readCheckpoint();
        EvolutionRun run = new EvolutionRun(config).runFolder(dir);
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
        startNanos = System.nanoTime();
        DataTable loaded = table != null ? table : DataTable.load(Path.of(config.data()));
        DatasetSchema schema = DatasetSchema.infer(loaded, config.schemaOptions());
        PreparedData data = PreparedData.prepare(loaded, schema, config.split(), config.seed(), config.preprocessing());
        TrainingData trainingData = TrainingData.of(data, config.training().metric());
        int workers = config.effectiveWorkers();
        emit(new RunEvent.RunStarted(config, schema, data.inputCount(), data.outputCount(), data.trainX().length,
                data.validationX().length, data.testX().length, workers, data.preprocessor().featureNames(),
                data.taskType() == TaskType.CLASSIFICATION ? data.preprocessor().classLabels() : List.of(schema.target()),
                resumeFrom == null ? 0 : resumeFrom.nextGeneration()));

        if (estimateCost && (resumeFrom == null || !resumeFrom.searchOver())) {
            CostModel model = CostModel.calibrate(data, config.searchSpace(), config.seed());
            emit(new RunEvent.CostEstimated(model.estimate(config, data), model));
        }
        Dl4jEvaluator evaluator = new Dl4jEvaluator(trainingData, config.training(), config.seed(), control);
        if (folder != null) {
            contextHash = RunFolder.contextHash(config);
            if (resumeFrom != null && !contextHash.equals(resumeFrom.contextHash())) {
                throw new InvalidInputException(folder.dir() + ": the data or training settings changed since the "
                        + "checkpoint was written; start a new run instead");
            }
            folder.writeConfig(config);
        }
        if (captureWeights) {
            evaluator.setWeightsSink(weights::put);
        }
        if (config.training().finalModel() == FinalModel.SEARCH) {
            evaluator.setNetworkSink(searchNetworks);
        }
        RunResult result;
        try {
            String stopReason = search(evaluator, workers);
            result = finish(data, trainingData, evaluator, stopReason);
            if (folder != null && result.completed()) {
                folder.writeMetrics(result);
            }
        } catch (CancellationException e) {
            result = partial(data, trainingData, RunStatus.CANCELLED, "cancelled by the user", null);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("run failed", e);
            result = partial(data, trainingData, RunStatus.FAILED, null,
                    "the run failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } finally {
            if (folder != null) {
                folder.close();
            }
        }
        emit(new RunEvent.RunFinished(result));
        return result;
    }

    /** The generations loop; returns why it stopped. */
    private String search(Dl4jEvaluator evaluator, int workers) {
        SearchStrategy strategy = Strategies.of(config.searchSpace(), config.ga());
        StopConditions stop = config.stopConditions();
        FitnessCache cache = new FitnessCache();
        List<Double> bestPerGeneration = new ArrayList<>();
        List<Individual> population;
        int first;
        if (resumeFrom != null) {
            restore(resumeFrom, cache, bestPerGeneration);
            if (resumeFrom.searchOver()) {
                return resumeFrom.stopReason();
            }
            population = resumeFrom.population();
            first = resumeFrom.nextGeneration();
        } else {
            population = strategy.initialPopulation(rngFor(0));
            first = 0;
        }
        if (folder != null) {
            // A fresh run may reuse every score saved in this folder; a resumed one only those of the
            // generations its checkpoint covers, to take the decisions an uninterrupted run took.
            int before = resumeFrom != null ? resumeFrom.nextGeneration() : Integer.MAX_VALUE;
            folder.readCache(contextHash, before).values().forEach(cache::put);
        }
        try (ParallelEvaluator pool = new ParallelEvaluator(workers)) {
            for (int generation = first; ; generation++) {
                control.checkpoint();
                List<Evaluation> scored = evaluateGeneration(generation, population, pool, cache, evaluator);
                GenerationStats stats = statistics(generation, scored);
                history.add(stats);
                bestPerGeneration.add(stats.best());
                Evaluation best = scored.stream().max(byFitness()).orElseThrow();
                Duration elapsed = elapsed();
                int total = config.ga().generations();
                Duration eta = eta(elapsed, total);

                Optional<String> reason = stop.reasonToStop(new EvolutionState(generation + 1, bestPerGeneration, elapsed));
                if (reason.isEmpty() && control.isStopRequested()) {
                    reason = Optional.of("stopped by the user after generation " + (generation + 1));
                }
                List<Individual> next = List.of();
                if (reason.isEmpty()) {
                    List<Scored> parents = scored.stream()
                            .map(e -> new Scored(e.individual(), e.fitness(), e.result().parameters())).toList();
                    next = strategy.nextGeneration(generation + 1, parents, knownGenomeIds(), rngFor(generation + 1));
                }
                if (folder != null) {
                    folder.writeCheckpoint(checkpoint(generation + 1, next, reason.orElse(null), bestPerGeneration));
                }
                List<double[][]> bestWeights = weights.get(best.individual().genome().id());
                weights.keySet().retainAll(java.util.Set.of(best.individual().genome().id()));
                searchNetworks.retainOnly(bestOverall().individual().genome().id());
                emit(new RunEvent.GenerationFinished(stats, scored, best, bestSoFar, total, elapsed, eta, bestWeights));
                if (reason.isPresent()) {
                    return reason.get();
                }
                population = next;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** Time left at the pace of the evaluations so far (cache hits included: they recur at a steady rate). */
    private Duration eta(Duration elapsed, int totalGenerations) {
        long planned = (long) config.ga().populationSize() * totalGenerations;
        int done = evaluations.get();
        return done == 0 ? Duration.ZERO : elapsed.multipliedBy(Math.max(0, planned - done)).dividedBy(done);
    }

    private synchronized java.util.Set<String> knownGenomeIds() {
        return java.util.Set.copyOf(firstByGenome.keySet());
    }

    private synchronized Checkpoint checkpoint(int nextGeneration, List<Individual> next, String stopReason,
                                               List<Double> bestPerGeneration) {
        return new Checkpoint(Checkpoint.FORMAT, contextHash, nextGeneration, next, stopReason != null, stopReason,
                history, List.copyOf(firstByGenome.values()), bestPerGeneration, evaluations.get(), trainings.get(),
                cacheHits.get(), seconds());
    }

    private synchronized void restore(Checkpoint c, FitnessCache cache, List<Double> bestPerGeneration) {
        history.addAll(c.history());
        for (Evaluation e : c.scored()) {
            firstByGenome.put(e.individual().genome().id(), e);
            cache.put(e.result());
            if (bestSoFar == null || BEST_FIRST.compare(e, bestSoFar) < 0) {
                bestSoFar = e;
            }
        }
        bestPerGeneration.addAll(c.bestPerGeneration());
        evaluations.set(c.evaluations());
        trainings.set(c.trainings());
        cacheHits.set(c.cacheHits());
        elapsedBefore = c.elapsedSeconds();
    }

    private List<Evaluation> evaluateGeneration(int generation, List<Individual> population, ParallelEvaluator pool,
                                                FitnessCache cache, Dl4jEvaluator evaluator)
            throws InterruptedException {
        Evaluation[] done = new Evaluation[population.size()];
        List<Genome> toTrain = new ArrayList<>();
        Map<String, List<Integer>> slotsByGenome = new LinkedHashMap<>();
        for (int i = 0; i < population.size(); i++) {
            Individual individual = population.get(i);
            Optional<FitnessResult> known = cache.lookup(individual.genome());
            if (known.isPresent()) {
                done[i] = record(generation, individual, known.get(), true, i, population.size());
            } else {
                List<Integer> slots = slotsByGenome.computeIfAbsent(individual.genome().id(), k -> new ArrayList<>());
                if (slots.isEmpty()) {
                    toTrain.add(individual.genome());
                }
                slots.add(i);
            }
        }
        List<FitnessResult> trained = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.function.Consumer<FitnessResult> finished = result -> {
            cache.put(result);
            trained.add(result);
            List<Integer> slots = slotsByGenome.get(result.genomeId());
            for (int k = 0; k < slots.size(); k++) {
                int slot = slots.get(k);
                done[slot] = record(generation, population.get(slot), result, k > 0, slot, population.size());
            }
        };
        if (config.training().successiveHalving() && toTrain.size() >= MIN_TO_HALVE) {
            trainInRungs(toTrain, pool, evaluator, finished);
        } else {
            trainToTheEnd(toTrain.stream().map(evaluator::start).toList(), pool, finished);
        }
        if (folder != null) {
            // Saved per whole generation, not per training: halving ranks a generation's new genomes
            // against each other, so a resumed run must retrain an interrupted generation as a whole
            // to take the same decisions as an uninterrupted one.
            trained.forEach(r -> folder.appendCache(contextHash, generation, r));
        }
        return List.of(done);
    }

    /**
     * Successive halving: every genome trains to the first rung (a ninth of its budget, counted in
     * mini-batch steps); the open trainings are ranked and the best third trains on to the next
     * rung (a third), is ranked again, and the best third of those trains to its own end. The
     * others keep their score so far, marked {@code halved}. Each decision uses all the results of
     * its rung, so it does not depend on the order workers finish in; the longest trainings are
     * handed out first so that workers do not wait for one long straggler at each rung.
     */
    private void trainInRungs(List<Genome> genomes, ParallelEvaluator pool, Dl4jEvaluator evaluator,
                              java.util.function.Consumer<FitnessResult> finished) throws InterruptedException {
        List<Dl4jEvaluator.Training> trainings = genomes.stream().map(evaluator::start).toList();
        try {
            List<Dl4jEvaluator.Training> open = trainings;
            for (int rung = 0; rung < TrainingSettings.rungCount() && !open.isEmpty(); rung++) {
                int r = rung;
                List<Dl4jEvaluator.Training> order = longestFirst(open,
                        t -> TrainingSettings.rungSteps(r, t.totalSteps()));
                List<FitnessResult> results = pool.map(order, t -> {
                    FitnessResult result = t.trainSteps(TrainingSettings.rungSteps(r, t.totalSteps()));
                    if (t.isFinished()) {
                        t.release();
                        finished.accept(result);
                    }
                    return result;
                }, x -> { });
                java.util.Map<Dl4jEvaluator.Training, FitnessResult> byTraining = new java.util.IdentityHashMap<>();
                for (int i = 0; i < order.size(); i++) {
                    byTraining.put(order.get(i), results.get(i));
                }
                // A stable sort from a fixed order (the genomes', then the last rung's ranking): ties
                // break the same way every time.
                List<Dl4jEvaluator.Training> ranked = new ArrayList<>(
                        open.stream().filter(t -> !t.isFinished()).toList());
                ranked.sort(Comparator.comparing(byTraining::get, FitnessResult.BEST_FIRST));
                int keep = (ranked.size() + TrainingSettings.KEEP_ONE_IN - 1) / TrainingSettings.KEEP_ONE_IN;
                for (Dl4jEvaluator.Training t : ranked.subList(keep, ranked.size())) {
                    FitnessResult result = t.stopHere();
                    t.release();
                    finished.accept(result);
                }
                open = ranked.subList(0, keep);
            }
            trainToTheEnd(open, pool, finished);
        } finally {
            trainings.forEach(Dl4jEvaluator.Training::release);
        }
    }

    /** Trains every one of {@code trainings} to its own end, longest first, and frees it. */
    private static void trainToTheEnd(List<Dl4jEvaluator.Training> trainings, ParallelEvaluator pool,
                                      java.util.function.Consumer<FitnessResult> finished) throws InterruptedException {
        pool.map(longestFirst(trainings, Dl4jEvaluator.Training::totalSteps), t -> {
            try {
                return t.trainUntil(t.genome().maxEpochs());
            } finally {
                t.release();
            }
        }, finished);
    }

    /** {@code trainings} by the work left to reach their {@code target} steps, most first (ties in the given order). */
    private static List<Dl4jEvaluator.Training> longestFirst(
            List<Dl4jEvaluator.Training> trainings, java.util.function.ToLongFunction<Dl4jEvaluator.Training> target) {
        List<Dl4jEvaluator.Training> sorted = new ArrayList<>(trainings);
        sorted.sort(Comparator.comparingDouble(
                (Dl4jEvaluator.Training t) -> t.workTo(target.applyAsLong(t))).reversed());
        return sorted;
    }

    private synchronized Evaluation record(int generation, Individual individual, FitnessResult result,
                                           boolean cacheHit, int index, int populationSize) {
        Evaluation evaluation = new Evaluation(generation, individual, result, cacheHit);
        evaluations.incrementAndGet();
        if (cacheHit) {
            cacheHits.incrementAndGet();
        } else {
            trainings.incrementAndGet();
        }
        firstByGenome.putIfAbsent(individual.genome().id(), evaluation);
        if (bestSoFar == null || BEST_FIRST.compare(evaluation, bestSoFar) < 0) {
            bestSoFar = evaluation;
        }
        emit(new RunEvent.EvaluationFinished(evaluation, evaluations.get(), trainings.get(), cacheHits.get(), index,
                populationSize, elapsed()));
        return evaluation;
    }

    private GenerationStats statistics(int generation, List<Evaluation> scored) {
        double best = Double.NaN;
        double worst = Double.NaN;
        double sum = 0;
        int ok = 0;
        int hits = 0;
        for (Evaluation e : scored) {
            hits += e.cacheHit() ? 1 : 0;
            double f = e.fitness();
            if (!Double.isFinite(f)) {
                continue;
            }
            best = ok == 0 ? f : Math.max(best, f);
            worst = ok == 0 ? f : Math.min(worst, f);
            sum += f;
            ok++;
        }
        Evaluation top = scored.stream().max(byFitness()).orElseThrow();
        double diversity = Diversity.of(scored.stream().map(e -> e.individual().genome()).toList());
        return new GenerationStats(generation, best, ok == 0 ? Double.NaN : sum / ok, worst, diversity, scored.size(),
                hits, scored.size() - ok, top.individual().id(), top.individual().genome().id(),
                elapsed().toMillis() / 1000.0);
    }

    private RunResult finish(PreparedData data, TrainingData trainingData, Dl4jEvaluator evaluator, String stopReason) {
        Evaluation best = bestOverall();
        if (best == null || !Double.isFinite(best.fitness())) {
            String why = best == null ? "nothing was scored" : best.result().failure();
            return partial(data, trainingData, RunStatus.FAILED, stopReason, "every training failed (" + why + ")");
        }
        TrainedModel model = finalModel(best, evaluator, stopReason);
        TestReport test = testReport(data, model);
        return new RunResult(config, RunStatus.COMPLETED, stopReason, null, data, trainingData.metric(), best, history,
                leaderboard(), model, test, evaluations.get(), trainings.get(), cacheHits.get(), seconds());
    }

    /**
     * The network to export for {@code best}: the search's own (when kept and trained in this
     * process), or one retrained on training plus validation rows.
     */
    private TrainedModel finalModel(Evaluation best, Dl4jEvaluator evaluator, String stopReason) {
        Genome genome = best.individual().genome();
        Optional<float[]> kept = config.training().finalModel() == FinalModel.SEARCH
                ? searchNetworks.parametersOf(genome.id()) : Optional.empty();
        if (kept.isPresent()) {
            emit(new RunEvent.StatusChanged(String.format("Search finished (%s). Exporting the search's own network "
                    + "for the best genome (its best validation epoch, %.1f).", stopReason, best.result().bestEpoch())));
            return evaluator.searchModel(genome, kept.get(), best.result().bestEpoch());
        }
        emit(new RunEvent.StatusChanged(String.format("Search finished (%s). Retraining the best network on training "
                + "and validation data for %d epochs.", stopReason, ChosenModel.epochs(best))));
        return ChosenModel.train(evaluator, best);
    }

    private RunResult partial(PreparedData data, TrainingData trainingData, RunStatus status, String stopReason,
                              String error) {
        return new RunResult(config, status, stopReason, error, data, trainingData.metric(), bestOverall(), history,
                leaderboard(), null, null, evaluations.get(), trainings.get(), cacheHits.get(), seconds());
    }

    /** Scores {@code model} on the test split of {@code data}. */
    public static TestReport testReport(PreparedData data, TrainedModel model) {
        double[][] out = model.predict(data.testX());
        Preprocessor pre = data.preprocessor();
        int n = out.length;
        double[] actual = new double[n];
        double[] predicted = new double[n];
        if (data.taskType() == TaskType.CLASSIFICATION) {
            int[] a = Encoding.argmax(data.testY());
            int[] p = Encoding.argmax(out);
            for (int i = 0; i < n; i++) {
                actual[i] = a[i];
                predicted[i] = p[i];
            }
            return new TestReport(TaskType.CLASSIFICATION, ClassificationMetrics.of(a, p, pre.classLabels()), null,
                    actual, predicted, n);
        }
        for (int i = 0; i < n; i++) {
            actual[i] = pre.decodeRegression(data.testY()[i][0]);
            predicted[i] = pre.decodeRegression(out[i][0]);
        }
        return new TestReport(TaskType.REGRESSION, null, RegressionMetrics.of(actual, predicted), actual, predicted, n);
    }

    private synchronized Evaluation bestOverall() {
        return firstByGenome.values().stream().max(byFitness()).orElse(null);
    }

    private synchronized List<Evaluation> leaderboard() {
        return firstByGenome.values().stream().sorted(byFitness().reversed()).toList();
    }

    /**
     * Ascending quality: fitness, then lower validation loss, then the earlier-born individual
     * (stable across worker counts).
     */
    private static Comparator<Evaluation> byFitness() {
        return Comparator.comparingDouble(Evaluation::fitness)
                .thenComparing(e -> -e.result().validationLoss())
                .thenComparing(e -> -e.individual().generation())
                .thenComparing(e -> e.individual().id(), Comparator.reverseOrder());
    }

    private SplittableRandom rngFor(int generation) {
        return new SplittableRandom(Seeds.derive(config.seed(), 1000L + generation));
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos + (long) (elapsedBefore * 1e9));
    }

    private double seconds() {
        return elapsed().toNanos() / 1e9;
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
