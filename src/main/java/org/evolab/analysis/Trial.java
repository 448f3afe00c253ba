package org.evolab.analysis;

import java.util.Objects;
import org.evolab.evolution.Individual;
import org.evolab.fitness.FitnessResult;
import org.evolab.genome.Genome;

/**
 * One genome scored in a run, as the leaderboard records it.
 *
 * @param fitness    validation score, higher is better; not finite when the training failed
 * @param parameters trainable parameters of its network
 */
public record Trial(
        String individualId, int generation, Genome genome, double fitness, long parameters, long trainMillis) {
    public Trial {
        Objects.requireNonNull(individualId, "individualId");
        Objects.requireNonNull(genome, "genome");
    }

    public static Trial of(Individual individual, FitnessResult result) {
        return new Trial(
                individual.id(),
                individual.generation(),
                individual.genome(),
                result.fitness(),
                result.parameters(),
                result.trainMillis());
    }

    public String genomeId() {
        return genome.id();
    }

    /** Whether its training failed (no score to analyse). */
    public boolean failed() {
        return !Double.isFinite(fitness);
    }
}
