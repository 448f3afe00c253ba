package org.evolab.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.evolab.data.prep.PreparedData;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.evolution.Individual;
import org.evolab.evolution.Scored;
import org.evolab.evolution.SearchStrategy;
import org.evolab.evolution.Strategies;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.NativeThreads;
import org.evolab.fitness.baseline.StraightforwardTrainer;
import org.evolab.genome.Genome;
import org.evolab.run.EvolutionRun;
import org.evolab.run.RunConfig;

/**
 * The reference engine: the same GA ({@link Strategies#of} with the generators of
 * {@link EvolutionRun#rngFor}) in a plain sequential generational loop, every individual trained by
 * {@link StraightforwardTrainer} (the DL4J documentation's way), no cache, no early stopping, no
 * halving, one genome after another. It keeps its own loop rather than driving {@link EvolutionRun}
 * through a {@link org.evolab.fitness.Trainer}: the run never trains a genome twice (its cache is
 * not optional), picks its best by its own ranking and exports a {@code TrainedModel}, while this
 * baseline's cost is precisely that of training every individual, duplicates included, and of its
 * own final training and test.
 */
final class StraightforwardEngineBench {
    private StraightforwardEngineBench() {}

    /** @param batchSize the mini-batch size for every genome, or 0 for each genome's own */
    static EngineResult run(Workload w, int batchSize, Consumer<String> progress) {
        RunConfig config = w.config();
        long t0 = System.nanoTime();
        DatasetSchema schema = DatasetSchema.infer(w.table(), config.schemaOptions());
        PreparedData data =
                PreparedData.prepare(w.table(), schema, config.split(), config.seed(), config.preprocessing());
        StraightforwardTrainer trainer = new StraightforwardTrainer(data, config.seed(), batchSize);
        int threads = NativeThreads.current();
        SearchStrategy strategy = Strategies.of(config.searchSpace(), config.ga());

        List<Individual> population = strategy.initialPopulation(EvolutionRun.rngFor(config.seed(), 0));
        Set<String> known = new HashSet<>();
        Map<String, Integer> byBatch = new TreeMap<>();
        Genome best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double bestLoss = Double.POSITIVE_INFINITY;
        double flops = 0;
        long fitMillis = 0;
        long epochs = 0;
        int evaluations = 0;
        int generations = config.ga().generations();
        for (int generation = 0; generation < generations; generation++) {
            List<Scored> scored = new ArrayList<>(population.size());
            for (Individual individual : population) {
                Genome g = individual.genome();
                FitnessResult r = trainer.evaluate(g);
                evaluations++;
                known.add(g.id());
                flops += 6.0 * r.parameters() * trainer.trainRows() * r.epochs();
                fitMillis += r.trainMillis();
                epochs += r.epochs();
                byBatch.merge(
                        Benchmark.batchName(trainer.batchSizeFor(g, trainer.trainRows()), trainer.trainRows()),
                        1,
                        Integer::sum);
                scored.add(new Scored(individual, r.fitness(), r.parameters()));
                if (w.table().rowCount() >= 10_000) {
                    progress.accept(String.format(
                            Locale.ROOT,
                            "    %d/%d: %s: fit %.1f s, validation %.4f",
                            evaluations,
                            generations * population.size(),
                            g.summary(),
                            r.trainMillis() / 1000.0,
                            r.fitness()));
                }
                if (r.fitness() > bestScore || (r.fitness() == bestScore && r.validationLoss() < bestLoss)) {
                    best = g;
                    bestScore = r.fitness();
                    bestLoss = r.validationLoss();
                }
            }
            progress.accept(String.format(
                    Locale.ROOT,
                    "  straightforward: generation %d/%d, best %.4f, %.1fs",
                    generation + 1,
                    generations,
                    bestScore,
                    (System.nanoTime() - t0) / 1e9));
            if (generation + 1 < generations) {
                population = strategy.nextGeneration(
                        generation + 1, scored, Set.copyOf(known), EvolutionRun.rngFor(config.seed(), generation + 1));
            }
        }
        if (best == null || !Double.isFinite(bestScore)) {
            throw new IllegalStateException("every straightforward training failed");
        }
        long finalStart = System.nanoTime();
        StraightforwardTrainer.TestResult test = trainer.trainAndTest(best, best.maxEpochs());
        double finalSeconds = (System.nanoTime() - finalStart) / 1e9;
        double wall = (System.nanoTime() - t0) / 1e9;
        flops += 6.0 * test.parameters() * test.rows() * test.epochs();
        fitMillis += test.fitMillis();
        double trainingSeconds = fitMillis / 1000.0;
        double gflop = flops / 1e9;
        return new EngineResult(
                "straightforward",
                wall,
                evaluations,
                evaluations,
                0,
                evaluations / (wall / 60),
                bestScore,
                test.accuracy(),
                best.summary(),
                gflop,
                trainingSeconds,
                gflop / trainingSeconds,
                Double.NaN,
                epochs,
                epochs,
                0,
                0,
                fitMillis / 1000.0 - test.fitMillis() / 1000.0,
                finalSeconds,
                1,
                threads,
                Map.copyOf(byBatch),
                Double.NaN,
                Double.NaN);
    }
}
