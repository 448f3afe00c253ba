package org.evolab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.RangeSlider;
import org.evolab.data.sample.SampleDataset;
import org.evolab.export.Bundle;
import org.evolab.export.BundleReader;
import org.evolab.run.RunResult;
import org.evolab.run.RunStatus;
import org.evolab.ui.common.Ranges;
import org.evolab.ui.common.Spinners;
import org.evolab.ui.run.FitnessPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The definition of done, driven through the real window on Monocle: a tiny run on Iris
 * from the wizard to an exported bundle, a bad CSV, and a cancelled run.
 */
@ExtendWith(ApplicationExtension.class)
class EvolabAppTest {
    static final Duration DATA = Duration.ofSeconds(30);
    static final Duration RUN = Duration.ofSeconds(120);

    MainController main;

    @Start
    void start(Stage stage) {
        main = EvolabApp.show(stage);
        stage.requestFocus();
    }

    @AfterEach
    void stopAnyRun() {
        if (FxWait.onFx(() -> main.run().isRunning())) {
            FxWait.onFx(() -> {
                main.run().cancel();
                return null;
            });
            FxWait.until(
                    Duration.ofSeconds(30), "the run to stop", () -> !main.run().isRunning());
        }
    }

    @Test
    void aTinyIrisRunFillsTheChartsTheDiagramAndTheLeaderboardAndExportsABundle(FxRobot robot, @TempDir Path dir)
            throws Exception {
        FxWait.until(DATA, "Iris to load", () -> main.model().dataReady().get());
        ComboBox<SampleDataset> sample = robot.lookup("#sampleDataChoice").queryComboBox();
        assertThat(sample.getValue().name()).isEqualTo("iris");
        assertThat(robot.lookup("#previewTable").queryTableView().getItems()).hasSize(100);

        robot.clickOn("#wizardNext");
        RangeSlider layers = robot.lookup("#layersRange").query();
        RangeSlider neurons = robot.lookup("#neuronsRange").query();
        RangeSlider epochs = robot.lookup("#epochsRange").query();
        Spinner<Integer> patience = robot.lookup("#patienceSpinner").query();
        robot.interact(() -> {
            Ranges.set(layers, 1, 2);
            Ranges.set(neurons, 4, 16);
            Ranges.set(epochs, 5, 10);
            Spinners.set(patience, 3);
        });
        assertThat(main.model().config().searchSpace().epochs().max()).isEqualTo(10);
        assertThat(main.model().config().training().patience()).isEqualTo(3);
        CheckBox halving = robot.lookup("#halvingCheck").queryAs(CheckBox.class);
        assertThat(halving.isSelected()).isTrue();
        robot.interact(halving::fire);
        assertThat(main.model().config().training().successiveHalving()).isFalse();
        robot.interact(halving::fire);
        assertThat(main.model().config().training().successiveHalving()).isTrue();

        robot.clickOn("#wizardNext");
        Spinner<Integer> population = robot.lookup("#populationSpinner").query();
        Spinner<Integer> generations = robot.lookup("#generationsSpinner").query();
        robot.interact(() -> Spinners.set(generations, 2));
        // the population typed as a person would: select the text, type, leave the field
        robot.doubleClickOn(population.getEditor()).eraseText(4).write("4").type(KeyCode.TAB);
        robot.clickOn("#seedField").eraseText(4).write("7");
        assertThat(main.model().config().ga().populationSize()).isEqualTo(4);
        assertThat(main.model().config().ga().generations()).isEqualTo(2);
        assertThat(main.model().config().seed()).isEqualTo(7);
        Button start = robot.lookup("#startButton").queryButton();
        assertThat(start.isDisabled()).isFalse();

        robot.clickOn(start);
        FxWait.until(
                RUN,
                "the run to finish",
                () -> main.run().lastResult() != null && !main.run().isRunning());
        RunResult result = FxWait.onFx(() -> main.run().lastResult());
        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);

        LineChart<Number, Number> chart = robot.lookup("#fitnessChart").query();
        FxWait.onFx(() -> {
            assertThat(series(chart, FitnessPlot.BEST).getData()).hasSize(2);
            assertThat(series(chart, FitnessPlot.MEAN).getData()).hasSize(2);
            assertThat(series(chart, FitnessPlot.WORST).getData()).hasSize(2);
            assertThat(series(chart, FitnessPlot.INDIVIDUALS).getData()).hasSizeGreaterThanOrEqualTo(4);
            return null;
        });
        // coalesced: far fewer UI updates than events, never more than about ten a second
        int batches = FxWait.onFx(() -> main.run().session().batches());
        assertThat(batches).isLessThanOrEqualTo((int) Math.ceil(result.wallSeconds() * 10) + 3);

        Node topology = robot.lookup("#topologyView").query();
        Set<Node> hidden = robot.from(topology).lookup(".hidden-layer-label").queryAll();
        assertThat(hidden).hasSize(result.best().individual().genome().layers().size());
        assertThat(robot.from(topology)
                        .lookup("#layer-input")
                        .queryAs(Label.class)
                        .getText())
                .contains("4 features");
        assertThat(robot.from(topology)
                        .lookup("#layer-output")
                        .queryAs(Label.class)
                        .getText())
                .contains("3 classes");

