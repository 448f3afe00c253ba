package org.evolab.evolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.evolab.genome.Genome;
import org.evolab.genome.SearchSpace;

/** Draws a generation of random genomes, shared by the GA's start and the random-search baseline. */
final class RandomPopulation {
    /** Re-draws per slot before a duplicate is accepted (a narrow space may hold few genomes). */
    static final int MAX_TRIES = 20;

    private RandomPopulation() {}

    /**
     * {@code size} random individuals of {@code generation} whose genomes differ from each other
     * and from {@code known}. After {@link #MAX_TRIES} draws a slot takes the first genome drawn
     * that is at least new to this generation, else the last one drawn.
     */
    static List<Individual> draw(SearchSpace space, int size, int generation, Set<String> known, RandomGenerator rng) {
        return draw(space, 0, size, size, generation, new HashSet<>(), known, rng);
    }

    /**
     * Generation 0 of {@code size}: random individuals, but the last slot holds the space's
     * {@linkplain SearchSpace#starterGenome() starter genome} (unless a random draw already is that
     * genome, or the population has a single slot). Every slot is drawn first, so the random
     * genomes, and the random numbers left for what follows, are those of a generation without it.
     */
    static List<Individual> first(SearchSpace space, int size, RandomGenerator rng) {
        List<Individual> drawn = draw(space, size, 0, Set.of(), rng);
        Genome starter = space.starterGenome();
        if (size < 2 || drawn.stream().anyMatch(i -> i.genome().id().equals(starter.id()))) {
            return drawn;
        }
        List<Individual> first = new ArrayList<>(drawn.subList(0, size - 1));
        first.add(Individual.starter(Individual.idOf(0, size - 1, size), starter));
        return first;
    }

    /**
     * Random individuals for the slots {@code first} to {@code end - 1} of a generation of
     * {@code size}, as {@link #draw(SearchSpace, int, int, Set, RandomGenerator)} draws them; their
     * genomes must also differ from those in {@code taken}, which receives theirs.
     */
    static List<Individual> draw(
            SearchSpace space,
            int first,
            int end,
            int size,
            int generation,
            Set<String> taken,
            Set<String> known,
            RandomGenerator rng) {
        List<Individual> drawn = new ArrayList<>(Math.max(0, end - first));
        for (int index = first; index < end; index++) {
            Genome chosen = null;
            Genome newToGeneration = null;
            for (int attempt = 0; attempt < MAX_TRIES && chosen == null; attempt++) {
                Genome g = space.randomGenome(rng);
                String id = g.id();
                if (!taken.contains(id)) {
                    if (known.contains(id)) {
                        newToGeneration = newToGeneration == null ? g : newToGeneration;
                    } else {
                        chosen = g;
                    }
                }
                if (attempt == MAX_TRIES - 1 && chosen == null) {
                    chosen = newToGeneration != null ? newToGeneration : g;
                }
            }
            taken.add(chosen.id());
            drawn.add(Individual.random(Individual.idOf(generation, index, size), chosen, generation));
        }
        return drawn;
    }
}
