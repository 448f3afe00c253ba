package org.evolab.ui.wizard.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Activation;
import org.evolab.genome.DoubleRange;
import org.evolab.genome.IntRange;
import org.evolab.genome.Optimizer;
import org.evolab.genome.SearchSpace;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.Span;
import org.evolab.ui.common.WizardModel;
import org.evolab.util.Setting;
import org.junit.jupiter.api.Test;

/** The search step's logic without a toolkit: no FX thread, no controls. */
class SearchStepViewModelTest {
    private final WizardModel model = new WizardModel(List.of());
    private final SearchStepViewModel vm = new SearchStepViewModel(model);

    @Test
    void theConfigIsWhatThePropertiesSay() {
        vm.layersProperty().set(new Span(2, 4));
        vm.learningRateProperty().set(new Span(1e-3, 5e-2));
        vm.activationProperty(Activation.TANH).set(false);
        vm.optimizerProperty(Optimizer.NESTEROV).set(false);
        vm.batchProperty(128).set(true);
        vm.maxL2Property().set(0.0);
        vm.patienceProperty().set(4);
        vm.halvingProperty().set(true);

        SearchSpace s = model.config().searchSpace();
        assertThat(s.layers().min()).isEqualTo(2);
        assertThat(s.layers().max()).isEqualTo(4);
        assertThat(s.learningRate().min()).isEqualTo(1e-3);
        assertThat(s.learningRate().max()).isEqualTo(5e-2);
        assertThat(s.activations()).doesNotContain(Activation.TANH).hasSize(Activation.values().length - 1);
        assertThat(s.optimizers()).doesNotContain(Optimizer.NESTEROV);
        assertThat(s.batchSizes()).containsExactly(16, 32, 64, 128);
        assertThat(s.l2().min()).isZero();
        assertThat(s.l2().max()).isZero();
        assertThat(model.config().training().patience()).isEqualTo(4);
        assertThat(model.config().training().successiveHalving()).isTrue();
    }

    @Test
    void aLoadedConfigReachesEveryPropertyAndStaysAsLoaded() {
        SearchSpace loaded = new SearchSpace(
                new IntRange(2, 6),
                new IntRange(10, 90),
                List.of(Activation.RELU),
                new DoubleRange(2.5e-4, 1.5e-2),
                List.of(Optimizer.ADAM),
                List.of(24, 0),
                new DoubleRange(0.1, 0.2),
                new DoubleRange(1e-6, 1e-3),
                new IntRange(7, 70));
        model.update(c -> c.withSearchSpace(loaded));

        // The properties follow, and setting them wrote nothing back: not a rounded or reordered copy.
        assertThat(model.config().searchSpace()).isEqualTo(loaded);
        assertThat(vm.layersProperty().get()).isEqualTo(new Span(2, 6));
        assertThat(vm.learningRateProperty().get()).isEqualTo(new Span(2.5e-4, 1.5e-2));
        assertThat(vm.activationProperty(Activation.RELU).get()).isTrue();
        assertThat(vm.activationProperty(Activation.TANH).get()).isFalse();
        assertThat(vm.batchChoices()).contains(24).endsWith(0);
        assertThat(vm.batchProperty(24).get()).isTrue();
        assertThat(vm.maxL2Property().get()).isEqualTo(1e-3);
    }

    @Test
    void aBadValueYieldsAProblemOnItsSetting() {
        assertThat(vm.problemProperty().get()).isNull();
        for (Activation a : Activation.values()) {
            vm.activationProperty(a).set(false);
        }
        assertThat(vm.problemProperty().get().setting()).isEqualTo(Setting.ACTIVATIONS);
        assertThat(vm.costEstimateProperty().get()).isEqualTo("–");
        vm.activationProperty(Activation.RELU).set(true);
        vm.patienceProperty().set(0);
        assertThat(vm.problemProperty().get().setting()).isEqualTo(Setting.PATIENCE);
        vm.patienceProperty().set(3);
        vm.epochsProperty().set(new Span(9, 8));
        assertThat(vm.problemProperty().get().setting()).isEqualTo(Setting.EPOCHS);
    }

