package org.evolab.ui.results;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.evolab.data.TaskType;
import org.evolab.fitness.FinalModel;
import org.evolab.genome.Genome;
import org.evolab.run.BundleExport;
import org.evolab.run.Evaluation;
import org.evolab.run.RunReports;
import org.evolab.run.RunResult;
import org.evolab.run.RunStatus;
import org.evolab.run.TestReport;
import org.evolab.ui.common.Background;
import org.evolab.ui.common.Dialogs;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.UserMessages;
import org.evolab.ui.common.Views;
import org.evolab.ui.run.FitnessPlot;
import org.evolab.ui.run.RunMonitor;

/**
 * The results of a run: the leaderboard, the best genome and its lineage, the test metrics, and
 * the exports (the model bundle with snapshots of the live views, the history as CSV, the charts
 * as PNG).
 */
public final class ResultsController {
    /** Lineage nodes shown at most; a long run's ancestry is a large graph. */
    static final int LINEAGE_NODES = 120;

    /** A leaderboard line: the rank is fixed, so it stays right when the table is sorted otherwise. */
    public record Row(int rank, Evaluation evaluation) {
    }

    public static final String FITNESS_PNG = "fitness.png";
    public static final String TOPOLOGY_PNG = "topology.png";

    /** PNG snapshots of the live views by file name. */
    private final Supplier<Map<String, byte[]>> snapshots;
    private Parent view;
    private RunResult result;
    private RunMonitor monitor;
    private ResultsAnalysis analysis;

    @FXML private Label outcomeLabel;
    @FXML private Label outcomeDetail;
    @FXML private Label validationCaption;
    @FXML private Label validationValue;
    @FXML private Label testCaption;
    @FXML private Label testValue;
    @FXML private Label evaluationsValue;
    @FXML private Label evaluationsDetail;
    @FXML private Label timeValue;
    @FXML private TableView<Row> leaderboardTable;
    @FXML private TableColumn<Row, Integer> rankColumn;
    @FXML private TableColumn<Row, String> idColumn;
    @FXML private TableColumn<Row, Double> fitnessColumn;
    @FXML private TableColumn<Row, String> layersColumn;
    @FXML private TableColumn<Row, String> trainingColumn;
    @FXML private TableColumn<Row, Long> paramsColumn;
    @FXML private TableColumn<Row, Double> epochsColumn;
    @FXML private TableColumn<Row, Integer> bornColumn;
    @FXML private TableColumn<Row, String> parentsColumn;
    @FXML private TreeView<Lineage.Node> lineageTree;
    @FXML private Label lineageSummary;
    @FXML private GridPane bestDetails;
    @FXML private Label testSummary;
    @FXML private StackPane testChartHolder;
    @FXML private TextField exportPathField;
    @FXML private Button exportBrowseButton;
    @FXML private Button exportButton;
    @FXML private MenuButton moreExportsButton;
    @FXML private Label exportMessage;
    @FXML private javafx.scene.control.TabPane resultsTabs;
    @FXML private javafx.scene.control.Tab analysisTab;
    @FXML private Button exportGenomeButton;
    @FXML private StackPane genomeExportHolder;

    public ResultsController(Supplier<Map<String, byte[]>> snapshots) {
        this.snapshots = snapshots;
    }

    public Parent view() {
        if (view == null) {
            view = Views.load("Results.fxml", this);
        }
        return view;
    }

