package org.evolab.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evolab.evolution.Fixtures.rng;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.evolab.genome.SearchSpace;
import org.junit.jupiter.api.Test;

class CrossoverTest {
    private static final SearchSpace SPACE = SearchSpace.defaults();
    private static final Genome A = new Genome(layers(11, 12, 13), 1e-3, Optimizer.ADAM, 16, 0.1, 0, 20);
    private static final Genome B = new Genome(layers(21, 22, 23, 24), 5e-2, Optimizer.RMSPROP, 64, 0.3, 1e-4, 80);

    private static List<LayerGene> layers(int... widths) {
        return Arrays.stream(widths)
                .mapToObj(w -> new LayerGene(w, w < 20 ? Activation.RELU : Activation.TANH))
                .toList();
    }

    private static void assertScalarsFromParents(Genome child) {
        assertThat(child.learningRate()).isIn(A.learningRate(), B.learningRate());
        assertThat(child.optimizer()).isIn(A.optimizer(), B.optimizer());
        assertThat(child.batchSize()).isIn(A.batchSize(), B.batchSize());
        assertThat(child.dropout()).isIn(A.dropout(), B.dropout());
        assertThat(child.l2()).isIn(A.l2(), B.l2());
        assertThat(child.maxEpochs()).isIn(A.maxEpochs(), B.maxEpochs());
    }

    @Test
    void onePointSplicesAPrefixOfAWithASuffixOfB() {
        Crossover crossover = new OnePointCrossover(SPACE);
        RandomGenerator rng = rng(1);
        Set<Integer> depths = new HashSet<>();
        Set<Double> learningRates = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            Genome child = crossover.cross(A, B, rng);
            List<LayerGene> l = child.layers();
            int split = 0;
            while (split < l.size() && A.layers().contains(l.get(split))) {
                split++;
            }
            // A's layers in order from its start, then a tail of B's layers.
            assertThat(l.subList(0, split)).isEqualTo(A.layers().subList(0, split));
            assertThat(l.subList(split, l.size()))
                    .isEqualTo(B.layers().subList(B.depth() - (l.size() - split), B.depth()));
            assertScalarsFromParents(child);
            depths.add(child.depth());
            learningRates.add(child.learningRate());
        }
        assertThat(depths).as("one-point can change depth").contains(1, 2, 5, 6, 7);
        assertThat(learningRates).hasSize(2);
    }

    @Test
    void onePointKeepsTheDepthInTheLayerRange() {
        Crossover crossover = new OnePointCrossover(SPACE.withLayers(3, 4));
        RandomGenerator rng = rng(2);
        Set<Integer> depths = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            Genome child = crossover.cross(A, B, rng);
            assertThat(child.layers()).allSatisfy(l -> assertThat(l).isIn(union()));
            depths.add(child.depth());
        }
        assertThat(depths).containsExactlyInAnyOrder(3, 4);
    }

    @Test
    void uniformTakesEachAlignedLayerFromOneParent() {
        Crossover crossover = new UniformCrossover();
        RandomGenerator rng = rng(3);
        Set<Integer> depths = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            Genome child = crossover.cross(A, B, rng);
            List<LayerGene> l = child.layers();
            for (int k = 0; k < 3; k++) {
                assertThat(l.get(k)).isIn(A.layers().get(k), B.layers().get(k));
            }
            if (l.size() == 4) {
                assertThat(l.get(3)).isEqualTo(B.layers().get(3));
            }
            assertScalarsFromParents(child);
            depths.add(child.depth());
        }
        assertThat(depths).containsExactlyInAnyOrder(3, 4);
    }

    @Test
    void crossingAGenomeWithItselfGivesTheSameGenome() {
        for (CrossoverMethod m : CrossoverMethod.values()) {
            assertThat(Crossover.of(m, SPACE).cross(B, B, rng(4))).isEqualTo(B);
        }
        assertThat(Crossover.of(CrossoverMethod.ONE_POINT, SPACE)).isInstanceOf(OnePointCrossover.class);
        assertThat(Crossover.of(CrossoverMethod.UNIFORM, SPACE)).isInstanceOf(UniformCrossover.class);
    }

    private static List<LayerGene> union() {
        List<LayerGene> all = new ArrayList<>(A.layers());
        all.addAll(B.layers());
        return all;
    }
}
