package org.evolab.ui.wizard.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evolab.evolution.GaSettings;
import org.evolab.evolution.SelectionMethod;
import org.evolab.evolution.Strategy;
import org.evolab.fitness.FitnessMetric;
import org.evolab.run.RunConfig;
import org.evolab.run.StopSettings;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.wizard.search.CostEstimate;
import org.evolab.util.Setting;
import org.junit.jupiter.api.Test;

/** The evolution step's logic without a toolkit. */
class EvolutionStepViewModelTest {
    private final WizardModel model = new WizardModel(List.of());
    private final EvolutionStepViewModel vm = new EvolutionStepViewModel(model);

    @Test
    void theConfigIsWhatThePropertiesSay() {
        vm.populationProperty().set(20);
        vm.generationsProperty().set(5);
        vm.elitismProperty().set(3);
        vm.mutationRateProperty().set(0.3);
        vm.immigrantRateProperty().set(0.25);
        vm.selectionProperty().set(SelectionMethod.RANK);
        vm.steadyOnProperty().set(true);
        vm.steadyProperty().set(4);
        vm.timeBudgetOnProperty().set(true);
        vm.timeBudgetMinutesProperty().set(10);
        vm.targetOnProperty().set(true);
        vm.targetTextProperty().set("0,9");
        vm.seedTextProperty().set("7");
        vm.workersProperty().set(2);

        RunConfig c = model.config();
        assertThat(c.ga().populationSize()).isEqualTo(20);
        assertThat(c.ga().generations()).isEqualTo(5);
        assertThat(c.ga().eliteCount()).isEqualTo(3);
        assertThat(c.ga().mutationRate()).isEqualTo(0.3);
        assertThat(c.ga().immigrantRate()).isEqualTo(0.25);
        assertThat(vm.explanationProperty().get())
                .contains("but for its last network, the starter: 3 relu layers of 64")
                .contains("each of the other 12 is bred")
                .contains("The last 5 are drawn at random, as in generation 0");
        assertThat(c.ga().selection()).isEqualTo(SelectionMethod.RANK);
        assertThat(c.stop()).isEqualTo(new StopSettings(0.9, 4, 600L));
        assertThat(c.seed()).isEqualTo(7);
        assertThat(c.workers()).isEqualTo(2);
        assertThat(vm.tournamentEnabled().get()).isFalse();
        assertThat(vm.budgetProperty().get()).isEqualTo("100 evaluations");
    }

    @Test
    void aLoadedConfigReachesThePropertiesAndIsNotWrittenBack() {
        RunConfig loaded = model.config()
                .withGa(GaSettings.defaults()
                        .withStrategy(Strategy.RANDOM_SEARCH)
                        .withPopulationSize(9))
                .withStop(new StopSettings(null, 3, 90L))
                .withSeed(123)
                .withTraining(model.config().training().withMetric(FitnessMetric.MACRO_F1));
        model.update(c -> loaded);
        assertThat(model.config()).isEqualTo(loaded);
        assertThat(vm.randomSearchProperty().get()).isTrue();
        assertThat(vm.populationProperty().get()).isEqualTo(9);
        assertThat(vm.steadyOnProperty().get()).isTrue();
        assertThat(vm.timeBudgetMinutesProperty().get()).isEqualTo(2);
        assertThat(vm.targetOnProperty().get()).isFalse();
        assertThat(vm.seedTextProperty().get()).isEqualTo("123");
        assertThat(vm.metricProperty().get()).isEqualTo(FitnessMetric.MACRO_F1);
        assertThat(vm.explanationProperty().get()).startsWith("Every generation draws 9 new networks at random");
    }

    @Test
    void badValuesYieldProblemsOnTheirSettings() {
        assertThat(vm.problemProperty().get()).isNull();
        vm.seedTextProperty().set("forty-two");
        assertThat(vm.problemProperty().get().setting()).isEqualTo(Setting.SEED);
        assertThat(model.config().seed()).isEqualTo(RunConfig.DEFAULT_SEED);
        vm.seedTextProperty().set("42");
        vm.targetOnProperty().set(true);
        vm.targetTextProperty().set("high");
        assertThat(vm.problemProperty().get().setting()).isEqualTo(Setting.TARGET_FITNESS);
        vm.targetOnProperty().set(false);
        vm.populationProperty().set(4);
        vm.elitismProperty().set(4);
        assertThat(vm.problemProperty().get().setting()).isEqualTo(Setting.ELITISM);
        assertThat(vm.problemProperty().get().detail()).contains("less than the population");
    }

    @Test
    void theBudgetSaysHowNetworksAreScoredAndWhatTheModelAverages() {
        RunConfig c = model.config()
                .withTraining(model.config().training().withFolds(1).withEnsemble(1));
        assertThat(EvolutionTexts.budgetDetail(c, CostEstimate.of(c, 4, 3, 150)))
                .doesNotContain("cross-validation")
                .endsWith("then the best is retrained on training + validation data and tested.");
        RunConfig folds = c.withTraining(c.training().withFolds(0).withEnsemble(3));
        // 150 rows: 128 training + validation rows, so "auto" cross-validates with 3 folds.
        assertThat(EvolutionTexts.budgetDetail(folds, CostEstimate.of(folds, 4, 3, 150)))
                .contains("(elites are not retrained), each scored by 3-fold cross-validation, then the 3 best are "
                        + "retrained, averaged into one network");
    }
}
