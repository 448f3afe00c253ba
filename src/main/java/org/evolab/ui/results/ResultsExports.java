package org.evolab.ui.results;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import org.evolab.run.BundleExport;
import org.evolab.run.RunReports;
import org.evolab.run.RunResult;
import org.evolab.ui.common.Background;
import org.evolab.ui.common.Dialogs;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.StatusMessages;
import org.evolab.ui.common.UserMessages;

/**
 * The Results screen's export bar: the model bundle (path, browse, write in the background) and
 * the other exports (history and leaderboard as CSV, the live views as PNG), with their message.
 * Wired to the screen's nodes here; {@link ResultsController}'s FXML handlers delegate to it.
 */
final class ResultsExports {
    private final TextField exportPathField;
    private final Button exportButton;
    private final MenuButton moreExportsButton;
    private final Label exportMessage;
    private final Supplier<RunResult> run;
    private final Supplier<Map<String, byte[]>> snapshots;
    private final Supplier<Parent> view;

    ResultsExports(TextField exportPathField, Button exportButton, MenuButton moreExportsButton, Label exportMessage,
                   Supplier<RunResult> run, Supplier<Map<String, byte[]>> snapshots, Supplier<Parent> view) {
        this.exportPathField = exportPathField;
        this.exportButton = exportButton;
        this.moreExportsButton = moreExportsButton;
        this.exportMessage = exportMessage;
        this.run = run;
        this.snapshots = snapshots;
        this.view = view;
        exportMessage.managedProperty().bind(exportMessage.textProperty().isNotEmpty());
        exportMessage.visibleProperty().bind(exportMessage.textProperty().isNotEmpty());
        exportButton.setTooltip(new Tooltip("Write the best network with its preprocessing, run record and charts "
                + "as one .zip bundle"));
        exportPathField.setTooltip(new Tooltip("Where the model bundle is written"));
    }

    void clear() {
        StatusMessages.plain(exportMessage, "");
        exportButton.setDisable(true);
        moreExportsButton.setDisable(true);
    }

    /** Enables what {@code r} can export and proposes a bundle path. */
    void show(RunResult r) {
        boolean exportable = r.completed() && r.model() != null;
        exportButton.setDisable(!exportable);
        moreExportsButton.setDisable(false);
        if (!exportable) {
            exportMessage.setText("There is no trained model to export: the run " + r.status().name().toLowerCase(Locale.ROOT)
                    + ". The history and leaderboard can still be saved.");
            exportMessage.getStyleClass().setAll("message");
        } else {
            exportMessage.setText("");
        }
        exportPathField.setText(defaultExportPath(r).toString());
    }

    /** The bundle path typed in, or null when blank or not a path. */
    Path exportPath() {
        return parsePath(exportPathField.getText());
    }

