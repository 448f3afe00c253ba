package org.evolab.ui.results;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;
import org.evolab.analysis.AnalyzedRun;
import org.evolab.analysis.RunComparison;
import org.evolab.analysis.RunHistory;
import org.evolab.ui.common.Background;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.UserMessages;

/**
 * Runs side by side: the user ticks two or more run folders (those under the runs folder, or any
 * other one added), and sees their best-so-far against evaluations or against wall time on one
 * chart, with a table of their final test scores. The folders are read off the FX thread.
 */
public final class CompareRunsView {
    private final VBox root = new VBox(8);
    private final CheckListView<Path> folders = new CheckListView<>();
    private final LineChart<Number, Number> chart;
    private final TableView<AnalyzedRun> table = new TableView<>();
    private final RadioButton byEvaluations = new RadioButton("against evaluations");
    private final RadioButton byTime = new RadioButton("against wall time");
    private final Label message = new Label();
    private final Button compare = new Button("Compare");
    private RunComparison shown;

    public CompareRunsView(Path runsRoot) {
        root.setId("compareRunsView");
        root.getStyleClass().add("compare-runs");
        root.setStyle("-fx-padding: 12;");
        folders.setId("runFolderList");
        folders.setPrefWidth(300);
        folders.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(
                folders::getItemBooleanProperty, new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(Path p) {
                        return p == null || p.getFileName() == null
                                ? String.valueOf(p)
                                : p.getFileName().toString();
                    }

                    @Override
                    public Path fromString(String s) {
                        return Path.of(s);
                    }
                }));
        Button add = new Button("Add folder…");
        add.setId("addRunFolderButton");
        add.setOnAction(e -> addFolder());
        compare.setId("compareButton");
        compare.setDefaultButton(true);
        compare.setOnAction(e -> compare(new ArrayList<>(folders.getCheckModel().getCheckedItems())));
        Label runsLabel = new Label("Runs in " + runsRoot);
        runsLabel.setWrapText(true);
        runsLabel.getStyleClass().add("hint");
        HBox buttons = new HBox(8, add, compare);
        VBox left = new VBox(6, runsLabel, folders, buttons);
        VBox.setVgrow(folders, Priority.ALWAYS);

        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("best validation score so far");
        y.setForceZeroInRange(false);
        chart = new LineChart<>(x, y);
        chart.setId("comparisonChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        ToggleGroup axis = new ToggleGroup();
        byEvaluations.setId("byEvaluationsToggle");
        byTime.setId("byTimeToggle");
        byEvaluations.setToggleGroup(axis);
        byTime.setToggleGroup(axis);
        byEvaluations.setSelected(true);
        axis.selectedToggleProperty().addListener((o, a, b) -> draw());
        HBox axisChoice = new HBox(12, new Label("Best so far"), byEvaluations, byTime);
        axisChoice.setAlignment(Pos.CENTER_LEFT);

        table.setId("comparisonTable");
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Tick two or more runs and press Compare"));
        table.getColumns()
                .setAll(List.of(
                        column("Run", r -> r.name(), 230),
                        column("Strategy", AnalyzedRun::strategy, 130),
                        column("Evaluations", r -> Formats.count(r.history().evaluations()), 90),
                        column(
                                "Wall time",
                                r -> Formats.roughDuration(r.history().seconds()),
                                90),
                        column("Best validation", r -> Formats.score(r.history().best()), 110),
                        column(
                                "Test",
                                r -> r.test()
                                        .map(t -> t.metric() + " " + Formats.score(t.value()))
                                        .orElse("– (not tested)"),
                                150)));
        message.setId("comparisonMessage");
        message.setWrapText(true);
        VBox right = new VBox(6, axisChoice, chart, table, message);
        VBox.setVgrow(chart, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.27);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().add(split);
        listFolders(runsRoot);
    }

    private static TableColumn<AnalyzedRun, String> column(
            String title, java.util.function.Function<AnalyzedRun, String> value, double width) {
        TableColumn<AnalyzedRun, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Opens the view in a window of its own, owned by {@code owner}. */
    public static Stage open(Window owner, Path runsRoot) {
        CompareRunsView view = new CompareRunsView(runsRoot);
        Stage stage = new Stage();
        stage.setTitle("Compare runs · Evolab");
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(view.root, 1100, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    public Node node() {
        return root;
    }

    /** The run folders offered for ticking. */
    List<Path> offered() {
        return List.copyOf(folders.getItems());
    }

    private void listFolders(Path runsRoot) {
        Background.run(() -> RunComparison.runFolders(runsRoot))
                .onSuccess(found -> {
                    folders.getItems()
                            .addAll(
                                    0,
                                    found.stream()
                                            .filter(p -> !folders.getItems().contains(p))
                                            .toList());
                    if (found.isEmpty()) {
                        message.setText("No run folders in " + runsRoot + " yet: add one with Add folder….");
                    }
                })
                .onFailure(e -> message.setText(UserMessages.of(e)))
                .start();
    }

    private void addFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add a run folder");
        File dir = chooser.showDialog(root.getScene().getWindow());
        if (dir != null) {
            add(dir.toPath());
        }
    }

    /** Offers {@code folder} (any run folder) and ticks it. */
    void add(Path folder) {
        if (!folders.getItems().contains(folder)) {
            folders.getItems().add(folder);
        }
        folders.getCheckModel().check(folder);
    }

    /** Reads {@code sources} off the FX thread and draws them; asks for two or more. */
    public void compare(List<Path> sources) {
        if (sources.size() < 2) {
            message.setText("Tick two or more runs to compare.");
            return;
        }
        compare.setDisable(true);
        message.setText("Reading " + sources.size() + " runs…");
        Background.run(() -> RunComparison.open(sources))
                .onDone(() -> compare.setDisable(false))
                .onSuccess(c -> {
                    shown = c;
                    table.setItems(FXCollections.observableArrayList(c.runs()));
                    draw();
                    message.setText(
                            c.problems().isEmpty()
                                    ? String.format(
                                            Locale.ROOT,
                                            "%d runs compared.",
                                            c.runs().size())
                                    : "Left out: " + String.join("; ", c.problems()));
                })
                .onFailure(e -> message.setText("The runs could not be compared: " + UserMessages.of(e)))
                .start();
    }

    /** The comparison on screen, or null. */
    RunComparison comparison() {
        return shown;
    }

    void showAgainstTime(boolean time) {
        (time ? byTime : byEvaluations).setSelected(true);
    }

    private void draw() {
        if (shown == null) {
            return;
        }
        boolean time = byTime.isSelected();
        ((NumberAxis) chart.getXAxis()).setLabel(time ? "wall time (s)" : "evaluations");
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        for (AnalyzedRun run : shown.runs()) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(run.name() + " (" + run.strategy() + ")");
            for (RunHistory.Point p : run.history().points()) {
                if (Double.isFinite(p.bestSoFar())) {
                    s.getData().add(new XYChart.Data<>(time ? p.seconds() : p.evaluations(), p.bestSoFar()));
                }
            }
            series.add(s);
        }
        chart.getData().setAll(series);
    }
}
