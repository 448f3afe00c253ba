package org.evolab.ui.results;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import org.evolab.run.RunResult;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.StatusMessages;
import org.evolab.ui.common.Views;
import org.evolab.ui.common.Worker;
import org.evolab.ui.results.ResultsViewModel.Row;
import org.evolab.ui.run.RunMonitor;

/**
 * The results of a run: the leaderboard, the best genome and its lineage, the test metrics, and
 * the exports (the model bundle with snapshots of the live views, the history as CSV, the charts
 * as PNG). The texts, rows and exports are its {@link ResultsViewModel}'s; this binds the
 * controls to it and draws the genome, lineage, test and analysis views.
 */
public final class ResultsController {
    public static final String FITNESS_PNG = "fitness.png";
    public static final String TOPOLOGY_PNG = "topology.png";

    /** PNG snapshots of the live views by file name. */
    private final Supplier<Map<String, byte[]>> snapshots;

    private final ResultsViewModel viewModel = new ResultsViewModel(Worker.background());
    private Parent view;
    private RunMonitor monitor;
    private ResultsAnalysis analysis;
    private BestGenomeView bestGenome;
    private TestResultsView testResults;
    private ResultsExports exports;

    @FXML
    private Label outcomeLabel;

    @FXML
    private Label outcomeDetail;

    @FXML
    private Label validationCaption;

    @FXML
    private Label validationValue;

    @FXML
    private Label testCaption;

    @FXML
    private Label testValue;

    @FXML
    private Label evaluationsValue;

    @FXML
    private Label evaluationsDetail;

    @FXML
    private Label timeValue;

    @FXML
    private TableView<Row> leaderboardTable;

    @FXML
    private TableColumn<Row, Integer> rankColumn;

    @FXML
    private TableColumn<Row, String> idColumn;

    @FXML
    private TableColumn<Row, Double> fitnessColumn;

    @FXML
    private TableColumn<Row, String> layersColumn;

    @FXML
    private TableColumn<Row, String> trainingColumn;

    @FXML
    private TableColumn<Row, Long> paramsColumn;

    @FXML
    private TableColumn<Row, Double> epochsColumn;

    @FXML
    private TableColumn<Row, Integer> bornColumn;

    @FXML
    private TableColumn<Row, String> parentsColumn;

    @FXML
    private TreeView<Lineage.Node> lineageTree;

    @FXML
    private Label lineageSummary;

    @FXML
    private GridPane bestDetails;

    @FXML
    private Label testSummary;

    @FXML
    private StackPane testChartHolder;

    @FXML
    private TextField exportPathField;

    @FXML
    private Button exportBrowseButton;

    @FXML
    private Button exportButton;

    @FXML
    private MenuButton moreExportsButton;

    @FXML
    private Label exportMessage;

    @FXML
    private javafx.scene.control.TabPane resultsTabs;

    @FXML
    private javafx.scene.control.Tab analysisTab;

    @FXML
    private Button exportGenomeButton;

    @FXML
    private StackPane genomeExportHolder;

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
        rankColumn.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        idColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().evaluation().individual().id()));
        fitnessColumn.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().evaluation().fitness()));
        fitnessColumn.setCellFactory(StatusMessages.scoreCells());
        layersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Formats.layers(c.getValue().evaluation().individual().genome().layers())));
        trainingColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Formats.training(c.getValue().evaluation().individual().genome())));
        paramsColumn.setCellValueFactory(c ->
                new ReadOnlyObjectWrapper<>(c.getValue().evaluation().result().parameters()));
        epochsColumn.setCellValueFactory(c ->
                new ReadOnlyObjectWrapper<>(c.getValue().evaluation().result().epochs()));
        epochsColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Formats.epochs(v));
            }
        });
        bornColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().evaluation().individual().generation()));
        parentsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                String.join(" + ", c.getValue().evaluation().individual().parentIds())));
        leaderboardTable.setRowFactory(tv -> {
            javafx.scene.control.TableRow<Row> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(Row item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(
                            empty || item == null
                                    ? null
                                    : new Tooltip(Formats.genomeBlock(
                                            item.evaluation().individual().genome())));
                }
            };
            analysis.decorate(row);
            return row;
        });
        leaderboardTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                bestGenome.showLineage(row.evaluation(), monitor, result());
            }
        });
        bestGenome = new BestGenomeView(bestDetails, lineageTree, lineageSummary);
        testResults = new TestResultsView(testSummary, testChartHolder);
        exports = new ResultsExports(
                viewModel, exportPathField, exportButton, moreExportsButton, exportMessage, snapshots, () -> view);
        analysis = new ResultsAnalysis(
                resultsTabs,
                analysisTab,
                leaderboardTable,
                exportGenomeButton,
                genomeExportHolder,
                this::result,
                snapshots,
                viewModel::exportFile);
        leaderboardTable.setItems(viewModel.leaderboard());
        outcomeLabel.textProperty().bind(viewModel.outcomeProperty());
        outcomeDetail.textProperty().bind(viewModel.outcomeDetailProperty());
        validationCaption.textProperty().bind(viewModel.validationCaptionProperty());
        validationValue.textProperty().bind(viewModel.validationValueProperty());
        testCaption.textProperty().bind(viewModel.testCaptionProperty());
        testValue.textProperty().bind(viewModel.testValueProperty());
        evaluationsValue.textProperty().bind(viewModel.evaluationsProperty());
        evaluationsDetail.textProperty().bind(viewModel.evaluationsDetailProperty());
        timeValue.textProperty().bind(viewModel.timeProperty());
        viewModel.outcomeStyleProperty().addListener((o, old, style) -> {
            outcomeLabel.getStyleClass().removeAll("ok", "warning", "error");
            if (style != null) {
                outcomeLabel.getStyleClass().add(style);
            }
        });
        reset();
    }

    /** Empties every view (a new run starts). */
    public void clear() {
        view();
        reset();
    }

    private void reset() {
        monitor = null;
        viewModel.clear();
        bestGenome.clear();
        testResults.clear();
        analysis.clear();
    }

    /** Shows a finished run (completed, cancelled or failed). */
    public void show(RunResult r, RunMonitor runMonitor) {
        view();
        this.monitor = runMonitor;
        viewModel.show(r);
        if (r.best() != null) {
            bestGenome.showBest(r.best(), r);
            bestGenome.showLineage(r.best(), monitor, r);
        }
        testResults.show(r);
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
        viewModel.writeHistoryCsv(file);
    }

    public void exportLeaderboardCsv(Path file) {
        viewModel.writeLeaderboardCsv(file);
    }

    public RunResult result() {
        return viewModel.resultProperty().get();
    }

    /** Shows the Analysis tab (computing the analysis if not done yet). */
    public void showAnalysis() {
        analysis.showAnalysis();
    }

    ResultsAnalysis analysis() {
        return analysis;
    }
}
