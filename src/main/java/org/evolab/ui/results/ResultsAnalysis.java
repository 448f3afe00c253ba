package org.evolab.ui.results;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import org.evolab.run.Evaluation;
import org.evolab.run.RunResult;

/**
 * What the Results screen gains beyond its overview: the Analysis tab, and "Retrain &amp; export" of
 * any genome, from the leaderboard's button or context menu or from a point of the Pareto front.
 * Wired to the screen's nodes here, so that {@link ResultsController} only hosts it.
 */
final class ResultsAnalysis {
    private final TabPane tabs;
    private final Tab analysisTab;
    private final TableView<ResultsViewModel.Row> leaderboard;
    private final Button exportGenomeButton;
    private final Supplier<RunResult> run;
    private final AnalysisView analysis;
    private final GenomeExport genomeExport;

    ResultsAnalysis(
            TabPane tabs,
            Tab analysisTab,
            TableView<ResultsViewModel.Row> leaderboard,
            Button exportGenomeButton,
            Pane exportHolder,
            Supplier<RunResult> run,
            Supplier<Map<String, byte[]>> snapshots,
            Supplier<Path> exportPath) {
        this.tabs = tabs;
        this.analysisTab = analysisTab;
        this.leaderboard = leaderboard;
        this.exportGenomeButton = exportGenomeButton;
        this.run = run;
        this.genomeExport = new GenomeExport(run, snapshots, exportPath);
        this.analysis = new AnalysisView(this::retrainAndExport);
        analysisTab.setContent(analysis.node());
        tabs.getStyleClass().add("results-tabs");
        tabs.getStylesheets()
                .add(ResultsAnalysis.class.getResource("Analysis.css").toExternalForm());
        analysisTab.setTooltip(
                new Tooltip("Which genes mattered, fitness against each gene, and accuracy against size"));
        analysisTab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                analysis.activate();
            }
        });
        exportHolder.getChildren().setAll(genomeExport.node());
        exportGenomeButton.setTooltip(new Tooltip("Retrain the genome selected in the leaderboard on the training and "
                + "validation rows, test it and export it as a model bundle"));
        exportGenomeButton.setOnAction(e -> retrainAndExport(selected()));
        leaderboard.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> updateButton());
        updateButton();
    }

    /** The context menu of a leaderboard row (the controller's row factory adds it). */
    void decorate(TableRow<ResultsViewModel.Row> row) {
        MenuItem item = new MenuItem("Retrain & export…");
        item.setOnAction(e -> {
            if (row.getItem() != null) {
                retrainAndExport(row.getItem().evaluation());
            }
        });
        ContextMenu menu = new ContextMenu(item);
        menu.setOnShowing(e -> item.setDisable(!genomeExport.canRetrain(
                row.getItem() == null ? null : row.getItem().evaluation())));
        row.contextMenuProperty()
                .bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                        .then((ContextMenu) null)
                        .otherwise(menu));
    }

    void show(RunResult r) {
        analysis.show(r);
        updateButton();
        if (analysisTab.isSelected()) {
            analysis.activate();
        }
    }

    void clear() {
        analysis.clear();
        genomeExport.clear();
        tabs.getSelectionModel().select(0);
        updateButton();
    }

    AnalysisView analysis() {
        return analysis;
    }

    GenomeExport genomeExport() {
        return genomeExport;
    }

    /** Shows the Analysis tab (the screenshot tour and tests). */
    void showAnalysis() {
        tabs.getSelectionModel().select(analysisTab);
    }

    private Evaluation selected() {
        ResultsViewModel.Row row = leaderboard.getSelectionModel().getSelectedItem();
        return row == null ? null : row.evaluation();
    }

    private void updateButton() {
        exportGenomeButton.setDisable(run.get() == null || run.get().data() == null || selected() == null);
    }

    private void retrainAndExport(Evaluation chosen) {
        genomeExport.chooseAndExport(chosen, leaderboard);
    }
}
