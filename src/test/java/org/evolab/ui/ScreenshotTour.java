package org.evolab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.evolab.evolution.GaSettings;
import org.evolab.genome.DoubleRange;
import org.evolab.genome.IntRange;
import org.evolab.genome.SearchSpace;
import org.evolab.ui.common.Snapshots;

/**
 * Takes the README's screenshots: opens the lab at a fixed size, steps through the wizard, runs a
 * small search on a sample, writes a PNG of the window at each stage to DIR, then exits.
 * Documentation tooling, kept in the test sources so that it does not ship; the command is in
 * the README ("Development"). {@code -Devolab.screenshots.sample=NAME} tours another
 * bundled sample (its files get the prefix {@code NAME-}).
 */
public final class ScreenshotTour {
    /** Gives up on a stage that never becomes ready (a broken build must not hang a script). */
    static final long STAGE_TIMEOUT_MILLIS = 240_000;

    private record Stage2(BooleanSupplier ready, long settleMillis, Runnable action) {}

    private final MainController main;
    private final Stage stage;
    private final Path dir;
    private final Deque<Stage2> stages = new ArrayDeque<>();
    private long readySince = -1;
    private long stageStart = System.currentTimeMillis();
    private Timeline timer;

    ScreenshotTour(MainController main, Stage stage, Path dir) {
        this.main = main;
        this.stage = stage;
        this.dir = dir;
    }

    /** {@code ScreenshotTour DIR}: the folder to write the PNGs to. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ScreenshotTour DIR (the folder for the PNGs, e.g. assets/screenshots)");
            System.exit(2);
        }
        // As Launcher does before anything touches ND4J (see there).
        org.evolab.fitness.ReachableOpExecutioner.install();
        System.setProperty("org.bytedeco.javacpp.maxBytes", System.getProperty("org.bytedeco.javacpp.maxBytes", "0"));
        System.setProperty(
                "org.bytedeco.javacpp.maxPhysicalBytes",
                System.getProperty("org.bytedeco.javacpp.maxPhysicalBytes", "0"));
        javafx.application.Application.launch(Window.class, args);
        // Training threads of the tour's run must not keep the JVM alive.
        System.exit(0);
    }

    /** The lab's window at the README's screenshot size, touring itself. */
    public static final class Window extends javafx.application.Application {
        @Override
        public void start(Stage stage) {
            MainController main = EvolabApp.show(stage, new double[] {1366, 738});
            new ScreenshotTour(main, stage, Path.of(getParameters().getRaw().get(0))).start();
        }
    }

    void start() {
        var model = main.model();
        var ready = model.dataReady();
        String sample = System.getProperty("evolab.screenshots.sample", "iris");
        String prefix = sample.equals("iris") ? "" : sample + "-";
        if (!sample.equals("iris")) {
            then(ready::get, 300, () -> model.samples().stream()
                    .filter(s -> s.name().equals(sample))
                    .findFirst()
                    .ifPresent(s -> main.dataStep().openFile(s.file())));
        }
        then(ready::get, 1200, () -> {
            model.update(
                    c -> c.withGa(GaSettings.defaults().withPopulationSize(10).withGenerations(6))
                            .withSearchSpace(new SearchSpace(
                                    new IntRange(1, 3),
                                    new IntRange(4, 48),
                                    c.searchSpace().activations(),
                                    new DoubleRange(2e-3, 5e-2),
                                    c.searchSpace().optimizers(),
                                    List.of(16, 32),
                                    new DoubleRange(0.0, 0.2),
                                    new DoubleRange(0.0, 1e-4),
                                    new IntRange(10, 40))));
            snap(prefix + "wizard-data.png");
            main.wizard().showStep(1);
        });
        then(() -> true, 800, () -> {
            snap(prefix + "wizard-search.png");
            main.wizard().showStep(2);
        });
        then(() -> true, 800, () -> {
            snap(prefix + "wizard-evolution.png");
            main.startRun();
        });
        then(() -> main.run().monitor().generationsDoneProperty().get() >= 3, 400, () -> snap(prefix + "run.png"));
        then(() -> !main.run().isRunning(), 1500, () -> {
            main.run().showResultsTab();
        });
        then(() -> true, 800, () -> {
            snap(prefix + "results.png");
            main.run().results().showAnalysis();
        });
        then(() -> stage.getScene().lookup("#paretoChart") != null, 1200, () -> {
            // the whole Analysis tab, every chart, not the part of it the window shows
            write(prefix + "analysis.png", () -> Snapshots.png(stage.getScene().lookup(".analysis-content")));
            main.run().showLiveTab();
        });
        then(() -> true, 800, () -> {
            snap(prefix + "run-finished.png");
            Platform.exit();
        });
        timer = new Timeline(new KeyFrame(Duration.millis(200), e -> tick()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
    }

    private void then(BooleanSupplier ready, long settleMillis, Runnable action) {
        stages.add(new Stage2(ready, settleMillis, action));
    }

    private void tick() {
        Stage2 next = stages.peek();
        if (next == null) {
            timer.stop();
            return;
        }
        long now = System.currentTimeMillis();
        if (now - stageStart > STAGE_TIMEOUT_MILLIS) {
            System.err.println("screenshot tour: a stage did not become ready in time; exiting");
            Platform.exit();
            return;
        }
        if (!next.ready().getAsBoolean()) {
            readySince = -1;
            return;
        }
        if (readySince < 0) {
            readySince = now;
        }
        if (now - readySince >= next.settleMillis()) {
            stages.poll();
            readySince = -1;
            stageStart = now;
            // Outside the animation pulse, so an action may open a dialog.
            Platform.runLater(next.action());
        }
    }

    private void snap(String name) {
        write(name, () -> Snapshots.encode(stage.getScene().snapshot(null)));
    }

    private void write(String name, java.util.function.Supplier<byte[]> png) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), png.get());
            System.out.println("screenshot: " + dir.resolve(name));
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
        }
    }
}
