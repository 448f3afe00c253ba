package org.evolab.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evolab.run.RunResult;
import org.evolab.run.RunStatus;
import org.evolab.ui.common.Message;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.common.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results screen's texts and exports without a toolkit; the writes run at once ({@link Worker#direct}). */
class ResultsViewModelTest {
    private final ResultsViewModel vm = new ResultsViewModel(Worker.direct());

    @Test
    void aCancelledRunSaysSoAndOffersNoBundle() {
        vm.show(result(RunStatus.CANCELLED, "cancelled by the user", 61.4));
        assertThat(vm.outcomeProperty().get()).isEqualTo("Cancelled");
        assertThat(vm.outcomeStyleProperty().get()).isEqualTo("warning");
        assertThat(vm.outcomeDetailProperty().get()).isEqualTo("Cancelled by the user");
        assertThat(vm.validationValueProperty().get()).isEqualTo("–");
        assertThat(vm.testCaptionProperty().get()).isEqualTo("TEST");
        assertThat(vm.evaluationsProperty().get()).isEqualTo("30");
        assertThat(vm.evaluationsDetailProperty().get()).isEqualTo("24 trained · 6 from cache · 0 generations");
        assertThat(vm.timeProperty().get()).isEqualTo("1:01");
        assertThat(vm.bundleExportableProperty().get()).isFalse();
        assertThat(vm.exportMessageProperty().get().text())
                .startsWith("There is no trained model to export: the run " + "cancelled");
        assertThat(vm.exportPathProperty().get()).contains("evolab-models").endsWith(".zip");

        assertThat(vm.bundleTarget()).isNull();
        assertThat(vm.exportMessageProperty().get()).isEqualTo(Message.error("There is no trained model to export."));
    }

    @Test
    void clearingEmptiesTheScreen() {
        vm.show(result(RunStatus.FAILED, null, 1));
        assertThat(vm.outcomeStyleProperty().get()).isEqualTo("error");
        vm.clear();
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.outcomeProperty().get()).isEqualTo("–");
        assertThat(vm.outcomeStyleProperty().get()).isNull();
        assertThat(vm.leaderboard()).isEmpty();
    }

    @Test
    void theHistoryIsWrittenAndSaidSo(@TempDir Path dir) throws IOException {
        vm.show(result(RunStatus.CANCELLED, "stopped", 1));
        Path history = dir.resolve("history.csv");
        vm.writeHistoryCsv(history);
        assertThat(Files.readAllLines(history)).first().asString().startsWith("generation,best,mean,worst");
        assertThat(vm.exportMessageProperty().get()).isEqualTo(Message.ok("Saved " + history));
    }

    @Test
    void aWriteThatFailsNamesTheFile(@TempDir Path dir) throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path file = blocker.resolve("out.png");
        vm.write(file, () -> new byte[] {1, 2, 3});
        Message m = vm.exportMessageProperty().get();
        assertThat(m.kind()).isEqualTo(Message.Kind.ERROR);
        assertThat(m.text()).contains("out.png").doesNotContain("Exception");
    }

    private static RunResult result(RunStatus status, String detail, double seconds) {
        return new RunResult(
                WizardModel.initialConfig(),
                status,
                status == RunStatus.FAILED ? null : detail,
                status == RunStatus.FAILED ? "out of memory" : null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                30,
                24,
                6,
                seconds);
    }
}
