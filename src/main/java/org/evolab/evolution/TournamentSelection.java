package org.evolab.evolution;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws {@code size} contestants uniformly, with replacement, and returns the fittest. Only the
 * order of fitness matters, so it works unchanged for negative scores such as {@code -RMSE}; a
 * larger tournament means stronger selection pressure.
 */
public final class TournamentSelection implements Selector {
    private final int size;

    public TournamentSelection(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a tournament needs at least one contestant, got " + size);
        }
        this.size = size;
    }

    public int size() {
        return size;
    }

    @Override
    public Scored select(List<Scored> population, RandomGenerator rng) {
        Selections.requireNotEmpty(population);
        Scored best = population.get(rng.nextInt(population.size()));
        for (int i = 1; i < size; i++) {
            Scored contestant = population.get(rng.nextInt(population.size()));
            // Strictly greater: on a tie the first drawn wins, which keeps the draw count fixed.
            if (contestant.fitness() > best.fitness()) {
                best = contestant;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "TournamentSelection[size=" + size + "]";
    }
}
