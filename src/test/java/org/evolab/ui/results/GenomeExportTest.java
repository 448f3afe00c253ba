package org.evolab.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.evolab.TestData;
import org.evolab.export.Bundle;
import org.evolab.export.BundleReader;
import org.evolab.genome.SearchSpace;
import org.evolab.run.ChosenModel;
import org.evolab.run.Evaluation;
import org.evolab.run.EvolutionRun;
import org.evolab.run.RunConfig;
import org.evolab.run.RunResult;
import org.evolab.ui.FxWait;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Retrain &amp; export" of a genome that is not the run's best, on a tiny Iris run: the bundle
 * written from the Results screen restores in plain DL4J with that genome's network, and the
 * retraining can be cancelled. Lookups start from this test's own view: another test class's window
 * (the whole app's results screen) may still be open and has nodes with the same ids.
 */
@ExtendWith(ApplicationExtension.class)
class GenomeExportTest {
    static final Duration WAIT = Duration.ofSeconds(120);
    static RunResult run;

    ResultsController results;

    @BeforeAll
    static void tinyIrisRun() {
        RunConfig tiny = TestData.tinyRun(TestData.sample("iris.csv"), "species", 4, 2, 5);
        SearchSpace fewEpochs = tiny.searchSpace().withEpochs(2, 4);
        run = new EvolutionRun(tiny.withSearchSpace(fewEpochs)).run();
    }

    @Start
    void start(Stage stage) {
        results = new ResultsController(Map::of);
        stage.setScene(new Scene(results.view(), 1200, 700));
        stage.show();
    }

    @Test
    void aNonBestGenomeOfTheLeaderboardRetrainsAndExportsABundleThatPlainDl4jRestores(FxRobot robot, @TempDir Path dir)
            throws Exception {
        assertThat(run.completed()).isTrue();
        assertThat(run.leaderboard()).hasSizeGreaterThan(1);
        robot.interact(() -> results.show(run, null));
        Button button = robot.from(results.view()).lookup("#exportGenomeButton").queryButton();
        assertThat(button.isDisabled()).as("nothing selected").isTrue();
        TableView<ResultsViewModel.Row> table =
                robot.from(results.view()).lookup("#leaderboardTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(1));
        assertThat(button.isDisabled()).isFalse();
        // every filled row offers the same from its context menu
        TableRow<?> row = robot.from(results.view())
                .lookup(".table-row-cell")
                .match(n -> ((TableRow<?>) n).getItem() != null)
                .query();
        assertThat(row.getContextMenu().getItems().get(0).getText()).isEqualTo("Retrain & export…");

        Evaluation second = run.leaderboard().get(1);
        assertThat(second.individual().genome())
                .isNotEqualTo(run.best().individual().genome());
        GenomeExport export = FxWait.onFx(() -> results.analysis().genomeExport());
        Path suggested = FxWait.onFx(() -> export.defaultTarget(second));
        assertThat(suggested.getFileName().toString())
                .endsWith("-" + second.individual().id() + ".zip");

        Path bundle = dir.resolve("second.zip");
        Label status = robot.from(results.view()).lookup("#genomeExportStatus").queryAs(Label.class);
        String started = FxWait.onFx(() -> {
            export.export(second, bundle, false);
            return status.getText();
        });
        assertThat(started).startsWith("Retraining " + second.individual().id());
        FxWait.until(WAIT, "the retrained bundle", () -> !export.busy());
        assertThat(status.getText())
                .startsWith("Saved " + bundle)
                .contains("retrained for " + ChosenModel.epochs(second) + " epochs")
                .contains("test accuracy");
        ProgressBar progress =
                robot.from(results.view()).lookup("#genomeExportProgress").queryAs(ProgressBar.class);
        assertThat(progress.getProgress()).isEqualTo(1.0);
        assertThat(progress.isVisible()).isFalse();

        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(bundle.toFile());
        assertThat(restored.getLayers()).hasSize(second.individual().genome().depth() + 1);
        assertThat(restored.numParams()).isEqualTo(second.result().parameters());
        Bundle read = BundleReader.read(bundle);
        assertThat(read.genome()).isEqualTo(second.individual().genome());

        // an existing file is not replaced without the chooser's question
        robot.interact(() -> export.export(second, bundle, false));
        assertThat(status.getText()).contains("already exists");
        assertThat(export.busy()).isFalse();
    }

    @Test
    void theRetrainingCanBeCancelledAndWritesNothing(FxRobot robot, @TempDir Path dir) {
        robot.interact(() -> results.show(run, null));
        GenomeExport export = FxWait.onFx(() -> results.analysis().genomeExport());
        Path bundle = dir.resolve("cancelled.zip");
        robot.interact(() -> {
            export.export(run.leaderboard().get(1), bundle, false);
            robot.from(results.view())
                    .lookup("#cancelRetrainButton")
                    .queryButton()
                    .fire();
        });
        FxWait.until(WAIT, "the retraining to stop", () -> !export.busy());
        assertThat(robot.from(results.view())
                        .lookup("#genomeExportStatus")
                        .queryAs(Label.class)
                        .getText())
                .endsWith("was cancelled.");
        assertThat(Files.exists(bundle)).isFalse();
    }
}
