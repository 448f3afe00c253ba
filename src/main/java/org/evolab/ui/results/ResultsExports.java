package org.evolab.ui.results;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.evolab.ui.common.Dialogs;
import org.evolab.ui.common.StatusMessages;

/**
 * The Results screen's export bar: the path field, the buttons, the file choosers and the
 * confirmation, bound to the {@link ResultsViewModel}, which checks and writes (off the FX
 * thread). {@link ResultsController}'s FXML handlers delegate to it.
 */
final class ResultsExports {
    private final ResultsViewModel viewModel;
    private final TextField exportPathField;
    private final Supplier<Map<String, byte[]>> snapshots;
    private final Supplier<Parent> view;

    ResultsExports(
            ResultsViewModel viewModel,
            TextField exportPathField,
            Button exportButton,
            MenuButton moreExportsButton,
            Label exportMessage,
            Supplier<Map<String, byte[]>> snapshots,
            Supplier<Parent> view) {
        this.viewModel = viewModel;
        this.exportPathField = exportPathField;
        this.snapshots = snapshots;
        this.view = view;
        exportPathField.textProperty().bindBidirectional(viewModel.exportPathProperty());
        exportButton.disableProperty().bind(viewModel.bundleExportableProperty().not());
        moreExportsButton.disableProperty().bind(viewModel.resultProperty().isNull());
        StatusMessages.show(exportMessage, viewModel.exportMessageProperty().get());
        viewModel.exportMessageProperty().addListener((o, old, m) -> StatusMessages.show(exportMessage, m));
        exportMessage.managedProperty().bind(exportMessage.textProperty().isNotEmpty());
        exportMessage.visibleProperty().bind(exportMessage.textProperty().isNotEmpty());
        exportButton.setTooltip(new Tooltip(
                "Write the best network with its preprocessing, run record and charts " + "as one .zip bundle"));
        exportPathField.setTooltip(new Tooltip("Where the model bundle is written"));
    }

    void browseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the model bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Evolab model bundle (*.zip)", "*.zip"));
        Path current = viewModel.exportFile();
        if (current != null) {
            File dir = current.toAbsolutePath().getParent() == null
                    ? null
                    : current.toAbsolutePath().getParent().toFile();
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
        ResultsViewModel.BundleTarget target = viewModel.bundleTarget();
        if (target == null
                || target.exists()
                        && !Dialogs.confirm(
                                view.get(),
                                "Replace the existing file?",
                                target.file() + " already exists. Replace it with this model?",
                                "Replace")) {
            return;
        }
        Map<String, byte[]> pictures;
        try {
            pictures = snapshots.get();
        } catch (RuntimeException e) {
            // A bundle without pictures is still a good bundle.
            pictures = Map.of();
        }
        viewModel.writeBundle(target, pictures);
    }

    void exportHistory() {
        Path file = chooseFile("Save the history as CSV", "history.csv", "CSV files (*.csv)", "*.csv");
        if (file != null) {
            viewModel.writeHistoryCsv(file);
        }
    }

    void exportLeaderboard() {
        Path file = chooseFile("Save the leaderboard as CSV", "leaderboard.csv", "CSV files (*.csv)", "*.csv");
        if (file != null) {
            viewModel.writeLeaderboardCsv(file);
        }
    }

    void exportFitnessPng() {
        Path file = chooseFile(
                "Save the fitness chart as PNG", ResultsController.FITNESS_PNG, "PNG images (*.png)", "*.png");
        if (file != null) {
            exportPng(ResultsController.FITNESS_PNG, file);
        }
    }

    void exportTopologyPng() {
        Path file = chooseFile(
                "Save the network diagram as PNG", ResultsController.TOPOLOGY_PNG, "PNG images (*.png)", "*.png");
        if (file != null) {
            exportPng(ResultsController.TOPOLOGY_PNG, file);
        }
    }

    /** The picture is taken here, on the FX thread; the view model writes it off it. */
    void exportPng(String which, Path file) {
        byte[] png = snapshots.get().get(which);
        viewModel.write(file, () -> png);
    }

    private Path chooseFile(String title, String name, String filter, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, pattern));
        Path bundle = viewModel.exportFile();
        if (bundle != null
                && bundle.toAbsolutePath().getParent() != null
                && Files.isDirectory(bundle.toAbsolutePath().getParent())) {
            chooser.setInitialDirectory(bundle.toAbsolutePath().getParent().toFile());
        }
        File f = chooser.showSaveDialog(view.get().getScene().getWindow());
        return f == null ? null : f.toPath();
    }
}
