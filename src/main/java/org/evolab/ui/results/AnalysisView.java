package org.evolab.ui.results;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.ScatterChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.evolab.analysis.GeneAxis;
import org.evolab.analysis.Trial;
import org.evolab.run.Evaluation;
import org.evolab.run.RunResult;
import org.evolab.ui.common.Background;
import org.evolab.ui.common.Dialogs;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.Snapshots;
import org.evolab.ui.common.UserMessages;
import org.evolab.util.AtomicFiles;
import org.evolab.util.WriteFaults;

/**
 * The Analysis tab of the Results screen: parameter importance, a slice plot for a chosen gene,
 * parallel coordinates and the Pareto front of fitness against size, each with a PNG export. The
 * analysis is computed off the FX thread, and only when the tab is first shown for a run
 * ({@link #activate()}), never during a run.
 */
public final class AnalysisView {
    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane();
    private final StackPane body = new StackPane();
    private final Label summary = new Label();
    private final Consumer<Evaluation> retrain;
    private final Label message = new Label();
    private RunResult run;
    private RunAnalysis analysis;
    private boolean stale;
    /** Counts the runs shown, so that a late analysis of an earlier run is dropped. */
    private int shown;

    private ScatterChart<Number, Number> slice;
    private ParallelCoordinates parallel;
    private LineChart<Number, Number> pareto;
    private Trial paretoChoice;
    private Label paretoChoiceLabel;
    private Button paretoExportButton;

    /** @param retrain asked to retrain and export a genome (a point of the Pareto front) */
    public AnalysisView(Consumer<Evaluation> retrain) {
        this.retrain = retrain;
        root.setId("analysisView");
        root.getStylesheets().add(AnalysisView.class.getResource("Analysis.css").toExternalForm());
        message.setId("analysisMessage");
        message.setWrapText(true);
        summary.setId("analysisSummary");
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        Button compareRuns = new Button("Compare runs…");
        compareRuns.setId("compareRunsButton");
        compareRuns.setTooltip(new javafx.scene.control.Tooltip(
                "Best so far of two or more runs against evaluations " + "and wall time, with their test scores"));
        compareRuns.setOnAction(e -> CompareRunsView.open(
                root.getScene() == null ? null : root.getScene().getWindow(), org.evolab.ui.run.RunFolders.root()));
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(10, summary, compareRuns);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("analysis-header");
        root.setTop(header);
        root.setCenter(body);
        placeholder("No run yet.");
    }

    public Node node() {
        return root;
    }

    /** A finished run to analyse when the tab is next shown. */
    public void show(RunResult r) {
        run = r;
        analysis = null;
        stale = true;
        shown++;
        placeholder("The analysis is computed when this tab is shown.");
    }

    public void clear() {
        run = null;
        analysis = null;
        stale = false;
        shown++;
        placeholder("No run yet.");
    }

    /** The tab is shown: computes the analysis of the run (off the FX thread) if not done yet. */
    public void activate() {
        if (!stale || run == null) {
            return;
        }
        stale = false;
        int ticket = shown;
        RunResult r = run;
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        Label working = new Label("Analysing " + Formats.count(r.leaderboard().size()) + " genomes…");
        VBox box = new VBox(10, spinner, working);
        box.setAlignment(Pos.CENTER);
        body.getChildren().setAll(box);
        Background.run(() -> RunAnalysis.of(r))
                .onSuccess(a -> {
                    if (ticket == shown) {
                        analysis = a;
                        build(a);
                    }
                })
                .onFailure(e -> {
                    if (ticket == shown) {
                        placeholder("The run could not be analysed: " + UserMessages.of(e));
                    }
                })
                .start();
    }

    /** The analysis on screen, or null before it is computed. */
    public RunAnalysis analysis() {
        return analysis;
    }

