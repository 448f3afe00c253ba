package org.evolab.run;

import org.evolab.evolution.Individual;
import org.evolab.evolution.Scored;
import org.evolab.fitness.FitnessResult;

/**
 * One individual of one generation with its score. {@code cacheHit} is true when the genome had
 * been trained before in this run (an elite, or a child identical to an earlier genome).
 */
public record Evaluation(int generation, Individual individual, FitnessResult result, boolean cacheHit) {
    public double fitness() {
        return result.fitness();
    }

    /** This evaluation as a search strategy ranks it. */
    public Scored scored() {
        return new Scored(individual, fitness(), result.parameters());
    }
}
