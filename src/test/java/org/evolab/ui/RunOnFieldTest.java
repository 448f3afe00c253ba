package org.evolab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.evolab.spark.SparkSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The evolution step's "Run on" in the desktop build, which has no Spark (the tests' JVM runs
 * without Spark's jars, see the pom): the cluster choice says how to add Spark, and a settings
 * file's master is kept and shown.
 */
@ExtendWith(ApplicationExtension.class)
class RunOnFieldTest {
    MainController main;

    @Start
    void start(Stage stage) {
        main = EvolabApp.show(stage);
        stage.requestFocus();
    }

    @Test
    void withoutSparkTheClusterChoiceSaysHowToAddIt(FxRobot robot, @TempDir Path dir) throws Exception {
        assertThat(SparkSupport.available())
                .as("the desktop build's class path")
                .isFalse();
        FxWait.until(Duration.ofSeconds(30), "Iris to load", () -> main.model()
                .dataReady()
                .get());
        robot.clickOn("#wizardNext").clickOn("#wizardNext");
        FxWait.until(Duration.ofSeconds(30), "the evolution step", () -> robot.lookup("#runOnChoice")
                .tryQuery()
                .isPresent());
        ChoiceBox<String> runOn = robot.lookup("#runOnChoice").query();
        TextField master = robot.lookup("#sparkMasterField").query();
        Label hint = robot.lookup("#sparkHint").queryAs(Label.class);
        assertThat(runOn.getValue()).isEqualTo("this computer");
        assertThat(master.isVisible()).isFalse();

        robot.interact(() -> runOn.setValue("a Spark cluster"));
        assertThat(hint.getText()).contains("Spark is not in this build", "-Pspark");
        assertThat(master.isVisible()).isFalse();
        assertThat(main.model().config().spark()).isNull();

        Path file = dir.resolve("settings.json");
        Files.writeString(
                file, main.model().config().withSpark("spark://head:7077").toJson());
        java.util.concurrent.atomic.AtomicBoolean applied = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> main.wizard().loadConfig(file, () -> applied.set(true)));
        FxWait.until(Duration.ofSeconds(10), "the settings file to be read", applied::get);
        FxWait.until(Duration.ofSeconds(30), "the data to load again", () -> main.model()
                .dataReady()
                .get());
        assertThat(runOn.getValue()).isEqualTo("a Spark cluster");
        assertThat(master.getText()).isEqualTo("spark://head:7077");
        assertThat(main.model().config().spark()).isEqualTo("spark://head:7077");
        robot.interact(() -> runOn.setValue("this computer"));
        assertThat(main.model().config().spark()).isNull();
    }
}
