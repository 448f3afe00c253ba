package org.evolab.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evolab.data.prep.PreparedData;
import org.evolab.evolution.Diversity;
import org.evolab.evolution.EvolutionState;
import org.evolab.evolution.Individual;
import org.evolab.fitness.FitnessCache;
import org.evolab.fitness.FitnessMetric;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.TrainedModel;

/**
 * What a run has scored so far: every genome's first evaluation, the generations in numbers, the
 * counters, the elapsed time and the time left. It is what a checkpoint saves and a resumed run
 * restores. Thread-safe: workers record their results concurrently.
 */
final class RunStatistics {
    /** Best evaluation first (see {@link #byFitness()}). */
    static final Comparator<Evaluation> BEST_FIRST = byFitness().reversed();

    private final RunConfig config;
    private final long startNanos = System.nanoTime();
    private final List<GenerationStats> history = new ArrayList<>();
    private final List<Double> bestPerGeneration = new ArrayList<>();
    private final Map<String, Evaluation> firstByGenome = new LinkedHashMap<>();
    private int evaluations;
    private int trainings;
    private int cacheHits;
    private Evaluation bestSoFar;
    private volatile double elapsedBefore;

    RunStatistics(RunConfig config) {
        this.config = config;
    }

    /** Counts one evaluation of {@code individual} (a training or a cache hit) and returns it. */
    synchronized Evaluation record(int generation, Individual individual, FitnessResult result, boolean cacheHit) {
        Evaluation evaluation = new Evaluation(generation, individual, result, cacheHit);
        evaluations++;
        if (cacheHit) {
            cacheHits++;
        } else {
            trainings++;
        }
        firstByGenome.putIfAbsent(individual.genome().id(), evaluation);
        if (bestSoFar == null || BEST_FIRST.compare(evaluation, bestSoFar) < 0) {
            bestSoFar = evaluation;
        }
        return evaluation;
    }

    /** The event of {@code evaluation}, just recorded, with the counters as they are now. */
    synchronized RunEvent.EvaluationFinished finished(Evaluation evaluation, int index, int populationSize) {
        return new RunEvent.EvaluationFinished(
                evaluation, evaluations, trainings, cacheHits, index, populationSize, elapsed());
    }

    /** Closes generation {@code generation} with its evaluations, in population order. */
    synchronized GenerationStats endGeneration(int generation, List<Evaluation> scored) {
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
        Evaluation top = bestOf(scored);
        double diversity =
                Diversity.of(scored.stream().map(e -> e.individual().genome()).toList());
        GenerationStats stats = new GenerationStats(
                generation,
                best,
                ok == 0 ? Double.NaN : sum / ok,
                worst,
                diversity,
                scored.size(),
                hits,
                scored.size() - ok,
                top.individual().id(),
                top.individual().genome().id(),
                elapsed().toMillis() / 1000.0);
        history.add(stats);
        bestPerGeneration.add(stats.best());
        return stats;
    }

    /**
     * Why the search stops after {@code generation} (0-based), if it does: a stop setting, or the
     * user's request ({@code stopRequested}) once the generation is complete.
     */
    synchronized Optional<String> reasonToStop(int generation, Duration elapsed, boolean stopRequested) {
        Optional<String> reason = config.stop()
                .reasonToStop(
                        config.ga().generations(), new EvolutionState(generation + 1, bestPerGeneration(), elapsed));
        return reason.isEmpty() && stopRequested
                ? Optional.of("stopped by the user after generation " + (generation + 1))
                : reason;
    }

    /** The event of a generation just ended, with where the whole run stands. */
    synchronized RunEvent.GenerationFinished generationFinished(
            GenerationStats stats, List<Evaluation> scored, Duration elapsed, List<double[][]> bestWeights) {
        return new RunEvent.GenerationFinished(
                stats,
                scored,
                bestOf(scored),
                bestSoFar,
                config.ga().generations(),
                elapsed,
                eta(elapsed),
                bestWeights);
    }

    synchronized List<Double> bestPerGeneration() {
        return List.copyOf(bestPerGeneration);
    }

    /** Time left at the pace of the evaluations so far (see {@link Eta}). */
    synchronized Duration eta(Duration elapsed) {
        return Eta.remaining(elapsed, evaluations, Eta.plannedEvaluations(config.ga()));
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos + (long) (elapsedBefore * 1e9));
    }

    double seconds() {
        return elapsed().toNanos() / 1e9;
    }

    RunConfig config() {
        return config;
    }

    synchronized Set<String> knownGenomeIds() {
        return Set.copyOf(firstByGenome.keySet());
    }

    synchronized Evaluation bestSoFar() {
        return bestSoFar;
    }

    synchronized Evaluation bestOverall() {
        return firstByGenome.values().stream().max(byFitness()).orElse(null);
    }

    synchronized List<Evaluation> leaderboard() {
        return firstByGenome.values().stream().sorted(BEST_FIRST).toList();
    }

    /** The run's result now: its leaderboard, history and counters, with what is given. */
    synchronized RunResult result(
            RunStatus status,
            String stopReason,
            String error,
            PreparedData data,
            FitnessMetric metric,
            Evaluation best,
            TrainedModel model,
            TestReport test) {
        return new RunResult(
                config,
                status,
                stopReason,
                error,
                data,
                metric,
                best,
                history,
                leaderboard(),
                model,
                test,
                evaluations,
                trainings,
                cacheHits,
                seconds());
    }

    /** The result of a run that failed with {@code error} after the search began: what was scored so far. */
    RunResult failed(Throwable error, PreparedData data, FitnessMetric metric) {
        String what = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return partial(RunStatus.FAILED, null, "the run failed: " + what, data, metric);
    }

    /** The result of a run that ended without a model: what it scored so far. */
    RunResult partial(RunStatus status, String stopReason, String error, PreparedData data, FitnessMetric metric) {
        return result(status, stopReason, error, data, metric, bestOverall(), null, null);
    }

    synchronized Checkpoint checkpoint(
            String contextHash, int nextGeneration, List<Individual> next, String stopReason) {
        return new Checkpoint(
                Checkpoint.FORMAT,
                contextHash,
                nextGeneration,
                next,
                stopReason != null,
                stopReason,
                history,
                List.copyOf(firstByGenome.values()),
                bestPerGeneration,
                evaluations,
                trainings,
                cacheHits,
                seconds());
    }

    /** Takes up where {@code c} left off; its scores go into {@code cache} too. */
    synchronized void restore(Checkpoint c, FitnessCache cache) {
        history.addAll(c.history());
        for (Evaluation e : c.scored()) {
            firstByGenome.put(e.individual().genome().id(), e);
            cache.put(e.result());
            if (bestSoFar == null || BEST_FIRST.compare(e, bestSoFar) < 0) {
                bestSoFar = e;
            }
        }
        bestPerGeneration.addAll(c.bestPerGeneration());
        evaluations = c.evaluations();
        trainings = c.trainings();
        cacheHits = c.cacheHits();
        elapsedBefore = c.elapsedSeconds();
    }

    /** The best of {@code scored} by the run's ranking. */
    static Evaluation bestOf(List<Evaluation> scored) {
        return scored.stream().max(byFitness()).orElseThrow();
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
}
