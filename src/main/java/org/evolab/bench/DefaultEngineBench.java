package org.evolab.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.evolab.fitness.FinalModel;
import org.evolab.fitness.FitnessResult;
import org.evolab.genome.Genome;
import org.evolab.run.EvolutionRun;
import org.evolab.run.RunConfig;
import org.evolab.run.RunEvent;
import org.evolab.run.RunResult;

/** Evolab's default engine on a workload: {@code new EvolutionRun(config).run()}, every engine setting at its default. */
final class DefaultEngineBench {
    private DefaultEngineBench() {}

    static EngineResult run(Workload w, Consumer<String> progress) {
        RunConfig config = w.config();
        Accounting acc = new Accounting();
        EvolutionRun run = new EvolutionRun(config, w.table()).addListener(acc::on);
        run.addListener(e -> {
            if (e instanceof RunEvent.GenerationFinished g) {
                progress.accept(String.format(
                        java.util.Locale.ROOT,
                        "  default: generation %d/%d, best %.4f, %.1fs",
                        g.stats().generation() + 1,
                        g.totalGenerations(),
                        g.bestSoFar() == null
                                ? g.best().fitness()
                                : g.bestSoFar().fitness(),
                        g.elapsed().toMillis() / 1000.0));
            }
        });
        long t0 = System.nanoTime();
        RunResult result = run.run();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (!result.completed()) {
            throw new IllegalStateException(
                    "the default engine did not complete: " + result.status() + " " + result.error());
        }
        synchronized (acc) {
            // The exported model costs a training only when it is retrained after the search.
            double finalFlops = result.model().origin() == FinalModel.RETRAIN
                    ? 6.0
                            * result.model().parameterCount()
                            * result.model().trainingRows()
                            * result.model().epochs()
                    : 0;
            double gflop = (acc.flops + finalFlops) / 1e9;
            double trainingSeconds = (acc.finishedNanos - acc.startedNanos) / 1e9;
            double finalSeconds = (acc.finishedNanos - acc.lastGenerationNanos) / 1e9;
            return new EngineResult(
                    "default",
                    wall,
                    result.evaluations(),
                    result.trainings(),
                    result.cacheHits(),
                    result.evaluations() / (wall / 60),
                    result.best().fitness(),
                    result.test().headline(),
                    result.best().individual().genome().summary(),
                    gflop,
                    trainingSeconds,
                    gflop / trainingSeconds,
                    Double.NaN,
                    acc.epochs,
                    acc.budget,
                    acc.stoppedEarly,
                    acc.halved,
                    acc.busyMillis / 1000.0,
                    finalSeconds,
                    acc.workers,
                    1,
                    Map.copyOf(acc.byBatch),
                    Double.NaN,
                    Double.NaN);
        }
    }

    /** Sums what the run's events tell about the trainings; events come from several threads. */
    private static final class Accounting {
        int trainRows;
        int workers;
        long startedNanos;
        long lastGenerationNanos;
        long finishedNanos;
        double flops;
        long epochs;
        long budget;
        int stoppedEarly;
        int halved;
        long busyMillis;
        final Map<String, Integer> byBatch = new TreeMap<>();

        synchronized void on(RunEvent e) {
            if (e instanceof RunEvent.RunStarted s) {
                trainRows = s.trainRows();
                workers = s.workers();
                startedNanos = System.nanoTime();
            } else if (e instanceof RunEvent.EvaluationFinished f
                    && !f.evaluation().cacheHit()) {
                FitnessResult r = f.evaluation().result();
                Genome g = f.evaluation().individual().genome();
                flops += 6.0 * r.parameters() * trainRows * r.epochs();
                epochs += r.epochs();
                budget += g.maxEpochs();
                busyMillis += r.trainMillis();
                switch (r.outcome()) {
                    case HALVED -> halved++;
                    case STOPPED_EARLY -> stoppedEarly++;
                    default -> {}
                }
                byBatch.merge(Benchmark.batchName(g.batchSize(), trainRows), 1, Integer::sum);
            } else if (e instanceof RunEvent.GenerationFinished) {
                lastGenerationNanos = System.nanoTime();
            } else if (e instanceof RunEvent.RunFinished) {
                finishedNanos = System.nanoTime();
            }
        }
    }
}
