package org.evolab.ui.results;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.evolab.data.schema.TaskType;
import org.evolab.fitness.Refit;
import org.evolab.run.BundleExport;
import org.evolab.run.ChosenModel;
import org.evolab.run.Evaluation;
import org.evolab.run.RunControl;
import org.evolab.run.RunResult;
import org.evolab.ui.common.Background;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.StatusMessages;
import org.evolab.ui.common.UserMessages;

/**
 * "Retrain &amp; export" of any genome of a finished run, not only its best: the genome is retrained
 * on the training and validation rows for the epochs its search training chose
 * ({@link ChosenModel#retrain}), tested, and written as a model bundle like the run's own export.
 * The training runs off the FX thread; a progress bar counts its epochs and a button cancels it.
 */
final class GenomeExport {
    private final Supplier<RunResult> run;
    private final Supplier<Map<String, byte[]>> snapshots;
    private final Supplier<Path> exportPath;
    private final HBox node = new HBox(8);
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button("Cancel retraining");
    private RunControl control;

    /**
     * @param snapshots  PNGs of the live views by file name (only the fitness chart goes in: the
     *                   diagram shows the best network, not the exported one)
     * @param exportPath the path in the export field, whose folder and name the bundle's default follows
     */
    GenomeExport(Supplier<RunResult> run, Supplier<Map<String, byte[]>> snapshots, Supplier<Path> exportPath) {
        this.run = run;
        this.snapshots = snapshots;
        this.exportPath = exportPath;
        status.setId("genomeExportStatus");
        status.setWrapText(true);
        status.getStyleClass().add("message");
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        progress.setId("genomeExportProgress");
        progress.setPrefWidth(160);
        cancel.setId("cancelRetrainButton");
        cancel.setOnAction(e -> {
            if (control != null) {
                control.cancel();
            }
        });
        node.getStyleClass().add("export-row");
        node.getChildren().addAll(progress, cancel, status);
        showIdle("");
    }

    Node node() {
        return node;
    }

    boolean busy() {
        return control != null;
    }

    /** Whether {@code e} can be retrained: the run is over, has its prepared data, and {@code e} was scored. */
    boolean canRetrain(Evaluation e) {
        RunResult r = run.get();
        return e != null
                && r != null
                && r.data() != null
                && r.config() != null
                && Double.isFinite(e.fitness())
                && !busy();
    }

    /** Asks where to write the bundle of {@code chosen}, then retrains and exports it. */
    void chooseAndExport(Evaluation chosen, Node owner) {
        if (!canRetrain(chosen)) {
            showIdle(why(chosen));
            return;
        }
        Path suggested = defaultTarget(chosen);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Retrain " + chosen.individual().id() + " and export its bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Evolab model bundle (*.zip)", "*.zip"));
        Path dir = suggested.toAbsolutePath().getParent();
        if (dir != null && Files.isDirectory(dir)) {
            chooser.setInitialDirectory(dir.toFile());
        }
        chooser.setInitialFileName(suggested.getFileName().toString());
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        if (file != null) {
            String p = file.toString();
            // the chooser asked about replacing an existing file already
            export(chosen, Path.of(p.toLowerCase(Locale.ROOT).endsWith(".zip") ? p : p + ".zip"), true);
        }
    }

    /** The bundle's default: beside the export field's, named after it and the individual. */
    Path defaultTarget(Evaluation chosen) {
        Path base = exportPath.get();
        String id = chosen.individual().id().replaceAll("[^A-Za-z0-9._-]", "_");
        if (base == null || base.getFileName() == null) {
            return Path.of(System.getProperty("user.home"), "evolab-models", id + ".zip");
        }
        String name = base.getFileName().toString().replaceAll("(?i)\\.zip$", "");
        Path parent = base.toAbsolutePath().getParent();
        return parent.resolve(name + "-" + id + ".zip");
    }

