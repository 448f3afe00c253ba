package org.evolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.stage.Stage;
import org.evolab.genome.SearchSpace;
import org.evolab.ui.EvolabApp;
import org.evolab.ui.FxWait;
import org.evolab.ui.MainController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import picocli.CommandLine;

/** The CLI and the wizard propose one default search space for the same file: the engine's, sized to it. */
@ExtendWith(ApplicationExtension.class)
class DefaultSpaceAgreementTest {
    MainController main;

    @Start
    void start(Stage stage) {
        main = EvolabApp.show(stage);
        stage.requestFocus();
    }

    @Test
    void cliAndWizardProposeTheSameSpaceForIris() {
        FxWait.until(Duration.ofSeconds(30), "Iris to load", () -> main.model()
                .dataReady()
                .get());
        SearchSpace wizard = FxWait.onFx(() -> main.model().config().searchSpace());

        RunCommand cli = new RunCommand();
        new CommandLine(cli)
                .parseArgs(
                        "--data",
                        Path.of("sample-data", "iris.csv").toString(),
                        "--target",
                        "species",
                        "--out",
                        "unused.zip");
        SearchSpace fromCli = cli.buildConfig().searchSpace();

        assertThat(fromCli).isEqualTo(wizard);
        // Sized to Iris (105 training rows, 4 inputs, 3 classes), not the generic 1..10 x 10..100.
        assertThat(wizard.layers().max()).isEqualTo(3);
        assertThat(wizard.batchSizes()).containsExactly(16, 32);
        assertThat(wizard.neurons().max()).isEqualTo(128);
    }
}
