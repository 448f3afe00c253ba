package org.evolab.fitness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingSettingsTest {
    @Test
    void eachWitherChangesItsOwnSettingOnly() {
        TrainingSettings d = TrainingSettings.defaults();
        TrainingSettings all = d.withMetric(FitnessMetric.NEG_RMSE)
                .withPatience(4)
                .withSuccessiveHalving(false)
                .withFinalModel(FinalModel.SEARCH)
                .withFolds(5)
                .withEnsemble(1)
                .withInheritWeights(true)
                .withRefit(Refit.ALL);
        assertThat(all)
                .isEqualTo(new TrainingSettings(
                        FitnessMetric.NEG_RMSE, 4, false, FinalModel.SEARCH, 5, 1, true, Refit.ALL));
        assertThat(d.withFolds(2))
                .isEqualTo(
                        new TrainingSettings(null, 10, true, FinalModel.RETRAIN, 2, 3, null, Refit.TRAIN_VALIDATION));
        assertThat(all.withInheritWeights(false).inheritWeights()).isNull();
    }

    @Test
    void aMissingFinalModelOrEnsembleTakesTheDefaultAlsoThroughAWither() {
        TrainingSettings d = TrainingSettings.defaults();
        assertThat(d.withFinalModel(null).finalModel()).isEqualTo(FinalModel.RETRAIN);
        assertThat(new TrainingSettings(null, 10, true, null, 0, null, false, null))
                .isEqualTo(d);
    }
}
