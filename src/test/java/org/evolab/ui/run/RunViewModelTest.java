package org.evolab.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evolab.run.RunConfig;
import org.evolab.run.RunControl;
import org.evolab.run.RunFolder;
import org.evolab.run.RunResult;
import org.evolab.run.RunStatus;
import org.evolab.ui.common.WizardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run screen's state and buttons without a toolkit: a real RunControl, no run thread. */
class RunViewModelTest {
    private final RunViewModel vm = new RunViewModel();
    private final RunControl control = new RunControl();
    private final RunConfig config = WizardModel.initialConfig();

    @Test
    void theCountersReadAsTheyAreShown() {
        vm.begin(control, config, null, true);
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.generationsText().get()).isEqualTo("0 / 8 generations");
        assertThat(vm.evaluationsText().get()).isEqualTo("0 / 96 evaluations");
        assertThat(vm.etaText().get()).isEqualTo("ETA –");
        assertThat(vm.elapsedProperty().get()).isEqualTo("Elapsed 0:00");
        vm.tick(Duration.ofSeconds(75));
        assertThat(vm.elapsedProperty().get()).isEqualTo("Elapsed 1:15");
    }

    @Test
    void pauseStopAndCancelReachTheRunAndSayWhatTheyDo() {
        vm.begin(control, config, null, true);
        vm.togglePause();
        assertThat(control.isPaused()).isTrue();
        assertThat(vm.pauseText().get()).isEqualTo("_Resume");
        assertThat(vm.monitor().statusProperty().get()).startsWith("Paused");

        // Stopping after the generation un-pauses, or the generation would never end.
        vm.stopAfterGeneration();
        assertThat(control.isStopRequested()).isTrue();
        assertThat(control.isPaused()).isFalse();
        assertThat(vm.pauseText().get()).isEqualTo("_Pause");

        assertThat(vm.cancel()).isTrue();
        assertThat(vm.cancelText().get()).isEqualTo("Cancelling…");
        assertThat(vm.monitor().log()).last().asString().endsWith("Cancel requested.");
    }

    @Test
    void nothingIsAskedOfARunThatIsNotGoing() {
        assertThat(vm.cancel()).isFalse();
        vm.togglePause();
        assertThat(vm.pauseText().get()).isEqualTo("_Pause");
    }

    @Test
    void anEarlyStopWithACheckpointCanBeResumedACompletedRunCannot(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(RunFolder.CHECKPOINT), "{}");
        Files.writeString(folder.resolve(RunFolder.CONFIG), "{}");
        vm.begin(control, config, folder, true);
        vm.finished(result(RunStatus.CANCELLED));
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.canResumeProperty().get()).isTrue();
        assertThat(vm.elapsedProperty().get()).isEqualTo("Elapsed 0:42");

        vm.begin(control, config, folder, false);
        assertThat(vm.canResumeProperty().get()).isFalse();
        vm.finished(result(RunStatus.COMPLETED));
        assertThat(vm.canResumeProperty().get()).isFalse();
    }

    @Test
    void aRunThatCannotStartSaysWhy() {
        vm.begin(control, config, null, true);
        vm.failed("iris.csv: file not found");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.monitor().statusProperty().get()).isEqualTo("The run could not start: iris.csv: file not found");
    }

    private RunResult result(RunStatus status) {
        return new RunResult(
                config, status, "stopped", null, null, null, null, List.of(), List.of(), null, null, 0, 0, 0, 42.0);
    }
}
