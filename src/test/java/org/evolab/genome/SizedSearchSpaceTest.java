package org.evolab.genome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The default space follows the data: many steps for small sets, no slow batches or wide layers for big ones. */
class SizedSearchSpaceTest {
    @Test
    void aFewThousandRowsGetNoBatchOfSixteenAndAtMostThreeLayers() {
        SearchSpace s = SearchSpace.sizedFor(3_000, 20, 4).validate();
        assertThat(s.maxLayers()).isEqualTo(3);
        assertThat(s.batchSizes()).containsExactly(64, 128, 256, 512);
        assertThat(s.maxNeurons()).isEqualTo(128);
        assertThat(s.maxEpochs()).isEqualTo(100);
    }

    @Test
    void aSmallSetTrainsInSmallBatchesAndMayUseWideLayersWhateverItsInputs() {
        SearchSpace s = SearchSpace.sizedFor(105, 4, 3).validate();
        assertThat(s.batchSizes()).containsExactly(16, 32);
        assertThat(s.maxNeurons()).isEqualTo(128);
        // the spirals: two inputs, but they need layers 60-90 wide
        assertThat(SearchSpace.sizedFor(560, 2, 2).maxNeurons()).isEqualTo(128);
    }

    @Test
    void onLargeDataTheWidthFollowsTheInputsAndOutputs() {
        assertThat(SearchSpace.sizedFor(350_000, 20, 4).maxNeurons()).isEqualTo(96);
        assertThat(SearchSpace.sizedFor(350_000, 2, 2).maxNeurons()).isEqualTo(32);
        assertThat(SearchSpace.sizedFor(20_000, 2, 2).maxNeurons()).isEqualTo(64);
    }

    @Test
    void aLargeSetTrainsFewerEpochsInLargeBatches() {
        SearchSpace s = SearchSpace.sizedFor(350_000, 20, 4).validate();
        assertThat(s.batchSizes()).containsExactly(1024);
        assertThat(s.maxEpochs()).isEqualTo(6);
        assertThat(s.minEpochs()).isEqualTo(3);
    }

    @Test
    void itSearchesAdamAndRmsPropNotNesterov() {
        assertThat(SearchSpace.sizedFor(1_000, 10, 2).optimizers()).containsExactly(Optimizer.ADAM, Optimizer.RMSPROP);
    }

    @Test
    void aTinySetTrainsOnTheWholeBatch() {
        assertThat(SearchSpace.sizedFor(40, 3, 2).validate().batchSizes()).containsExactly(Genome.FULL_BATCH);
    }

    @Test
    void everyGenomeDrawnFromItLiesInIt() {
        SearchSpace s = SearchSpace.sizedFor(1_000, 10, 2);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            assertThat(s.contains(s.randomGenome(rng))).isTrue();
        }
    }
}
