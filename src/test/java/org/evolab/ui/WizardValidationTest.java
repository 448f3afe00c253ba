package org.evolab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.Spinners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Next and Start refuse invalid settings and say why beside the field; settings round-trip through JSON. */
@ExtendWith(ApplicationExtension.class)
class WizardValidationTest {
    MainController main;

    @Start
    void start(Stage stage) {
        main = EvolabApp.show(stage);
        stage.requestFocus();
    }

    @Test
    void anEmptyActivationChoiceBlocksNextWithAMessageBesideIt(FxRobot robot) {
        FxWait.until(Duration.ofSeconds(30), "Iris to load", () -> main.model()
                .dataReady()
                .get());
        robot.clickOn("#wizardNext");
        for (String id : new String[] {"relu", "tanh", "sigmoid", "leakyrelu", "elu"}) {
            CheckBox box = robot.lookup("#activation-" + id).query();
            if (box.isSelected()) {
                robot.clickOn(box);
            }
        }
        Button next = robot.lookup("#wizardNext").queryButton();
        assertThat(next.isDisabled()).isTrue();
        Label message = robot.lookup("#activationsMessage").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Choose at least one");
        assertThat(robot.lookup("#wizardProblem").queryAs(Label.class).getText())
                .containsIgnoringCase("activations");
        assertThat(robot.lookup("#wizardFinish").queryButton().isDisabled()).isTrue();

        robot.clickOn("#activation-relu");
        assertThat(next.isDisabled()).isFalse();
        assertThat(message.isVisible()).isFalse();
    }

    @Test
    void asManyElitesAsIndividualsDisableStartAndMarkTheElitesField(FxRobot robot) {
        FxWait.until(Duration.ofSeconds(30), "Iris to load", () -> main.model()
                .dataReady()
                .get());
        robot.clickOn("#wizardNext").clickOn("#wizardNext");
        Spinner<Integer> population = robot.lookup("#populationSpinner").query();
        Spinner<Integer> elites = robot.lookup("#elitismSpinner").query();
        robot.interact(() -> {
            Spinners.set(population, 4);
            Spinners.set(elites, 4);
        });
        Button start = robot.lookup("#startButton").queryButton();
        assertThat(start.isDisabled()).isTrue();
        Label message = robot.lookup("#elitismMessage").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("less than the population");
        assertThat(elites.getStyleClass()).contains("invalid");

        robot.interact(() -> Spinners.set(elites, 1));
        assertThat(start.isDisabled()).isFalse();
        assertThat(elites.getStyleClass()).doesNotContain("invalid");
    }

    @Test
    void aSeedThatIsNotANumberIsRefusedBesideTheField(FxRobot robot) {
        FxWait.until(Duration.ofSeconds(30), "Iris to load", () -> main.model()
                .dataReady()
                .get());
        robot.clickOn("#wizardNext").clickOn("#wizardNext");
        robot.doubleClickOn("#seedField").eraseText(6).write("abc");
        assertThat(robot.lookup("#startButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#seedMessage").queryAs(Label.class).getText()).contains("whole number");
    }

    @Test
    void savedSettingsAreTheCliConfigAndLoadBack(FxRobot robot, @TempDir Path dir) {
        FxWait.until(Duration.ofSeconds(30), "Iris to load", () -> main.model()
                .dataReady()
                .get());
        robot.clickOn("#wizardNext").clickOn("#wizardNext");
        Spinner<Integer> population = robot.lookup("#populationSpinner").query();
        robot.interact(() -> Spinners.set(population, 14));
        Path file = dir.resolve("settings.json");
        robot.interact(() -> main.wizard().saveConfig(file));
        FxWait.until(Duration.ofSeconds(10), "the settings to be written", () -> java.nio.file.Files.exists(file));

        RunConfig saved = RunConfig.read(file);
        assertThat(saved).isEqualTo(main.model().config());
        assertThat(saved.ga().populationSize()).isEqualTo(14);
        assertThat(saved.target()).isEqualTo("species");

        robot.interact(() -> Spinners.set(population, 6));
        assertThat(main.model().config().ga().populationSize()).isEqualTo(6);
        java.util.concurrent.atomic.AtomicBoolean applied = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> main.wizard().loadConfig(file, () -> applied.set(true)));
        FxWait.until(Duration.ofSeconds(10), "the settings file to be read", applied::get);
        FxWait.until(Duration.ofSeconds(30), "the data to load again", () -> main.model()
                .dataReady()
                .get());
        assertThat(population.getValue()).isEqualTo(14);
        assertThat(main.model().config()).isEqualTo(saved);
    }
}
