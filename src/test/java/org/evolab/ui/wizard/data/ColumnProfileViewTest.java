package org.evolab.ui.wizard.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.evolab.ui.EvolabApp;
import org.evolab.ui.FxWait;
import org.evolab.ui.MainController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Selecting a column in the data step shows its counts, statistics and a chart of its values. */
@ExtendWith(ApplicationExtension.class)
class ColumnProfileViewTest {
    MainController main;

    @Start
    void start(Stage stage) {
        main = EvolabApp.show(stage);
        stage.requestFocus();
    }

    /** The name cell of a column in the columns table (the preview table has the same names as headers). */
    private static javafx.scene.Node cellOf(FxRobot robot, String name) {
        return robot.lookup("#columnsTable .table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> name.equals(c.getText()))
                .query();
    }

    @Test
    void selectingAColumnShowsItsProfileAndChart(FxRobot robot) {
        FxWait.until(Duration.ofSeconds(30), "Iris to load", () -> main.model()
                .dataReady()
                .get());
        Label stats = robot.lookup("#columnProfile #profileStats").queryAs(Label.class);
        BarChart<?, ?> chart = robot.lookup("#columnProfile #profileChart").queryAs(BarChart.class);
        assertThat(stats.getText()).startsWith("Select a column");

        robot.clickOn(cellOf(robot, "petal_width"));
        FxWait.until(Duration.ofSeconds(10), "the numeric profile", () -> stats.getText()
                .contains("min"));
        assertThat(stats.getText())
                .isEqualTo("150 rows · 0 missing · 22 distinct · min 0.1 · max 2.5 · mean 1.2 · sd 0.763");
        assertThat(FxWait.onFx(() -> chart.getData().get(0).getData().size())).isEqualTo(9);

        robot.clickOn(cellOf(robot, "species"));
        FxWait.until(Duration.ofSeconds(10), "the text profile", () -> stats.getText()
                .contains("most frequent"));
        assertThat(stats.getText())
                .isEqualTo("150 rows · 0 missing · 3 distinct · most frequent: setosa (50), versicolor (50), "
                        + "virginica (50)");
        assertThat(FxWait.onFx(() -> chart.getData().get(0).getData().size())).isEqualTo(3);
    }
}
