package org.evolab.ui.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.evolab.data.TaskType;
import org.evolab.run.Evaluation;
import org.evolab.run.RunResult;
import org.evolab.run.RunStatus;
import org.evolab.run.TestReport;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.StatusMessages;
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
    private BestGenomeView bestGenome;
    private TestResultsView testResults;
    private ResultsExports exports;

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
        fitnessColumn.setCellFactory(StatusMessages.scoreCells());
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
                bestGenome.showLineage(row.evaluation(), monitor, result);
            }
        });
        bestGenome = new BestGenomeView(bestDetails, lineageTree, lineageSummary);
        testResults = new TestResultsView(testSummary, testChartHolder);
        exports = new ResultsExports(exportPathField, exportButton, moreExportsButton, exportMessage,
                () -> result, snapshots, () -> view);
        analysis = new ResultsAnalysis(resultsTabs, analysisTab, leaderboardTable, exportGenomeButton,
                genomeExportHolder, () -> result, snapshots, exports::exportPath);
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
        bestGenome.clear();
        testResults.clear();
        outcomeLabel.setText("–");
        outcomeDetail.setText("");
        validationValue.setText("–");
        testValue.setText("–");
        evaluationsValue.setText("–");
        evaluationsDetail.setText("");
        timeValue.setText("–");
        exports.clear();
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
            bestGenome.showBest(r.best(), result);
            bestGenome.showLineage(r.best(), monitor, result);
        }
        testResults.show(r);
        exports.show(r);
        analysis.show(r);
    }

    @FXML
    private void browseExport() {
        exports.browseExport();
    }

    @FXML
    private void export() {
        exports.export();
    }

    @FXML
    private void exportHistory() {
        exports.exportHistory();
    }

    @FXML
    private void exportLeaderboard() {
        exports.exportLeaderboard();
    }

    @FXML
    private void exportFitnessPng() {
        exports.exportFitnessPng();
    }

    @FXML
    private void exportTopologyPng() {
        exports.exportTopologyPng();
    }

    /** Writes the live view {@code which} ({@link #FITNESS_PNG} or {@link #TOPOLOGY_PNG}) as a PNG file. */
    public void exportPng(String which, Path file) {
        exports.exportPng(which, file);
    }

    /** Writes the per-generation history (the same CSV as in the bundle). */
    public void exportHistoryCsv(Path file) {
        exports.exportHistoryCsv(file);
    }

    public void exportLeaderboardCsv(Path file) {
        exports.exportLeaderboardCsv(file);
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
