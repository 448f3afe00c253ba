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

/**
 * The CLI and the wizard propose one default search space and ensemble size for the same file: the
 * engine's, sized to it.
 */
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

    @Test
    void cliAndWizardAverageFiveNetworksForARegressionAndThreeForAClassifier() {
        FxWait.until(Duration.ofSeconds(30), "Iris to load", () -> main.model()
                .dataReady()
                .get());
        assertThat(FxWait.onFx(() -> main.model().config().training().ensemble()))
                .isEqualTo(3);
        Path housing = Path.of("sample-data", "housing.csv");
        FxWait.onFx(() -> {
            main.model().loadData(housing, "price_k", false);
            return null;
        });
        FxWait.until(
                Duration.ofSeconds(30),
                "housing to load",
                () -> FxWait.onFx(() -> main.model().dataReady().get()
                        && housing.toString().equals(main.model().config().data())
                        && main.model().config().training().ensemble() == 5));
        SearchSpace wizard = FxWait.onFx(() -> main.model().config().searchSpace());

        RunCommand cli = new RunCommand();
        new CommandLine(cli).parseArgs("--data", housing.toString(), "--target", "price_k", "--out", "unused.zip");
        assertThat(cli.buildConfig().training().ensemble()).isEqualTo(5);
        assertThat(cli.buildConfig().searchSpace()).isEqualTo(wizard);

        RunCommand asked = new RunCommand();
        new CommandLine(asked)
                .parseArgs(
                        "--data", housing.toString(), "--target", "price_k", "--ensemble", "2", "--out", "unused.zip");
        assertThat(asked.buildConfig().training().ensemble()).isEqualTo(2);

        // Back to a classifier: the proposal follows, since the user never changed it.
        FxWait.onFx(() -> {
            main.model().loadData(Path.of("sample-data", "iris.csv"), "species", false);
            return null;
        });
        FxWait.until(
                Duration.ofSeconds(30),
                "Iris to load again",
                () -> FxWait.onFx(() -> main.model().config().training().ensemble() == 3));
    }
}
