package org.evolab.evolution;

import java.util.List;
import java.util.random.RandomGenerator;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;

/** Gene inheritance shared by the crossovers. */
final class ParentGenes {
    private ParentGenes() {}

    /**
     * A genome with {@code layers} whose scalar genes (learning rate, optimizer, batch size,
     * dropout, L2, max epochs) are each taken from {@code a} or {@code b} with probability 1/2.
     * Drawn in a fixed order so the same generator state gives the same child.
     */
    static Genome mixScalars(Genome a, Genome b, List<LayerGene> layers, RandomGenerator rng) {
        return new Genome(
                layers,
                (rng.nextBoolean() ? a : b).learningRate(),
                (rng.nextBoolean() ? a : b).optimizer(),
                (rng.nextBoolean() ? a : b).batchSize(),
                (rng.nextBoolean() ? a : b).dropout(),
                (rng.nextBoolean() ? a : b).l2(),
                (rng.nextBoolean() ? a : b).maxEpochs());
    }
}