    @FXML
    private void initialize() {
        rankColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        idColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().evaluation().individual().id()));
        fitnessColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().evaluation().fitness()));
        fitnessColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Formats.score(v));
            }
        });
        layersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Formats.layers(c.getValue().evaluation().individual().genome().layers())));
        trainingColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Formats.training(c.getValue().evaluation().individual().genome())));
        paramsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().evaluation().result().parameters()));
        epochsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().evaluation().result().epochs()));
        epochsColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Formats.epochs(v));
            }
        });
        bornColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().evaluation().individual().generation()));
        parentsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                String.join(" + ", c.getValue().evaluation().individual().parentIds())));
        leaderboardTable.setRowFactory(tv -> {
            javafx.scene.control.TableRow<Row> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(Row item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(empty || item == null ? null
                            : new Tooltip(Formats.genomeBlock(item.evaluation().individual().genome())));
                }
            };
            analysis.decorate(row);
            return row;
        });
        leaderboardTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                showLineage(row.evaluation());
            }
        });
        lineageTree.setCellFactory(tv -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Lineage.Node node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : describe(node));
            }
        });
        exportMessage.managedProperty().bind(exportMessage.textProperty().isNotEmpty());
        exportMessage.visibleProperty().bind(exportMessage.textProperty().isNotEmpty());
        exportButton.setTooltip(new Tooltip("Write the best network with its preprocessing, run record and charts "
                + "as one .zip bundle"));
        exportPathField.setTooltip(new Tooltip("Where the model bundle is written"));
        analysis = new ResultsAnalysis(resultsTabs, analysisTab, leaderboardTable, exportGenomeButton,
                genomeExportHolder, () -> result, snapshots, () -> parsePath(exportPathField.getText()));
        reset();
    }

    /** Empties every view (a new run starts). */
    public void clear() {
        view();
        reset();
    }

    private void reset() {
        result = null;
        monitor = null;
        leaderboardTable.getItems().clear();
        lineageTree.setRoot(null);
        lineageSummary.setText("");
        bestDetails.getChildren().clear();
        testSummary.setText("");
        testChartHolder.getChildren().clear();
        outcomeLabel.setText("–");
        outcomeDetail.setText("");
        validationValue.setText("–");
        testValue.setText("–");
        evaluationsValue.setText("–");
        evaluationsDetail.setText("");
        timeValue.setText("–");
        exportMessage.setText("");
        exportMessage.getStyleClass().removeAll("message-error", "message-ok");
        exportButton.setDisable(true);
        moreExportsButton.setDisable(true);
        analysis.clear();
    }

    /** Shows a finished run (completed, cancelled or failed). */
    public void show(RunResult r, RunMonitor runMonitor) {
        view();
        this.result = r;
        this.monitor = runMonitor;
        outcomeLabel.setText(switch (r.status()) {
            case COMPLETED -> "Completed";
            case CANCELLED -> "Cancelled";
            case FAILED -> "Failed";
        });
        outcomeLabel.getStyleClass().removeAll("ok", "warning", "error");
        outcomeLabel.getStyleClass().add(r.status() == RunStatus.COMPLETED ? "ok"
                : r.status() == RunStatus.CANCELLED ? "warning" : "error");
        outcomeDetail.setText(r.status() == RunStatus.FAILED ? UserMessages.capitalize(r.error())
                : r.stopReason() == null ? "" : UserMessages.capitalize(r.stopReason()));
        validationCaption.setText("BEST VALIDATION " + (r.metric() == null ? "SCORE"
                : FitnessPlot.metricName(r.metric()).toUpperCase(Locale.ROOT)));
        validationValue.setText(r.best() == null ? "–" : Formats.score(r.best().fitness()));
        TestReport test = r.test();
        testCaption.setText(test == null ? "TEST" : ("TEST " + test.headlineName()).toUpperCase(Locale.ROOT));
        testValue.setText(test == null ? "–" : test.task() == TaskType.CLASSIFICATION
                ? Formats.percent(test.headline()) : Formats.score(test.headline()));
        evaluationsValue.setText(Formats.count(r.evaluations()));
        evaluationsDetail.setText(Formats.count(r.trainings()) + " trained · " + Formats.count(r.cacheHits())
                + " from cache · " + r.history().size() + " generations");
        timeValue.setText(Formats.clock(java.time.Duration.ofMillis(Math.round(r.wallSeconds() * 1000))));

        List<Row> rows = new ArrayList<>();
        int rank = 1;
        for (Evaluation e : r.leaderboard()) {
            rows.add(new Row(rank++, e));
        }
        leaderboardTable.setItems(FXCollections.observableArrayList(rows));
        if (r.best() != null) {
            showBest(r.best());
            showLineage(r.best());
        }
        showTest(r);
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
        analysis.show(r);
    }

    static Path defaultExportPath(RunResult r) {
        String name = r.data() == null ? "model" : r.data().table().name();
        name = name.replaceAll("(?i)\\.(csv|tsv|txt)$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        return Path.of(System.getProperty("user.home"), "evolab-models", name + "-" + stamp + ".zip");
    }

    private void showBest(Evaluation best) {
        bestDetails.getChildren().clear();
        Genome g = best.individual().genome();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Individual", best.individual().id() + ", born in generation " + best.individual().generation()
                + ", made by " + String.join(", ", best.individual().operators())});
        lines.add(new String[] {"Layers", Formats.layers(g.layers()) + "  ·  " + Formats.count(best.result().parameters())
                + " parameters"});
        lines.add(new String[] {"Training", g.optimizer().id() + ", learning rate " + Formats.small(g.learningRate()) + ", batch "
                + (g.batchSize() == Genome.FULL_BATCH ? "full" : Integer.toString(g.batchSize()))
                + String.format(Locale.ROOT, ", dropout %.2f, L2 %s", g.dropout(), Formats.small(g.l2()))});
        lines.add(new String[] {"Epochs", Formats.epochs(best.result().epochs()) + " in the search (best at "
                + Formats.epochs(best.result().bestEpoch()) + ")"
                + (result != null && result.model() != null && result.model().origin() == FinalModel.RETRAIN
                        ? "; " + Formats.epochs(result.model().epochs()) + " for the retrained final model" : "")});
        for (int i = 0; i < lines.size(); i++) {
            Label key = new Label(lines.get(i)[0]);
            key.getStyleClass().add("field-label");
            Label value = new Label(lines.get(i)[1]);
            value.setWrapText(true);
            // a grid row is one line high unless its wrapping label may ask for more
            value.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            value.getStyleClass().add("detail-value");
            bestDetails.addRow(i, key, value);
        }
    }

    private void showLineage(Evaluation of) {
        Map<String, org.evolab.evolution.Individual> known = new LinkedHashMap<>();
        Map<String, Evaluation> scored = new LinkedHashMap<>();
        if (monitor != null) {
            known.putAll(monitor.individuals());
            scored.putAll(monitor.evaluationsById());
        }
        if (result != null) {
            for (Evaluation e : result.leaderboard()) {
                known.putIfAbsent(e.individual().id(), e.individual());
                scored.putIfAbsent(e.individual().id(), e);
            }
        }
        Lineage.Node root = Lineage.of(of.individual().id(), known, scored, LINEAGE_NODES);
        TreeItem<Lineage.Node> item = tree(root);
        lineageTree.setRoot(item);
        expand(item, 3);
        int depth = Lineage.depth(root);
        lineageSummary.setText(depth == 0 ? of.individual().id() + " was drawn at random: no ancestors"
                : of.individual().id() + ": " + (Lineage.size(root) - 1) + " ancestors over " + depth + " generation"
                + (depth == 1 ? "" : "s"));
    }

    private static TreeItem<Lineage.Node> tree(Lineage.Node node) {
        TreeItem<Lineage.Node> item = new TreeItem<>(node);
        for (Lineage.Node p : node.parents()) {
            item.getChildren().add(tree(p));
        }
        return item;
    }

    private static void expand(TreeItem<?> item, int levels) {
        if (levels <= 0) {
            return;
        }
        item.setExpanded(true);
        for (TreeItem<?> child : item.getChildren()) {
            expand(child, levels - 1);
        }
    }

    private static String describe(Lineage.Node node) {
        StringBuilder sb = new StringBuilder(node.id());
        if (node.evaluation() != null) {
            sb.append("  ").append(Formats.score(node.evaluation().fitness()));
        }
        if (node.individual() != null) {
            sb.append("  ").append(Formats.layers(node.individual().genome().layers()));
            sb.append("  ⟵ ").append(String.join(", ", node.operators()));
        } else {
            sb.append("  (not seen)");
        }
        if (node.repeated()) {
            sb.append("  (see above)");
        }
        return sb.toString();
    }

    private void showTest(RunResult r) {
        testChartHolder.getChildren().clear();
        TestReport test = r.test();
        if (test == null) {
            testSummary.setText("No test scores: the run " + r.status().name().toLowerCase(Locale.ROOT)
                    + " before the best network was retrained and tested.");
            return;
        }
        if (test.task() == TaskType.CLASSIFICATION) {
            var c = test.classification();
            testSummary.setText(String.format(Locale.ROOT, "Accuracy %s · macro F1 %.3f on %d test rows the search never saw.",
                    Formats.percent(c.accuracy()), c.macroF1(), test.rows()));
            testChartHolder.getChildren().add(new ConfusionMatrixView(c.labels(), c.confusion()));
        } else {
            var g = test.regression();
            testSummary.setText(String.format(Locale.ROOT, "RMSE %.4g · MAE %.4g · R² %.3f on %d test rows the search never saw.",
                    g.rmse(), g.mae(), g.r2(), test.rows()));
            testChartHolder.getChildren().add(predictionChart(test, r.data().schema().target()));
        }
    }

    private static LineChart<Number, Number> predictionChart(TestReport test, String target) {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        x.setLabel("actual " + target);
        y.setLabel("predicted");
        x.setForceZeroInRange(false);
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("predictionChart");
        chart.getStyleClass().add("prediction-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        XYChart.Series<Number, Number> points = new XYChart.Series<>();
        points.setName("Test rows");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < test.actual().length; i++) {
            points.getData().add(new XYChart.Data<>(test.actual()[i], test.predicted()[i]));
            lo = Math.min(lo, Math.min(test.actual()[i], test.predicted()[i]));
            hi = Math.max(hi, Math.max(test.actual()[i], test.predicted()[i]));
        }
        XYChart.Series<Number, Number> diagonal = new XYChart.Series<>();
        diagonal.setName("Perfect prediction");
        if (Double.isFinite(lo)) {
            diagonal.getData().add(new XYChart.Data<>(lo, lo));
            diagonal.getData().add(new XYChart.Data<>(hi, hi));
        }
        chart.getData().add(points);
        chart.getData().add(diagonal);
        chart.setMinHeight(150);
        chart.setPrefHeight(220);
        return chart;
    }

    @FXML
    private void browseExport() {
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
        File chosen = chooser.showSaveDialog(view.getScene().getWindow());
        if (chosen != null) {
            String path = chosen.toString();
            exportPathField.setText(path.toLowerCase(Locale.ROOT).endsWith(".zip") ? path : path + ".zip");
        }
    }

    @FXML
    private void export() {
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
            if (!Dialogs.confirm(view, "Replace the existing file?", target + " already exists. Replace it with this model?",
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
        exportMessage.getStyleClass().removeAll("message-error", "message-ok");
        exportMessage.setText("Writing " + target.getFileName() + "…");
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
        exportMessage.getStyleClass().removeAll("message-error", "message-ok");
        exportMessage.getStyleClass().add("message-ok");
        exportMessage.setText(message);
    }

    private void error(String message) {
        exportMessage.getStyleClass().removeAll("message-error", "message-ok");
        exportMessage.getStyleClass().add("message-error");
        exportMessage.setText(message);
    }

    @FXML
    private void exportHistory() {
        Path file = chooseFile("Save the history as CSV", "history.csv", "CSV files (*.csv)", "*.csv");
        if (file != null) {
            exportHistoryCsv(file);
        }
    }

    @FXML
    private void exportLeaderboard() {
        Path file = chooseFile("Save the leaderboard as CSV", "leaderboard.csv", "CSV files (*.csv)", "*.csv");
        if (file != null) {
            exportLeaderboardCsv(file);
        }
    }

    @FXML
    private void exportFitnessPng() {
        Path file = chooseFile("Save the fitness chart as PNG", FITNESS_PNG, "PNG images (*.png)", "*.png");
        if (file != null) {
            exportPng(FITNESS_PNG, file);
        }
    }

    @FXML
    private void exportTopologyPng() {
        Path file = chooseFile("Save the network diagram as PNG", TOPOLOGY_PNG, "PNG images (*.png)", "*.png");
        if (file != null) {
            exportPng(TOPOLOGY_PNG, file);
        }
    }

    /** Writes the live view {@code which} ({@link #FITNESS_PNG} or {@link #TOPOLOGY_PNG}) as a PNG file. */
    public void exportPng(String which, Path file) {
        write(file, snapshots.get().get(which));
    }

    /** Writes the per-generation history (the same CSV as in the bundle). */
    public void exportHistoryCsv(Path file) {
        write(file, RunReports.historyCsv(result.history()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public void exportLeaderboardCsv(Path file) {
        write(file, RunReports.leaderboardCsv(result.leaderboard()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
        File f = chooser.showSaveDialog(view.getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    public RunResult result() {
        return result;
    }

    /** Shows the Analysis tab (computing the analysis if not done yet). */
    public void showAnalysis() {
        analysis.showAnalysis();
    }

    ResultsAnalysis analysis() {
        return analysis;
    }

}
