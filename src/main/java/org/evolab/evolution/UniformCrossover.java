package org.evolab.evolution;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;

/**
 * Layer by layer over the parents' aligned layer lists: at each index shared by both, A's or B's
 * layer with probability 1/2; past the shorter parent's end, each of the longer parent's layers
 * is kept with probability 1/2. The child's depth therefore lies between the parents' depths, so
 * it stays in any layer range that holds both parents.
 */
public final class UniformCrossover implements Crossover {

    @Override
    public Genome cross(Genome a, Genome b, RandomGenerator rng) {
        List<LayerGene> la = a.layers();
        List<LayerGene> lb = b.layers();
        int shared = Math.min(la.size(), lb.size());
        List<LayerGene> longer = la.size() >= lb.size() ? la : lb;
        List<LayerGene> layers = new ArrayList<>(longer.size());
        for (int i = 0; i < shared; i++) {
            layers.add(rng.nextBoolean() ? la.get(i) : lb.get(i));
        }
        for (int i = shared; i < longer.size(); i++) {
            if (rng.nextBoolean()) {
                layers.add(longer.get(i));
            }
        }
        return ParentGenes.mixScalars(a, b, layers, rng);
    }

    @Override
    public String toString() {
        return "UniformCrossover";
    }
}
