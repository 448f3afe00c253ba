package org.evolab.evolution;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.evolab.genome.Genome;
import org.evolab.genome.SearchSpace;

/**
 * Recombines two parent genomes into one child. Every layer of the child is a layer of one of
 * the parents; the scalar genes are each inherited from one parent or the other.
 */
@FunctionalInterface
public interface Crossover {
    Genome cross(Genome a, Genome b, RandomGenerator rng);

    /** The crossover for a {@link CrossoverMethod}; one-point needs the space to keep the depth in range. */
    static Crossover of(CrossoverMethod method, SearchSpace space) {
        return switch (Objects.requireNonNull(method, "crossover method")) {
            case ONE_POINT -> new OnePointCrossover(space);
            case UNIFORM -> new UniformCrossover();
        };
    }
}
