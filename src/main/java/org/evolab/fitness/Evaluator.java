package org.evolab.fitness;

import org.evolab.genome.Genome;

/** Turns a genome into a fitness: trains its network and scores it on held-out data. */
@FunctionalInterface
public interface Evaluator {
    FitnessResult evaluate(Genome genome);
}
