package org.evolab.evolution;

import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * What a run asks for genomes. Stateless: everything it needs comes in through the arguments, so
 * a run resumed from a checkpoint (previous generation, known genome ids, the generation's seeded
 * generator) continues exactly as the uninterrupted run would have.
 */
public interface SearchStrategy {
    /** Generation 0: random genomes, all different, ids {@code g0-00}, {@code g0-01}, ... */
    List<Individual> initialPopulation(RandomGenerator rng);

    /**
     * The population of {@code generation} (1, 2, ...), bred from the scored previous one.
     *
     * @param knownGenomeIds {@link org.evolab.genome.Genome#id()} of every genome evaluated so far
     *                       in the run; new genomes avoid them where a bounded number of re-draws allows
     */
    List<Individual> nextGeneration(
            int generation, List<Scored> previous, Set<String> knownGenomeIds, RandomGenerator rng);
}
