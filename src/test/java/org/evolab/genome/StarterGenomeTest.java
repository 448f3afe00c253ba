package org.evolab.genome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Generation 0's starter: a plain three-layer relu network, fitted into whatever space the user set. */
class StarterGenomeTest {
    @Test
    void inTheSpiralsSizedSpaceItIsThreeReluLayersOf64WithAdamAndNoRegularisation() {
        SearchSpace space = SearchSpace.sizedFor(680, 2, 2);
        Genome g = space.starterGenome();

        assertThat(g.layers())
                .containsExactly(
                        new LayerGene(64, Activation.RELU),
                        new LayerGene(64, Activation.RELU),
                        new LayerGene(64, Activation.RELU));
        assertThat(g.optimizer()).isEqualTo(Optimizer.ADAM);
        assertThat(g.learningRate()).isEqualTo(3e-3);
        assertThat(g.batchSize()).isEqualTo(32);
        assertThat(g.dropout()).isZero();
        assertThat(g.l2()).isZero();
        assertThat(g.maxEpochs()).isEqualTo(space.epochs().max());
        assertThat(space.contains(g)).isTrue();
    }

    @Test
    void itTrainsAtTheBatchSizeNearest32ButNotTheSmallestOffered() {
        SearchSpace space = SearchSpace.defaults();
        // The straightforward bench's space: 32 would make the starter its costliest genome.
        assertThat(space.withBatchSizes(List.of(Genome.FULL_BATCH, 256, 32, 128, 64))
                        .starterGenome()
                        .batchSize())
                .isEqualTo(64);
        assertThat(space.withBatchSizes(List.of(128, 64, 32, 16))
                        .starterGenome()
                        .batchSize())
                .isEqualTo(32);
        assertThat(space.withBatchSizes(List.of(16, 32)).starterGenome().batchSize())
                .isEqualTo(32);
        assertThat(space.withBatchSizes(List.of(64, Genome.FULL_BATCH))
                        .starterGenome()
                        .batchSize())
                .isEqualTo(Genome.FULL_BATCH);
        assertThat(space.withBatchSizes(List.of(16)).starterGenome().batchSize())
                .isEqualTo(16);
    }

    @Test
    void everyGeneIsMovedIntoANarrowSpace() {
        SearchSpace space = SearchSpace.defaults()
                .withLayers(1, 2)
                .withNeurons(8, 16)
                .withActivations(List.of(Activation.TANH, Activation.ELU))
                .withOptimizers(List.of(Optimizer.RMSPROP))
                .withLearningRate(1e-2, 5e-2)
                .withBatchSizes(List.of(16, 128))
                .withDropout(0.1, 0.2)
                .withL2(1e-5, 1e-4)
                .withEpochs(5, 12)
                .validate();
        Genome g = space.starterGenome();

        assertThat(g.layers()).containsExactly(new LayerGene(16, Activation.TANH), new LayerGene(16, Activation.TANH));
        assertThat(g.optimizer()).isEqualTo(Optimizer.RMSPROP);
        assertThat(g.learningRate()).isEqualTo(1e-2);
        assertThat(g.batchSize()).isEqualTo(128); // not the smallest of two
        assertThat(g.dropout()).isEqualTo(0.1);
        assertThat(g.l2()).isEqualTo(1e-5);
        assertThat(g.maxEpochs()).isEqualTo(12);
        assertThat(space.contains(g)).isTrue();
    }
}
