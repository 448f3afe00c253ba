package org.evolab.evolution;

import org.evolab.genome.SearchSpace;

/** The search strategy a run's settings ask for. */
public final class Strategies {
    private Strategies() {}

    /** Validates both arguments first, so a bad setting surfaces as an {@code InvalidInputException}. */
    public static SearchStrategy of(SearchSpace space, GaSettings settings) {
        space.validate();
        settings.validate();
        return switch (settings.strategy()) {
            case GENETIC -> new GeneticAlgorithm(space, settings);
            case RANDOM_SEARCH -> new RandomSearch(space, settings.populationSize());
        };
    }
}