    static Path defaultExportPath(RunResult r) {
        String name = r.data() == null ? "model" : r.data().table().name();
        name = name.replaceAll("(?i)\\.(csv|tsv|txt)$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        return Path.of(System.getProperty("user.home"), "evolab-models", name + "-" + stamp + ".zip");
    }

    void browseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the model bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Evolab model bundle (*.zip)", "*.zip"));
        Path current = parsePath(exportPathField.getText());
        if (current != null) {
            File dir = current.toAbsolutePath().getParent() == null ? null : current.toAbsolutePath().getParent().toFile();
            if (dir != null && dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
            chooser.setInitialFileName(current.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(view.get().getScene().getWindow());
        if (chosen != null) {
            String path = chosen.toString();
            exportPathField.setText(path.toLowerCase(Locale.ROOT).endsWith(".zip") ? path : path + ".zip");
        }
    }

    void export() {
        RunResult result = run.get();
        if (result == null || !result.completed() || result.model() == null) {
            error("There is no trained model to export.");
            return;
        }
        Path target = parsePath(exportPathField.getText());
        if (target == null) {
            error("Give the path of a .zip file to write the bundle to.");
            return;
        }
        if (Files.isDirectory(target)) {
            error(target + " is a folder: give a .zip file name.");
            return;
        }
        boolean overwrite = false;
        if (Files.exists(target)) {
            if (!Dialogs.confirm(view.get(), "Replace the existing file?", target + " already exists. Replace it with this model?",
                    "Replace")) {
                return;
            }
            overwrite = true;
        }
        Map<String, byte[]> images;
        try {
            images = snapshots.get();
        } catch (RuntimeException e) {
            // A bundle without pictures is still a good bundle.
            images = Map.of();
        }
        Map<String, byte[]> pictures = images;
        RunResult toWrite = result;
        boolean replace = overwrite;
        exportButton.setDisable(true);
        StatusMessages.plain(exportMessage, "Writing " + target.getFileName() + "…");
        Background.run(() -> {
            BundleExport.write(toWrite, target, replace, pictures);
            return Files.size(target);
        }).onSuccess(size -> {
            exportButton.setDisable(false);
            ok(String.format(Locale.ROOT, "Saved %s (%s KB). Use it with: evolab predict --model %s", target,
                    Formats.count(Math.max(1, size / 1024)), target.getFileName()));
        }).onFailure(e -> {
            exportButton.setDisable(false);
            error("The bundle was not written: " + UserMessages.of(e));
        }).start();
    }

    private static Path parsePath(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.startsWith("~" + File.separator)) {
            t = System.getProperty("user.home") + t.substring(1);
        }
        try {
            return Path.of(t);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void ok(String message) {
        StatusMessages.ok(exportMessage, message);
    }

    private void error(String message) {
        StatusMessages.error(exportMessage, message);
    }

    void exportHistory() {
        Path file = chooseFile("Save the history as CSV", "history.csv", "CSV files (*.csv)", "*.csv");
        if (file != null) {
            exportHistoryCsv(file);
        }
    }

    void exportLeaderboard() {
        Path file = chooseFile("Save the leaderboard as CSV", "leaderboard.csv", "CSV files (*.csv)", "*.csv");
        if (file != null) {
            exportLeaderboardCsv(file);
        }
    }

    void exportFitnessPng() {
        Path file = chooseFile("Save the fitness chart as PNG", ResultsController.FITNESS_PNG, "PNG images (*.png)", "*.png");
        if (file != null) {
            exportPng(ResultsController.FITNESS_PNG, file);
        }
    }

    void exportTopologyPng() {
        Path file = chooseFile("Save the network diagram as PNG", ResultsController.TOPOLOGY_PNG, "PNG images (*.png)", "*.png");
        if (file != null) {
            exportPng(ResultsController.TOPOLOGY_PNG, file);
        }
    }

    void exportPng(String which, Path file) {
        write(file, snapshots.get().get(which));
    }

    void exportHistoryCsv(Path file) {
        write(file, RunReports.historyCsv(run.get().history()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void exportLeaderboardCsv(Path file) {
        write(file, RunReports.leaderboardCsv(run.get().leaderboard()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void write(Path file, byte[] bytes) {
        try {
            org.evolab.util.AtomicFiles.write(file, out -> out.write(bytes));
            ok("Saved " + file);
        } catch (IOException e) {
            error(org.evolab.util.WriteFaults.cannotWrite(file, "the file", e).getMessage());
        }
    }

    private Path chooseFile(String title, String name, String filter, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, pattern));
        Path bundle = parsePath(exportPathField.getText());
        if (bundle != null && bundle.toAbsolutePath().getParent() != null
                && Files.isDirectory(bundle.toAbsolutePath().getParent())) {
            chooser.setInitialDirectory(bundle.toAbsolutePath().getParent().toFile());
        }
        File f = chooser.showSaveDialog(view.get().getScene().getWindow());
        return f == null ? null : f.toPath();
    }
}