        TableView<?> leaderboard = robot.lookup("#leaderboardTable").queryTableView();
        assertThat(leaderboard.getItems()).hasSize(result.leaderboard().size()).isNotEmpty();
        assertThat(robot.lookup("#confusionMatrix").tryQuery()).isPresent();

        Path bundle = dir.resolve("models").resolve("iris.zip");
        TextField exportPath = robot.lookup("#exportPathField").queryAs(TextField.class);
        assertThat(exportPath.getText()).contains("evolab-models").endsWith(".zip");
        robot.interact(() -> exportPath.setText(bundle.toString()));
        robot.clickOn("#exportButton");
        Label message = robot.lookup("#exportMessage").queryAs(Label.class);
        FxWait.until(
                Duration.ofSeconds(60),
                "the export",
                () -> message.getText().startsWith("Saved")
                        || message.getStyleClass().contains("message-error"));
        assertThat(message.getText()).startsWith("Saved");

        // a second export to the same file asks first; the test answers "Replace"
        robot.clickOn("#exportButton");
        robot.clickOn("Replace");
        FxWait.until(
                Duration.ofSeconds(60),
                "the second export",
                () -> message.getText().startsWith("Saved")
                        && !robot.lookup("#exportButton").queryButton().isDisabled());

        Path history = dir.resolve("history.csv");
        Path chartPng = dir.resolve("fitness.png");
        robot.interact(() -> {
            main.run().results().exportHistoryCsv(history);
            main.run().results().exportPng("fitness.png", chartPng);
        });
        // Both are written off the FX thread; a file appears whole (written aside, then moved).
        FxWait.until(Duration.ofSeconds(30), "the CSV and PNG", () -> Files.exists(history) && Files.exists(chartPng));
        assertThat(Files.readAllLines(history)).hasSize(3).first().asString().startsWith("generation,best,mean,worst");
        assertThat(Files.size(chartPng)).isGreaterThan(1000);

