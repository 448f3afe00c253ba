package org.evolab.ui.wizard.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.evolab.data.prep.SplitRatios;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.ColumnRole;
import org.evolab.data.schema.TaskType;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.wizard.data.DataStepViewModel.Status;
import org.evolab.ui.wizard.data.DataStepViewModel.TaskChoice;
import org.junit.jupiter.api.Test;

/** The data step's logic without a toolkit (no file is read: that needs the FX thread's callbacks). */
class DataStepViewModelTest {
    private final WizardModel model = new WizardModel(List.of());
    private final DataStepViewModel vm = new DataStepViewModel(model);

    @Test
    void theSplitIsWhatThePercentagesSay() {
        vm.trainPercentProperty().set(60);
        vm.validationPercentProperty().set(30);
        assertThat(model.config().split()).isEqualTo(new SplitRatios(0.6, 0.3, 0.1));
        assertThat(vm.testShareProperty().get()).isEqualTo("10 %");
        assertThat(vm.splitWarningProperty().get()).isNull();

        vm.validationPercentProperty().set(38);
        assertThat(vm.testShareProperty().get()).isEqualTo("2 %");
        assertThat(vm.splitWarningProperty().get()).contains("2 % for the test");
    }

    @Test
    void aLoadedConfigReachesThePropertiesAndIsNotWrittenBack() {
        RunConfig loaded = model.config()
                .withSplit(new SplitRatios(0.5, 0.25, 0.25))
                .withData("elsewhere.csv")
                .withTaskType(TaskType.REGRESSION);
        model.update(c -> loaded);
        assertThat(model.config()).isEqualTo(loaded);
        assertThat(vm.trainPercentProperty().get()).isEqualTo(50);
        assertThat(vm.validationPercentProperty().get()).isEqualTo(25);
        assertThat(vm.dataFileProperty().get()).isEqualTo("elsewhere.csv");
        assertThat(vm.taskProperty().get()).isEqualTo(TaskChoice.REGRESSION);
    }

    @Test
    void columnEditsGoToTheConfig() {
        vm.taskProperty().set(TaskChoice.CLASSIFICATION);
        assertThat(model.config().taskType()).isEqualTo(TaskType.CLASSIFICATION);
        vm.setKind("age", ColumnKind.CATEGORICAL);
        vm.setRole("id", ColumnRole.IGNORE);
        assertThat(model.config().columnKinds()).isEqualTo(Map.of("age", ColumnKind.CATEGORICAL));
        assertThat(model.config().columnRoles()).isEqualTo(Map.of("id", ColumnRole.IGNORE));

        // A column made the target loses its overrides; the target itself cannot be ignored.
        vm.setRole("age", ColumnRole.TARGET);
        assertThat(model.config().target()).isEqualTo("age");
        assertThat(model.config().columnKinds()).isEmpty();
        vm.setRole("age", ColumnRole.IGNORE);
        assertThat(model.config().columnRoles()).doesNotContainKey("age");
    }

    @Test
    void withoutDataTheStepSaysWhatToDo() {
        assertThat(vm.problemProperty().get().message()).isEqualTo("choose a CSV file");
        assertThat(vm.problemProperty().get().setting()).isNull();
        assertThat(vm.statusKindProperty().get()).isEqualTo(Status.NONE);
        assertThat(vm.taskLabel(TaskChoice.AUTO)).isEqualTo("Detect automatically");
        assertThat(vm.columnRows()).isEmpty();
    }

    @Test
    void anImpossiblePathIsAProblemNamingIt() {
        vm.dataFileProperty().set("bad\0name.csv");
        vm.openTyped(true);
        assertThat(vm.statusKindProperty().get()).isEqualTo(Status.ERROR);
        assertThat(vm.statusProperty().get()).isEqualTo("bad\0name.csv: not a valid file path");
        assertThat(vm.problemProperty().get().message()).contains("not a valid file path");
    }
}
