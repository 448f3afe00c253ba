package org.evolab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A problem lands on the field registered for its setting, whatever its message says. */
@ExtendWith(ApplicationExtension.class)
class ProblemsTest {
    private TextField population;
    private Label populationMessage;
    private TextField elitism;
    private Label elitismMessage;
    private Label fallback;
    private Problems problems;

    /** Controls are made once the toolkit runs (the test instance is made before). */
    @Start
    void start(Stage stage) {
        population = new TextField();
        populationMessage = new Label();
        elitism = new TextField();
        elitismMessage = new Label();
        fallback = new Label();
        problems = new Problems(fallback)
                .register(Setting.POPULATION, population, populationMessage)
                .register(Setting.ELITISM, elitism, elitismMessage);
        stage.setScene(
                new javafx.scene.Scene(new VBox(population, populationMessage, elitism, elitismMessage, fallback)));
        stage.show();
    }

    @Test
    void aRewordedMessageStaysOnItsField(FxRobot robot) {
        // Worded so that the text before the first colon names another setting.
        robot.interact(() -> problems.show(
                Problem.of(InvalidInputException.of(Setting.ELITISM, "population: 4 elites leave no child"))));
        assertThat(elitismMessage.isVisible()).isTrue();
        assertThat(elitismMessage.getText()).isEqualTo("Population: 4 elites leave no child");
        assertThat(elitism.getStyleClass()).contains("invalid");
        assertThat(populationMessage.isVisible()).isFalse();
        assertThat(population.getStyleClass()).doesNotContain("invalid");
        assertThat(fallback.isVisible()).isFalse();

        // A problem no field claims goes to the fallback; none clears everything.
        robot.interact(() -> problems.show(Problem.of(Setting.SEED, "a whole number")));
        assertThat(fallback.getText()).isEqualTo("Seed: a whole number");
        assertThat(elitismMessage.isVisible()).isFalse();
        robot.interact(() -> problems.show(null));
        assertThat(fallback.isVisible()).isFalse();
    }
}