    private void placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        body.getChildren().setAll(l);
        summary.setText("");
    }

    private void build(RunAnalysis a) {
        if (!a.hasData()) {
            placeholder("No genome was scored in this run: there is nothing to analyse.");
            return;
        }
        Node importance = AnalysisCharts.importance(a.topImportance());
        ((Region) importance)
                .setMinHeight(Math.max(260, 22.0 * a.topImportance().size() + 90));

        slice = AnalysisCharts.sliceChart();
        ComboBox<GeneAxis> gene = new ComboBox<>();
        gene.setId("sliceGeneChoice");
        gene.getItems().setAll(a.axes());
        gene.setConverter(new StringConverter<>() {
            @Override
            public String toString(GeneAxis axis) {
                return axis == null ? "" : axis.title();
            }

            @Override
            public GeneAxis fromString(String s) {
                return a.axis(s);
            }
        });
        gene.valueProperty().addListener((o, old, axis) -> {
            if (axis != null) {
                AnalysisCharts.showSlice(slice, a, axis, this::choose);
            }
        });
        gene.setValue(a.firstSlice());

        parallel = new ParallelCoordinates(a);
        pareto = AnalysisCharts.pareto(a, this::choose);
        paretoChoiceLabel = new Label("Click a point to retrain and export that genome, not only the best.");
        paretoChoiceLabel.getStyleClass().add("hint");
        paretoChoiceLabel.setWrapText(true);
        paretoExportButton = new Button("Retrain & export…");
        paretoExportButton.setId("paretoExportButton");
        paretoExportButton.setDisable(true);
        paretoExportButton.setOnAction(e -> {
            if (paretoChoice != null) {
                retrain.accept(a.evaluationOf(paretoChoice));
            }
        });
        HBox choice = new HBox(8, paretoChoiceLabel, paretoExportButton);
        choice.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(paretoChoiceLabel, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().setAll(half, half);
        String shown = a.importance().size() > a.topImportance().size()
                ? String.format(
                        Locale.ROOT,
                        " · the %d most important of %d genes",
                        a.topImportance().size(),
                        a.importance().size())
                : "";
        grid.add(
                card(
                        "Parameter importance",
                        "how much of the variation in fitness each gene explains" + shown,
                        importance,
                        "importance.png",
                        importance),
                0,
                0);
        grid.add(
                card(
                        "Slice",
                        "fitness against one gene, one point per genome",
                        new VBox(6, gene, slice),
                        "slice.png",
                        slice),
                1,
                0);
        grid.add(
                card(
                        "Parallel coordinates",
                        "a line per genome across the most important genes · colour: fitness, "
                                + "dark (worst) to yellow (best) · red: the best genome",
                        parallel,
                        "parallel-coordinates.png",
                        parallel.canvas()),
                0,
                1,
                2,
                1);
        grid.add(
                card(
                        "Accuracy against size",
                        "Pareto front of fitness against parameter count (red): no other "
                                + "genome is both better and smaller",
                        new VBox(6, pareto, choice),
                        "pareto.png",
                        pareto),
                0,
                2,
                2,
                1);
        summary.setText(methodNote(a));
        VBox content = new VBox(8, grid, message);
        content.getStyleClass().add("analysis-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-scroll");
        body.getChildren().setAll(scroll);
    }

    private static String methodNote(RunAnalysis a) {
        return String.format(
                Locale.ROOT,
                "%s genomes scored · importance by %s: the genes in which the best 10 %% "
                        + "of genomes differ most from all of them · %d genomes on the Pareto front",
                Formats.count(a.board().scored().size()),
                RunAnalysis.METHOD,
                a.front().size());
    }

    private VBox card(String title, String hint, Node body, String fileName, Node chart) {
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        Label h = new Label(hint);
        h.getStyleClass().add("hint");
        h.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button png = new Button("PNG…");
        png.setId(chart.getId().replaceAll("(Chart|Coordinates)$", "") + "PngButton");
        png.setOnAction(e -> choosePng(chart, fileName));
        HBox header = new HBox(10, t, gap, png);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("card-header");
        VBox card = new VBox(6, header, h, body);
        card.getStyleClass().addAll("card", "analysis-card");
        VBox.setVgrow(body, Priority.ALWAYS);
        return card;
    }

    private void choose(Trial t) {
        if (paretoChoiceLabel == null || analysis == null) {
            return;
        }
        paretoChoice = t;
        paretoChoiceLabel.setText(String.format(
                Locale.ROOT,
                "%s · fitness %s · %s parameters%s",
                t.individualId(),
                Formats.score(t.fitness()),
                Formats.count(t.parameters()),
                analysis.front().contains(t) ? " · on the front" : ""));
        paretoExportButton.setDisable(analysis.evaluationOf(t) == null);
    }

    /** The point chosen in a chart (for the Pareto front's "Retrain &amp; export…"), or null. */
    Trial paretoChoice() {
        return paretoChoice;
    }

    private void choosePng(Node chart, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the chart as PNG");
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images (*.png)", "*.png"));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            exportPng(chart.getId(), f.toPath());
        }
    }

    /**
     * Writes the chart with node id {@code chartId} as a PNG: the picture is taken on the FX thread,
     * encoded and written off it. The outcome shows below the charts; a failure also in a dialog.
     */
    public void exportPng(String chartId, Path file) {
        Node chart = root.lookup("#" + chartId);
        if (chart == null) {
            message.setText("There is no chart " + chartId + " to save yet.");
            return;
        }
        javafx.scene.SnapshotParameters white = new javafx.scene.SnapshotParameters();
        white.setFill(javafx.scene.paint.Color.WHITE);
        WritableImage image = chart.snapshot(white, null);
        message.getStyleClass().removeAll("message-error", "message-ok");
        message.setText("Saving " + file.getFileName() + "…");
        Background.run(() -> {
                    byte[] png = Snapshots.encode(image);
                    try {
                        AtomicFiles.write(file, out -> out.write(png));
                    } catch (java.io.IOException e) {
                        throw WriteFaults.cannotWrite(file, "the chart", e);
                    }
                    return png.length;
                })
                .onSuccess(bytes -> {
                    message.getStyleClass().add("message-ok");
                    message.setText("Saved " + file + " (" + Formats.count(Math.max(1, bytes / 1024)) + " KB)");
                })
                .onFailure(e -> {
                    message.getStyleClass().add("message-error");
                    message.setText("The chart was not saved: " + UserMessages.of(e));
                    Dialogs.error(root, "The chart was not saved", UserMessages.of(e));
                })
                .start();
    }
}
