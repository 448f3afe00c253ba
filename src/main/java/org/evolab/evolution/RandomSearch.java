package org.evolab.evolution;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.evolab.genome.SearchSpace;

/**
 * The honest baseline: every generation is a fresh set of random genomes, new to the run where
 * possible, with the same population size and number of generations as the GA it is compared
 * with. For the same generator it starts from the same generation 0 as {@link GeneticAlgorithm},
 * so any difference later on is the GA's doing.
 */
public final class RandomSearch implements SearchStrategy {
    private final SearchSpace space;
    private final int populationSize;

    public RandomSearch(SearchSpace space, int populationSize) {
        this.space = Objects.requireNonNull(space, "space").validate();
        if (populationSize < 1) {
            throw new IllegalArgumentException("population size must be at least 1, got " + populationSize);
        }
        this.populationSize = populationSize;
    }

    @Override
    public List<Individual> initialPopulation(RandomGenerator rng) {
        return RandomPopulation.first(space, populationSize, rng);
    }

    /** Ignores {@code previous}: a random search learns nothing from it. */
    @Override
    public List<Individual> nextGeneration(
            int generation, List<Scored> previous, Set<String> knownGenomeIds, RandomGenerator rng) {
        if (generation < 1) {
            throw new IllegalArgumentException("generation 0 is the initial population, got " + generation);
        }
        return RandomPopulation.draw(
                space, populationSize, generation, Objects.requireNonNull(knownGenomeIds, "knownGenomeIds"), rng);
    }

    @Override
    public String toString() {
        return "RandomSearch[population=" + populationSize + "]";
    }
}