    @Test
    void theEstimateSaysWhatTheSpaceHolds() {
        vm.layersProperty().set(new Span(1, 1));
        vm.neuronsProperty().set(new Span(8, 8));
        for (Activation a : Activation.values()) {
            vm.activationProperty(a).set(a == Activation.RELU);
        }
        assertThat(vm.spaceSizeProperty().get())
                .startsWith("1 different layer stacks (1–1 layers × 1 widths × 1 " + "activations)");
        assertThat(vm.largestNetworkDetailProperty().get())
                .startsWith("4 inputs → 1 × 8 neurons → 1 output")
                .contains("assumed until data is read");
        // 4 inputs x 8 + 8, then 8 x 1 + 1 weights and biases
        assertThat(vm.largestNetworkProperty().get()).isEqualTo("49 parameters");
        assertThat(vm.largeNetworkProperty().get()).isFalse();
        assertThat(vm.costEstimateDetailProperty().get()).contains("population 12 × 8 generations");
    }

    @Test
    void foldsAndEnsembleAreRunSettingsWithTheirOwnProblems() {
        assertThat(vm.foldsProperty().get()).isZero();
        assertThat(vm.ensembleProperty().get()).isEqualTo(TrainingSettings.DEFAULT_ENSEMBLE);
        vm.foldsProperty().set(5);
        vm.ensembleProperty().set(1);
        assertThat(model.config().training().folds()).isEqualTo(5);
        assertThat(model.config().training().ensemble()).isEqualTo(1);
        assertThat(vm.problemProperty().get()).isNull();

        vm.foldsProperty().set(TrainingSettings.MAX_FOLDS + 1);
        assertThat(vm.problemProperty().get().setting()).isEqualTo(Setting.FOLDS);
        vm.foldsProperty().set(2);
        vm.ensembleProperty().set(0);
        assertThat(vm.problemProperty().get().setting()).isEqualTo(Setting.ENSEMBLE);
        vm.ensembleProperty().set(4);
        assertThat(vm.problemProperty().get()).isNull();

        // Saved and read back (as "Load settings" does), the two come back into their fields.
        RunConfig saved = RunConfig.fromJson(model.config().toJson(), "settings.json");
        model.update(c -> c.withTraining(c.training().withFolds(0).withEnsemble(1)));
        assertThat(vm.foldsProperty().get()).isZero();
        model.update(c -> saved);
        assertThat(vm.foldsProperty().get()).isEqualTo(2);
        assertThat(vm.ensembleProperty().get()).isEqualTo(4);
        assertThat(model.config()).isEqualTo(saved);
    }

    @Test
    void theEstimateCountsTheFoldsAndTheEnsemble() {
        // Without data the estimate assumes 1,000 rows: 850 training + validation rows, one split by default.
        vm.ensembleProperty().set(1);
        String oneSplit = vm.costEstimateDetailProperty().get();
        assertThat(oneSplit).doesNotContain("cross-validation").doesNotContain("averaged");
        double single = estimate().totalSeconds();

        vm.foldsProperty().set(5);
        assertThat(vm.costEstimateDetailProperty().get()).contains("each scored by 5-fold cross-validation");
        double fiveFolds = estimate().totalSeconds();
        assertThat(fiveFolds).isGreaterThan(single * 2);

        vm.ensembleProperty().set(4);
        assertThat(vm.costEstimateDetailProperty().get()).endsWith("then the 4 best are averaged into the model");
        assertThat(estimate().totalSeconds()).isGreaterThan(fiveFolds);
    }

    private CostEstimate estimate() {
        return CostEstimate.of(model.config(), 4, 1, 1000);
    }
}
