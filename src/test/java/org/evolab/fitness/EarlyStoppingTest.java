package org.evolab.fitness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EarlyStoppingTest {
    /** Records one epoch-end validation per pair of (score, loss); returns whether the last was the best. */
    private static boolean epochs(EarlyStopping s, double... scoreLoss) {
        boolean best = false;
        for (int i = 0; i < scoreLoss.length; i += 2) {
            best = s.record(scoreLoss[i], scoreLoss[i + 1], true);
        }
        return best;
    }

    @Test
    void aFlatScoreAndAFlatLossStopAfterPatienceEpochs() {
        EarlyStopping s = new EarlyStopping(3);
        assertThat(epochs(s, 0.70, 0.60)).isTrue();
        assertThat(epochs(s, 0.70, 0.60, 0.69, 0.61)).isFalse();
        assertThat(s.exhausted()).isFalse();
        epochs(s, 0.70, 0.6);
        assertThat(s.exhausted()).isTrue();
        assertThat(s.best()).isEqualTo(0.70);
        assertThat(s.bestLoss()).isEqualTo(0.60);
    }

    @Test
    void aFallingLossKeepsAPlateauTrainingAfterALuckyEarlyScore() {
        // The spirals plateau: one lucky epoch at 0.71, then scores near 0.65 while the loss falls.
        EarlyStopping s = new EarlyStopping(3);
        epochs(s, 0.71, 0.69);
        for (int epoch = 0; epoch < 20; epoch++) {
            assertThat(s.record(0.65, 0.68 - 0.005 * epoch, true)).isFalse();
            assertThat(s.exhausted()).as("epoch %d", epoch).isFalse();
        }
        assertThat(s.best()).as("the kept weights are still the best score's").isEqualTo(0.71);
        assertThat(epochs(s, 0.90, 0.30)).isTrue();
        // A loss that rises again (overfitting) under a flat score counts for nothing.
        epochs(s, 0.90, 0.31, 0.89, 0.35);
        assertThat(s.exhausted()).isFalse();
        epochs(s, 0.90, 0.40);
        assertThat(s.exhausted()).isTrue();
    }

    @Test
    void theSameScoreWithAClearlyLowerLossIsTheBestButATinyDropIsNoProgress() {
        EarlyStopping s = new EarlyStopping(2);
        epochs(s, 0.8, 0.5);
        assertThat(epochs(s, 0.8, 0.45)).as("same score, 10% lower loss").isTrue();
        assertThat(s.bestLoss()).isEqualTo(0.45);
        assertThat(epochs(s, 0.8, 0.4499)).as("0.02% lower: noise").isFalse();
        epochs(s, 0.8, 0.4498);
        assertThat(s.exhausted()).isTrue();
    }

    @Test
    void aValidationMidEpochResetsOnProgressButNeverCountsAnEpoch() {
        EarlyStopping s = new EarlyStopping(1);
        epochs(s, 0.5, 1.0);
        for (int i = 0; i < 5; i++) {
            s.record(0.5, 1.0, false);
        }
        assertThat(s.exhausted()).isFalse();
        assertThat(s.record(0.6, 0.9, false)).isTrue();
        epochs(s, 0.6, 0.9);
        assertThat(s.exhausted()).isTrue();
    }
}
