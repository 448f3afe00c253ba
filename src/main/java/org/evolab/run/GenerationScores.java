package org.evolab.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evolab.evolution.Individual;
import org.evolab.fitness.FitnessCache;
import org.evolab.fitness.FitnessResult;
import org.evolab.genome.Genome;

/**
 * One generation being scored: individuals whose genome the cache knows are scored at once (cache
 * hits), every other genome is trained once however many individuals carry it (the first counts
 * as its training, the others as cache hits), and results fill the population's slots as they
 * come, from any thread.
 */
final class GenerationScores {
    /** Counts one evaluation and tells the listeners (the run's {@code record}). */
    @FunctionalInterface
    interface Recorder {
        Evaluation record(
                int generation,
                Individual individual,
                FitnessResult result,
                boolean cacheHit,
                int index,
                int populationSize);
    }

    private final int generation;
    private final List<Individual> population;
    private final FitnessCache cache;
    private final Recorder recorder;
    private final Evaluation[] done;
    private final List<Genome> toTrain = new ArrayList<>();
    private final Map<String, List<Integer>> slotsByGenome = new LinkedHashMap<>();
    private final List<FitnessResult> trained = Collections.synchronizedList(new ArrayList<>());

    GenerationScores(int generation, List<Individual> population, FitnessCache cache, Recorder recorder) {
        this.generation = generation;
        this.population = population;
        this.cache = cache;
        this.recorder = recorder;
        this.done = new Evaluation[population.size()];
        for (int i = 0; i < population.size(); i++) {
            Individual individual = population.get(i);
            Optional<FitnessResult> known = cache.lookup(individual.genome());
            if (known.isPresent()) {
                done[i] = recorder.record(generation, individual, known.get(), true, i, population.size());
            } else {
                List<Integer> slots =
                        slotsByGenome.computeIfAbsent(individual.genome().id(), k -> new ArrayList<>());
                if (slots.isEmpty()) {
                    toTrain.add(individual.genome());
                }
                slots.add(i);
            }
        }
    }

    /** The genomes to train, each once, in population order. */
    List<Genome> toTrain() {
        return List.copyOf(toTrain);
    }

    /** Takes a training's result (on the worker thread that finished it). */
    void trained(FitnessResult result) {
        cache.put(result);
        trained.add(result);
        List<Integer> slots = slotsByGenome.get(result.genomeId());
        for (int k = 0; k < slots.size(); k++) {
            int slot = slots.get(k);
            done[slot] = recorder.record(generation, population.get(slot), result, k > 0, slot, population.size());
        }
    }

    /** The results trained in this generation, in the order they came. */
    List<FitnessResult> trainedResults() {
        synchronized (trained) {
            return List.copyOf(trained);
        }
    }

    /** Every individual's evaluation, in population order (once all are trained). */
    List<Evaluation> scored() {
        return List.of(done);
    }
}
