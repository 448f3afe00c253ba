package org.evolab.ui;

import java.io.InputStream;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.evolab.data.sample.SampleData;
import org.evolab.ui.common.WizardModel;

/**
 * The desktop lab. {@link #launchGui} is what {@code org.evolab.Launcher} calls without
 * arguments; tests call {@link #show(Stage)} on a stage of their own.
 *
 * <p>The README's screenshots are taken by {@code ScreenshotTour} in the test sources
 * (README, "Development"): documentation tooling, not shipped.
 */
public final class EvolabApp extends Application {
    public static final String STYLESHEET = "/org/evolab/ui/evolab.css";
    /** Seconds a cancelled run may take to wind down before the window closes anyway. */
    static final double CLOSE_GRACE_SECONDS = 10;

    private MainController main;

    /** Kept so that the filter below is not collected with an otherwise unreferenced logger. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    /** Opens the window and returns when it is closed. */
    public static void launchGui(String[] args) {
        // JavaFX warns at every start that its classes came from the class path: that is how the
        // jar ships (Launcher's comment), works, and is nothing a user can act on; other warnings stay
        JAVAFX_LOG.setFilter(
                r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        Application.launch(EvolabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        main = show(stage, null);
    }

    @Override
    public void stop() {
        if (main != null && main.run().isRunning()) {
            main.run().cancel();
        }
    }

    /** Builds the lab in {@code stage} and shows it. */
    public static MainController show(Stage stage) {
        return show(stage, null);
    }

    /** As {@link #show(Stage)}, at {@code size} ({width, height}) or, when null, a size that fits the screen. */
    static MainController show(Stage stage, double[] size) {
        WizardModel model = new WizardModel(SampleData.list(SampleData.locateSampleDir()));
        MainController main = new MainController(model);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = size != null ? size[0] : Math.min(1360, screen.getWidth());
        double height = size != null ? size[1] : Math.min(860, screen.getHeight());
        Scene scene = new Scene(main.view(), width, height);
        scene.getStylesheets().add(EvolabApp.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Evolab — visual evolution lab");
        for (int s : new int[] {16, 32, 64, 128, 256}) {
            Image icon = icon(s);
            if (icon != null) {
                stage.getIcons().add(icon);
            }
        }
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (main.run().isRunning()) {
                // Closing mid-run: cancel cleanly, then close once the run has stopped.
                e.consume();
                main.run().cancelThen(stage::close);
                PauseTransition grace = new PauseTransition(Duration.seconds(CLOSE_GRACE_SECONDS));
                grace.setOnFinished(x -> {
                    if (stage.isShowing() && main.run().isRunning()) {
                        stage.close();
                        if (Platform.isImplicitExit()) {
                            Platform.exit();
                        }
                    }
                });
                grace.play();
            }
        });
        stage.show();
        // The run screen is built while the user is still in the wizard, not when Start is clicked
        // (its FXML, charts and tables took the FX thread for a good part of a second there).
        Platform.runLater(() -> main.run().view());
        // Loading and initialising the run's classes (the DL4J trainer's, the run folder's JSON)
        // took ~300 ms of the FX thread when the first run was made; a throwaway run made here on
        // a background thread (it reads and writes nothing) costs the window nothing.
        Thread warmUp = new Thread(
                () -> {
                    try {
                        new org.evolab.run.EvolutionRun(
                                        WizardModel.initialConfig().withData("(warm-up)"), null)
                                .runFolder(Path.of("(warm-up)"));
                    } catch (RuntimeException ignored) {
                        // only a warm-up: the real run reports its own problems
                    }
                },
                "evolab-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        return main;
    }

    /** The app icon at about {@code size} pixels, from the class path; null if missing. */
    public static Image icon(int size) {
        String name = size >= 256 ? "icon.png" : "icon-" + size + ".png";
        try (InputStream in = EvolabApp.class.getResourceAsStream(name)) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