        Bundle read = BundleReader.read(bundle);
        assertThat(read.genome()).isEqualTo(result.best().individual().genome());
        assertThat(read.network()).isNotNull();
        assertThat(read.entries()).contains("evolab/fitness.png", "evolab/topology.png");
        assertThat(Files.size(bundle)).isGreaterThan(1000);
    }

    @Test
    void aRaggedCsvShowsItsLineAndKeepsTheWizardOnStepOne(FxRobot robot, @TempDir Path dir) throws Exception {
        FxWait.until(DATA, "Iris to load", () -> main.model().dataReady().get());
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a,b,label\n1,2,x\n3,4\n5,6,y\n");

        TextField field = robot.lookup("#dataFileField").queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(ragged.toString()).type(KeyCode.ENTER);
        Label message = robot.lookup("#dataMessage").queryAs(Label.class);
        FxWait.until(DATA, "the error message", () -> message.getStyleClass().contains("message-error"));

        assertThat(message.getText()).contains("ragged.csv").contains("line 3").contains("2 fields");
        assertThat(message.getText()).doesNotContain("Exception").doesNotContain("\tat ");
        Button next = robot.lookup("#wizardNext").queryButton();
        assertThat(next.isDisabled()).isTrue();
        robot.clickOn(next);
        assertThat(main.wizard().stepIndex()).isZero();
        assertThat(robot.lookup("#previewTable").queryTableView().getItems()).isEmpty();
        assertThat(robot.lookup("#startButton").queryButton().isVisible()).isFalse();

        // a good file makes the step complete again
        robot.interact(() -> field.setText(""));
        robot.clickOn(field)
                .write(main.model().samples().get(0).file().toString())
                .type(KeyCode.ENTER);
        FxWait.until(
                DATA, "the sample to load again", () -> main.model().dataReady().get());
        assertThat(next.isDisabled()).isFalse();
    }

    @Test
    void cancellingMidRunEndsWithinSecondsAndLeavesTheWindowUsable(FxRobot robot, @TempDir Path dir) throws Exception {
        FxWait.until(DATA, "Iris to load", () -> main.model().dataReady().get());
        // a larger run, loaded as a person would from a settings file
        loadSettings(robot, dir, 6, 5);
        robot.clickOn("#wizardNext").clickOn("#wizardNext");
        assertThat(robot.lookup("#populationSpinner").<Spinner<Integer>>query().getValue())
                .isEqualTo(6);
        assertThat(robot.lookup("#generationsSpinner").<Spinner<Integer>>query().getValue())
                .isEqualTo(5);

        robot.clickOn("#startButton");
        FxWait.until(
                RUN,
                "the first evaluation",
                () -> main.run().monitor().evaluationsProperty().get() >= 1);
        assertThat(FxWait.onFx(() -> main.run().isRunning())).isTrue();
        long clicked = System.nanoTime();
        robot.clickOn("#cancelButton");
        FxWait.until(Duration.ofSeconds(20), "the run to end", () -> !main.run().isRunning());
        double seconds = (System.nanoTime() - clicked) / 1e9;
        assertThat(seconds).isLessThan(10);

        RunResult result = FxWait.onFx(() -> main.run().lastResult());
        assertThat(result.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).startsWith("Cancelled");
        assertThat(robot.lookup("#cancelButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#pauseButton").queryButton().isDisabled()).isTrue();

        // usable again: back to the settings, and a new run could start
        robot.clickOn("#settingsButton");
        assertThat(robot.lookup("#startButton").queryButton().isDisabled()).isFalse();
        robot.clickOn("#wizardBack");
        assertThat(main.wizard().stepIndex()).isEqualTo(1);
    }

    @Test
    void aCancelledRunResumesFromItsCheckpointToTheEnd(FxRobot robot, @TempDir Path dir) throws Exception {
        System.setProperty(
                org.evolab.ui.run.RunFolders.PROPERTY, dir.resolve("runs").toString());
        FxWait.until(DATA, "Iris to load", () -> main.model().dataReady().get());
        loadSettings(robot, dir, 4, 6);
        robot.clickOn("#wizardNext").clickOn("#wizardNext").clickOn("#startButton");
        FxWait.until(
                RUN,
                "the first generation",
                () -> main.run().monitor().generationsDoneProperty().get() >= 1);
        robot.clickOn("#cancelButton");
        FxWait.until(Duration.ofSeconds(20), "the run to end", () -> !main.run().isRunning());
        assertThat(FxWait.onFx(() -> main.run().lastResult().status())).isEqualTo(RunStatus.CANCELLED);
        assertThat(main.run().runFolder()).isDirectory();

        Button resume = robot.lookup("#resumeRunButton").queryButton();
        assertThat(resume.isVisible()).isTrue();
        robot.clickOn("#resumeRunButton");
        FxWait.until(
                RUN,
                "the resumed run to end",
                () -> FxWait.onFx(() -> main.run().lastResult()) != null);
        RunResult result = FxWait.onFx(() -> main.run().lastResult());
        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(result.history()).hasSize(6);
        assertThat(result.history().get(0).generation()).isZero();
        assertThat(robot.lookup("#resumeRunButton").queryButton().isVisible()).isFalse();
        // the interrupted generation was trained again: drawn once, not twice
        int scored = result.history().stream()
                .mapToInt(g -> g.evaluations() - g.failures())
                .sum();
        LineChart<Number, Number> chart = robot.lookup("#fitnessChart").query();
        FxWait.onFx(() -> {
            assertThat(series(chart, FitnessPlot.BEST).getData()).hasSize(6);
            assertThat(series(chart, FitnessPlot.INDIVIDUALS).getData()).hasSize(scored);
            return null;
        });
    }

    @Test
    void closingTheWindowMidRunCancelsTheRunThenCloses(FxRobot robot) {
        FxWait.until(DATA, "Iris to load", () -> main.model().dataReady().get());
        robot.interact(() -> main.model()
                .update(c -> c.withGa(c.ga().withPopulationSize(6).withGenerations(5))
                        .withSearchSpace(c.searchSpace().withEpochs(40, 80))));
        // "Start now" on the first step: the other steps keep their (valid) settings
        robot.clickOn("#wizardFinish");
        FxWait.until(
                RUN,
                "the first evaluation",
                () -> main.run().monitor().evaluationsProperty().get() >= 1);
        Stage stage = (Stage) robot.window(0);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxWait.until(Duration.ofSeconds(20), "the window to close", () -> !stage.isShowing());
        assertThat(FxWait.onFx(() -> main.run().isRunning())).isFalse();
        assertThat(FxWait.onFx(() -> main.run().lastResult().status())).isEqualTo(RunStatus.CANCELLED);
    }

    /** Writes an Iris run of 40-80 epochs to a settings file and opens it as a person would. */
    private void loadSettings(FxRobot robot, Path dir, int population, int generations) throws Exception {
        Path config = dir.resolve("run.json");
        Files.writeString(
                config,
                """
                {"data": "%s", "target": "species",
                 "ga": {"populationSize": %d, "generations": %d},
                 "searchSpace": {"minLayers": 1, "maxLayers": 2, "minNeurons": 8, "maxNeurons": 32,
                                 "minEpochs": 40, "maxEpochs": 80},
                 "training": {"patience": 20}}
                """
                        .formatted(
                                main.model().samples().get(0).file().toString().replace("\\", "\\\\"),
                                population,
                                generations));
        java.util.concurrent.atomic.AtomicBoolean applied = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> main.wizard().loadConfig(config, () -> applied.set(true)));
        FxWait.until(Duration.ofSeconds(10), "the settings file to be read", applied::get);
        FxWait.until(DATA, "the config's data to load", () -> main.model()
                .dataReady()
                .get());
    }

    private static XYChart.Series<Number, Number> series(LineChart<Number, Number> chart, String name) {
        return chart.getData().stream()
                .filter(s -> name.equals(s.getName()))
                .findFirst()
                .orElseThrow();
    }
}
