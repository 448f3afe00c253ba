package org.evolab.ui.wizard.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.evolab.TestData;
import org.evolab.data.schema.ColumnRole;
import org.evolab.fitness.FitnessMetric;
import org.evolab.ui.EvolabApp;
import org.evolab.ui.FxWait;
import org.evolab.ui.MainController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The data step shows the data checks with a fix button each; a click applies the fix and the warning goes. */
@ExtendWith(ApplicationExtension.class)
class DataWarningsViewTest {
    static final Duration DATA = Duration.ofSeconds(30);

    MainController main;

    @Start
    void start(Stage stage) {
        main = EvolabApp.show(stage);
        stage.requestFocus();
    }

    private void open(FxRobot robot, Path file) {
        TextField field = robot.lookup("#dataFileField").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(file.toString());
            field.getOnAction().handle(new ActionEvent());
        });
    }

    private static List<String> warningTexts(FxRobot robot) {
        return FxWait.onFx(() -> robot.lookup("#dataWarnings").queryAs(VBox.class).lookupAll(".data-warning").stream()
                .map(n -> ((Label) n).getText())
                .toList());
    }

    private static boolean shown(FxRobot robot) {
        return FxWait.onFx(
                () -> robot.lookup("#dataWarnings").queryAs(VBox.class).isVisible());
    }

    @Test
    void aLeakedColumnIsWarnedAboutAndOneClickIgnoresIt(FxRobot robot, @TempDir Path dir) throws IOException {
        FxWait.until(DATA, "Iris to load", () -> main.model().dataReady().get());
        assertThat(shown(robot)).as("clean Iris has nothing to warn about").isFalse();

        Path leaky = dir.resolve("passengers.csv");
        Files.writeString(leaky, TestData.leakyPassengersCsv(150, 5), StandardCharsets.UTF_8);
        open(robot, leaky);

        FxWait.until(
                DATA,
                "the leak warning",
                () -> shown(robot) && !warningTexts(robot).isEmpty());
        assertThat(warningTexts(robot))
                .singleElement()
                .asString()
                .startsWith("'outcome': alone it predicts the target 'Survived'");
        Button fix = robot.lookup("#fix-leak-outcome").queryButton();
        assertThat(fix.getStyleClass()).contains("fix-button");
        assertThat(fix.getText()).isEqualTo("Ignore column");

        robot.clickOn(fix);
        FxWait.until(
                DATA,
                "the warning to go",
                () -> !shown(robot) && main.model().dataReady().get());
        assertThat(main.model().config().columnRoles()).containsEntry("outcome", ColumnRole.IGNORE);
        assertThat(main.model().dataset().schema().column("outcome").role()).isEqualTo(ColumnRole.IGNORE);
        TableView<ColumnRow> columns = robot.lookup("#columnsTable").queryTableView();
        assertThat(FxWait.onFx(() -> columns.getItems().stream()
                        .filter(c -> c.name().equals("outcome"))
                        .findFirst()
                        .orElseThrow()
                        .role()))
                .isEqualTo(ColumnRole.IGNORE);
        assertThat(warningTexts(robot)).isEmpty();
    }

    @Test
    void heavyImbalanceOffersMacroF1AndTheClickSetsTheFitness(FxRobot robot, @TempDir Path dir) throws IOException {
        FxWait.until(DATA, "Iris to load", () -> main.model().dataReady().get());
        Path skewed = dir.resolve("payments.csv");
        Random random = new Random(6);
        StringBuilder csv = new StringBuilder("amount,hour,label\n");
        for (int r = 0; r < 330; r++) {
            csv.append(String.format(
                    Locale.ROOT,
                    "%.2f,%d,%s%n",
                    10 + 90 * random.nextDouble(),
                    random.nextInt(24),
                    r % 33 == 0 ? "fraud" : "ok"));
        }
        Files.writeString(skewed, csv, StandardCharsets.UTF_8);
        open(robot, skewed);

        FxWait.until(
                DATA,
                "the imbalance warning",
                () -> shown(robot) && !warningTexts(robot).isEmpty());
        assertThat(warningTexts(robot)).singleElement().asString().startsWith("'label': heavy class imbalance");
        Node fix = robot.lookup(".fix-button").query();
        robot.clickOn(fix);

        FxWait.until(DATA, "the warning to go", () -> !shown(robot));
        assertThat(main.model().config().training().metric()).isEqualTo(FitnessMetric.MACRO_F1);
    }
}
