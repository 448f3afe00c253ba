package org.evolab.evolution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a run stands after a generation, as the run's stop settings see it.
 *
 * @param generationsCompleted     generations evaluated so far, the initial one included
 * @param bestFitnessPerGeneration best fitness of each of those generations, in order
 *                                 ({@code -inf} where every training failed)
 * @param elapsed                  wall-clock time the run has spent so far (paused time excluded,
 *                                 as the run measures it)
 */
public record EvolutionState(int generationsCompleted, List<Double> bestFitnessPerGeneration, Duration elapsed) {

    public EvolutionState {
        if (generationsCompleted < 0) {
            throw new IllegalArgumentException("generations completed must be >= 0, got " + generationsCompleted);
        }
        bestFitnessPerGeneration = List.copyOf(bestFitnessPerGeneration);
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
    }

    /** The best fitness of the whole run so far; {@code -inf} before any success. */
    public double bestSoFar() {
        double best = Double.NEGATIVE_INFINITY;
        for (double f : bestFitnessPerGeneration) {
            if (f > best) {
                best = f;
            }
        }
        return best;
    }

    /**
     * Generations since the run's best last improved: 0 if the latest generation set it. The
     * first generation counts as an improvement, even when all of it failed.
     */
    public int generationsWithoutImprovement() {
        List<Double> best = bestFitnessPerGeneration;
        if (best.isEmpty()) {
            return 0;
        }
        int lastImprovement = 0;
        double record = best.get(0);
        for (int i = 1; i < best.size(); i++) {
            if (best.get(i) > record) {
                record = best.get(i);
                lastImprovement = i;
            }
        }
        return best.size() - 1 - lastImprovement;
    }

    /** The state after one more generation. */
    public EvolutionState next(double bestFitness, Duration elapsedNow) {
        List<Double> best = new ArrayList<>(bestFitnessPerGeneration);
        best.add(bestFitness);
        return new EvolutionState(generationsCompleted + 1, best, Objects.requireNonNull(elapsedNow, "elapsed"));
    }

    /** The state before the first generation. */
    public static EvolutionState start() {
        return new EvolutionState(0, List.of(), Duration.ZERO);
    }
}
