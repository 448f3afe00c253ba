package org.evolab.evolution;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;

/** Small builders shared by the evolution tests. */
final class Fixtures {
    private Fixtures() {}

    static RandomGenerator rng(long seed) {
        return new SplittableRandom(seed);
    }

    /** A genome with relu layers of the given widths and otherwise fixed genes. */
    static Genome genome(int... widths) {
        List<LayerGene> layers = new ArrayList<>();
        for (int w : widths) {
            layers.add(new LayerGene(w, Activation.RELU));
        }
        return new Genome(layers, 1e-3, Optimizer.ADAM, 32, 0.1, 0, 50);
    }

    static Individual individual(String id, Genome g) {
        return Individual.random(id, g, 0);
    }

    /** One scored individual per fitness, ids {@code p0, p1, ...}, genomes all different. */
    static List<Scored> scored(double... fitness) {
        List<Scored> population = new ArrayList<>();
        for (int i = 0; i < fitness.length; i++) {
            population.add(new Scored(individual("p" + i, genome(10 + i)), fitness[i]));
        }
        return population;
    }

    /**
     * A deterministic stand-in for training: prefers three layers of about 60 neurons, a learning
     * rate near 1e-2 and Adam. Higher is better, at most 0.
     */
    static double fakeFitness(Genome g) {
        double f = -Math.abs(g.depth() - 3);
        for (LayerGene layer : g.layers()) {
            f -= Math.abs(layer.width() - 60) / 60.0;
        }
        f -= Math.abs(Math.log10(g.learningRate()) + 2);
        f -= g.optimizer() == Optimizer.ADAM ? 0 : 0.5;
        return f;
    }

    static List<Scored> score(List<Individual> population) {
        return population.stream()
                .map(i -> new Scored(i, fakeFitness(i.genome())))
                .toList();
    }
}
