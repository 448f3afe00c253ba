package org.evolab.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.evolab.analysis.FinishedRunFixture;
import org.evolab.analysis.Trial;
import org.evolab.evolution.Strategy;
import org.evolab.genome.Genome;
import org.evolab.genome.SearchSpace;
import org.evolab.ui.FxWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two runs side by side, a GA and a random search of three generations each written as real run
 * folders: their best-so-far curves on one chart against evaluations and against wall time, their
 * test scores in the table; a folder that is not a run is named and left out.
 */
@ExtendWith(ApplicationExtension.class)
class CompareRunsViewTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path root;

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    static List<Trial> trials(long seed, double offset) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Trial> trials = new ArrayList<>();
        for (int generation = 0; generation < 3; generation++) {
            for (int i = 0; i < 4; i++) {
                Genome g = SearchSpace.defaults().randomGenome(rng);
                trials.add(new Trial(
                        "g" + generation + "-" + i,
                        generation,
                        g,
                        offset + 0.1 * generation + 0.01 * i,
                        g.parameterCount(4, 3),
                        5));
            }
        }
        return trials;
    }

    @Test
    void twoRunFoldersCompareOnOneChartWithTheirTestScores(FxRobot robot) throws Exception {
        Path ga = FinishedRunFixture.write(root.resolve("ga"), trials(1, 0.6), Strategy.GENETIC, 0.93);
        Path random = FinishedRunFixture.write(root.resolve("random"), trials(2, 0.5), Strategy.RANDOM_SEARCH, 0.81);
        Path notARun = Files.createDirectories(root.resolve("notes"));
        Files.writeString(notARun.resolve("leaderboard.csv"), "hello\n1\n");

        CompareRunsView view = FxWait.onFx(() -> {
            CompareRunsView v = new CompareRunsView(root);
            stage.setScene(new Scene((javafx.scene.Parent) v.node(), 1100, 680));
            stage.show();
            return v;
        });
        FxWait.until(WAIT, "the run folders to be listed", () -> view.offered().size() == 3);
        assertThat(FxWait.onFx(view::offered)).containsExactlyInAnyOrder(ga, random, notARun);

        robot.interact(() -> view.compare(List.of(ga)));
        assertThat(robot.lookup("#comparisonMessage").queryLabeled().getText()).contains("two or more");

        robot.interact(() -> view.compare(List.of(ga, random, notARun)));
        FxWait.until(WAIT, "the comparison", () -> view.comparison() != null);
        LineChart<Number, Number> chart = robot.lookup("#comparisonChart").query();
        List<XYChart.Series<Number, Number>> series = chart.getData();
        assertThat(series).hasSize(2);
        assertThat(series.get(0).getName()).isEqualTo("ga (genetic (tournament))");
        assertThat(series.get(1).getName()).isEqualTo("random (random)");
        // best so far after each generation: 4, 8, 12 evaluations
        assertThat(series.get(0).getData())
                .extracting(d -> d.getXValue().intValue())
                .containsExactly(4, 8, 12);
        assertThat(series.get(0).getData().get(2).getYValue().doubleValue())
                .isCloseTo(0.83, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(((NumberAxis) chart.getXAxis()).getLabel()).isEqualTo("evaluations");
        assertThat(robot.lookup("#comparisonMessage").queryLabeled().getText())
                .contains("Left out")
                .contains("notes");

        robot.interact(() -> view.showAgainstTime(true));
        assertThat(((NumberAxis) chart.getXAxis()).getLabel()).isEqualTo("wall time (s)");
        assertThat(chart.getData().get(1).getData())
                .extracting(d -> d.getXValue().doubleValue())
                .containsExactly(2.0, 4.0, 6.0);

        TableView<?> table = robot.lookup("#comparisonTable").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        String test = FxWait.onFx(() -> String.valueOf(table.getColumns().get(5).getCellData(0)));
        assertThat(test).isEqualTo("accuracy 0.9300");
    }

    @Test
    void theAnalysisTabsButtonOpensTheComparisonOnTheRunsFolder(FxRobot robot) throws Exception {
        Path runs = Files.createDirectories(root.resolve("runs-root"));
        FinishedRunFixture.write(runs.resolve("only"), trials(3, 0.4), Strategy.GENETIC, 0.7);
        String before = System.getProperty(org.evolab.ui.run.RunFolders.PROPERTY);
        System.setProperty(org.evolab.ui.run.RunFolders.PROPERTY, runs.toString());
        try {
            robot.interact(() -> {
                stage.setScene(new Scene((javafx.scene.Parent) new AnalysisView(e -> {}).node(), 900, 500));
                stage.show();
            });
            robot.clickOn("#compareRunsButton");
            FxWait.until(WAIT, "the comparison window", () -> robot.lookup("#compareRunsView")
                    .tryQuery()
                    .isPresent());
            javafx.scene.Node view = robot.lookup("#compareRunsView").query();
            assertThat(view.getScene().getWindow()).isNotSameAs(stage);
            FxWait.until(
                    WAIT,
                    "the run folder to be listed",
                    () -> robot.lookup("#runFolderList")
                                    .<org.controlsfx.control.CheckListView<Path>>query()
                                    .getItems()
                                    .size()
                            == 1);
            robot.interact(() -> ((Stage) view.getScene().getWindow()).close());
        } finally {
            if (before == null) {
                System.clearProperty(org.evolab.ui.run.RunFolders.PROPERTY);
            } else {
                System.setProperty(org.evolab.ui.run.RunFolders.PROPERTY, before);
            }
        }
    }
}