    /** Retrains {@code chosen} off the FX thread and writes its bundle to {@code target}. */
    void export(Evaluation chosen, Path target, boolean overwrite) {
        if (!canRetrain(chosen)) {
            showIdle(why(chosen));
            return;
        }
        if (Files.isDirectory(target)) {
            error(target + " is a folder: give a .zip file name.");
            return;
        }
        if (!overwrite && Files.exists(target)) {
            error(target + " already exists: choose another file name.");
            return;
        }
        RunResult source = run.get();
        Map<String, byte[]> pictures = fitnessPicture();
        int epochs = ChosenModel.epochs(chosen);
        // A refit on every labelled row trains the genome a second time, for as many epochs.
        boolean refit = source.config().training().refit() == Refit.ALL;
        int total = refit ? 2 * epochs : epochs;
        String id = chosen.individual().id();
        RunControl c = new RunControl();
        control = c;
        progress.setProgress(0);
        setBusy(true);
        StatusMessages.plain(
                status, "Retraining " + id + " for " + epochs + " epochs on the training and validation rows…");
        AtomicInteger begun = new AtomicInteger();
        AtomicBoolean pending = new AtomicBoolean();
        Background.run(() -> {
                    RunResult retrained = ChosenModel.retrain(source, chosen, c, n -> {
                        begun.set(n);
                        // at most one update waiting on the FX thread, however fast the epochs go
                        if (pending.compareAndSet(false, true)) {
                            Platform.runLater(() -> {
                                pending.set(false);
                                progress.setProgress(Math.min(1, begun.get() / (double) total));
                                status.setText(
                                        begun.get() <= epochs
                                                ? "Retraining " + id + ": epoch " + begun.get() + " of " + epochs + "…"
                                                : "Refitting " + id + " on every labelled row: epoch "
                                                        + (begun.get() - epochs) + " of " + epochs + "…");
                            });
                        }
                    });
                    Platform.runLater(() -> status.setText("Testing and writing " + target.getFileName() + "…"));
                    BundleExport.write(retrained, target, overwrite, pictures);
                    return retrained;
                })
                .onDone(() -> {
                    control = null;
                    setBusy(false);
                })
                .onSuccess(retrained -> ok(String.format(
                        Locale.ROOT,
                        "Saved %s: %s retrained for %d epochs, test %s %s%s.",
                        target,
                        id,
                        epochs,
                        retrained.test().headlineName(),
                        retrained.test().task() == TaskType.CLASSIFICATION
                                ? Formats.percent(retrained.test().headline())
                                : Formats.score(retrained.test().headline()),
                        retrained.refitted()
                                ? " (before the refit on all "
                                        + retrained.model().trainingRows() + " labelled rows that the bundle holds)"
                                : "")))
                .onFailure(e -> error((c.isCancelled()
                                ? "Retraining " + id + " was cancelled"
                                : "The bundle of " + id + " was not written: " + UserMessages.of(e))
                        + (c.isCancelled() ? "." : "")))
                .start();
    }

    private Map<String, byte[]> fitnessPicture() {
        try {
            byte[] fitness = snapshots.get().get(ResultsController.FITNESS_PNG);
            return fitness == null ? Map.of() : Map.of(ResultsController.FITNESS_PNG, fitness);
        } catch (RuntimeException e) {
            return Map.of(); // a bundle without pictures is still a good bundle
        }
    }

    private String why(Evaluation chosen) {
        if (busy()) {
            return "A genome is being retrained: wait for it or cancel it first.";
        }
        if (chosen == null) {
            return "Select a genome in the leaderboard (or a point of the Pareto front) first.";
        }
        if (!Double.isFinite(chosen.fitness())) {
            return chosen.individual().id() + " failed to train in the search: there is nothing to retrain.";
        }
        return "This run has no prepared data to retrain on.";
    }

    private void setBusy(boolean busy) {
        progress.setVisible(busy);
        progress.setManaged(busy);
        cancel.setVisible(busy);
        cancel.setManaged(busy);
    }

    private void showIdle(String message) {
        setBusy(busy());
        StatusMessages.plain(status, message);
    }

    private void ok(String message) {
        StatusMessages.ok(status, message);
    }

    private void error(String message) {
        StatusMessages.error(status, message);
    }

    /** Cancels a retraining in progress (a new run starts) and empties the status. */
    void clear() {
        if (control != null) {
            control.cancel();
        }
        showIdle("");
    }
}
