package org.evolab.run;

import java.util.List;
import org.evolab.evolution.Individual;

/**
 * A run's state after a generation: enough to continue it and reach the result an uninterrupted
 * run with the same seed reaches. No random-generator state is needed: each generation's
 * generator is derived from the seed and the generation number.
 *
 * @param format         file format version
 * @param contextHash    data + training settings the scores belong to (see {@link RunFolder})
 * @param nextGeneration the generation to evaluate next
 * @param population     its individuals (empty when the search is over)
 * @param searchOver     true once a stop condition held: resuming goes straight to the final model
 * @param stopReason     why the search ended, when it did
 * @param history        statistics of every generation so far
 * @param scored         the first evaluation of every genome scored so far, in the order they came
 * @param bestPerGeneration best fitness per generation (for the stop conditions)
 */
public record Checkpoint(
        int format,
        String contextHash,
        int nextGeneration,
        List<Individual> population,
        boolean searchOver,
        String stopReason,
        List<GenerationStats> history,
        List<Evaluation> scored,
        List<Double> bestPerGeneration,
        int evaluations,
        int trainings,
        int cacheHits,
        double elapsedSeconds) {
    public static final int FORMAT = 1;

    public Checkpoint {
        population = List.copyOf(population);
        history = List.copyOf(history);
        scored = List.copyOf(scored);
        bestPerGeneration = List.copyOf(bestPerGeneration);
    }
}
