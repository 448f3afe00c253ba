package org.evolab.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evolab.evolution.Fixtures.genome;

import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.evolab.genome.SearchSpace;
import org.junit.jupiter.api.Test;

class DiversityTest {

    @Test
    void identicalGenomesHaveNoDiversity() {
        assertThat(Diversity.of(Collections.nCopies(5, genome(10, 20)))).isZero();
        assertThat(Diversity.of(List.of(genome(10)))).isZero();
        assertThat(Diversity.of(List.of())).isZero();
    }

    @Test
    void differentGenomesHavePositiveDiversityAtMostOne() {
        assertThat(Diversity.of(List.of(genome(10, 20), genome(10, 21)))).isPositive();
        assertThat(Diversity.of(List.of(genome(10), genome(10).withOptimizer(Optimizer.RMSPROP))))
                .isCloseTo(0.1, within(1e-12));
        // As different as two genomes get: every term is 1.
        Genome small = new Genome(List.of(new LayerGene(1, Activation.RELU)), 1e-5, Optimizer.ADAM, 16, 0, 0, 10);
        Genome big = new Genome(
                Collections.nCopies(1000, new LayerGene(1000, Activation.TANH)), 1.0, Optimizer.NESTEROV, 16, 0, 0, 10);
        assertThat(Diversity.distance(small, big)).isCloseTo(1.0, within(0.01)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void aRandomPopulationIsMoreDiverseThanAConvergedOne() {
        SearchSpace space = SearchSpace.defaults();
        RandomGenerator rng = Fixtures.rng(1);
        List<Genome> random =
                Stream.generate(() -> space.randomGenome(rng)).limit(30).toList();
        List<Genome> converged = Stream.generate(
                        () -> genome(60, 60, 60).withLearningRate(1e-2 * (1 + rng.nextDouble() * 0.1)))
                .limit(30)
                .toList();
        double randomDiversity = Diversity.of(random);
        assertThat(randomDiversity).isBetween(0.3, 1.0);
        assertThat(Diversity.of(converged)).isLessThan(randomDiversity / 10);
    }
}
