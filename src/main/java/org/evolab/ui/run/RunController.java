package org.evolab.ui.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.evolab.fitness.Trainer;
import org.evolab.run.Evaluation;
import org.evolab.run.EvolutionRun;
import org.evolab.run.RunConfig;
import org.evolab.run.RunFolder;
import org.evolab.run.RunResult;
import org.evolab.run.RunStatus;
import org.evolab.run.Trainers;
import org.evolab.spark.SparkSupport;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.Dialogs;
import org.evolab.ui.common.UserMessages;
import org.evolab.ui.common.Views;
import org.evolab.ui.results.ResultsController;

/**
 * The live run view: controls (pause, stop, cancel), progress, the fitness chart, the diagram of
 * the best network, the current population and a log; and, once the run is over, its results.
 * The run's state and the buttons' logic are its {@link RunViewModel}'s; this starts the run's
 * thread ({@link RunSession}), binds the controls and draws.
 */
public final class RunController {
    private final RunViewModel viewModel = new RunViewModel();
    private final RunMonitor monitor = viewModel.monitor();
    private final ResultsController results;
    private Parent view;
    private FitnessPlot plot;
    private LiveFeed feed;
    private RunSession session;
    private RunConfig config;
    private DatasetInfo dataset;
    private Runnable onSettings = () -> {};
    private final List<Runnable> whenStopped = new ArrayList<>();

    @FXML
    private Button pauseButton;

    @FXML
    private Button stopAfterButton;

    @FXML
    private Button cancelButton;

    @FXML
    private Button resumeRunButton;

    @FXML
    private Button settingsButton;

    @FXML
    private ProgressBar runProgress;

    @FXML
    private Label generationLabel;

    @FXML
    private Label evaluationsLabel;

    @FXML
    private Label cacheHitsLabel;

    @FXML
    private Label elapsedLabel;

    @FXML
    private Label etaLabel;

    @FXML
    private Label statusLabel;

    @FXML
    private TabPane runTabs;

    @FXML
    private Tab liveTab;

    @FXML
    private Tab resultsTab;

    @FXML
    private StackPane resultsHolder;

    @FXML
    private LineChart<Number, Number> fitnessChart;

    @FXML
    private TopologyView topologyView;

    @FXML
    private TableView<Evaluation> populationTable;

    @FXML
    private TableColumn<Evaluation, String> popIdColumn;

    @FXML
    private TableColumn<Evaluation, Double> popFitnessColumn;

    @FXML
    private TableColumn<Evaluation, String> popLayersColumn;

    @FXML
    private TableColumn<Evaluation, String> popTrainingColumn;

    @FXML
    private TableColumn<Evaluation, String> popParentsColumn;

    @FXML
    private TableColumn<Evaluation, String> popOperatorsColumn;

    @FXML
    private TableColumn<Evaluation, Integer> popBornColumn;

    @FXML
    private ListView<String> logList;

    public RunController() {
        this.results = new ResultsController(this::snapshotLiveViews);
    }

    /**
     * PNGs of the fitness chart and the network diagram, as shown on the Live tab. The Live tab is
     * selected for the moment of the snapshot (and CSS and layout brought up to date): a chart on a
     * hidden tab may not have drawn its latest lines.
     */
    public java.util.Map<String, byte[]> snapshotLiveViews() {
        Tab shown = runTabs.getSelectionModel().getSelectedItem();
        runTabs.getSelectionModel().select(liveTab);
        try {
            view.applyCss();
            view.layout();
            java.util.Map<String, byte[]> pngs = new java.util.LinkedHashMap<>();
            pngs.put(ResultsController.FITNESS_PNG, org.evolab.ui.common.Snapshots.png(fitnessChart));
            pngs.put(ResultsController.TOPOLOGY_PNG, org.evolab.ui.common.Snapshots.png(topologyView));
            return pngs;
        } finally {
            runTabs.getSelectionModel().select(shown);
        }
    }

    public Parent view() {
        if (view == null) {
            view = Views.load("RunView.fxml", this);
        }
        return view;
    }

    public void setOnSettings(Runnable action) {
        this.onSettings = action;
    }

    @FXML
    private void initialize() {
        plot = new FitnessPlot(fitnessChart);
        feed = new LiveFeed(monitor, plot, topologyView, () -> dataset);
        resultsHolder.getChildren().setAll(results.view());
        resultsTab.setDisable(true);

        LiveTables.population(
                monitor,
                populationTable,
                popIdColumn,
                popFitnessColumn,
                popLayersColumn,
                popTrainingColumn,
                popParentsColumn,
                popOperatorsColumn,
                popBornColumn);
        LiveTables.log(monitor, logList);

        runProgress.progressProperty().bind(monitor.progressProperty());
        statusLabel.textProperty().bind(monitor.statusProperty());
        generationLabel.textProperty().bind(viewModel.generationsText());
        evaluationsLabel.textProperty().bind(viewModel.evaluationsText());
        cacheHitsLabel.textProperty().bind(viewModel.cacheHitsText());
        etaLabel.textProperty().bind(viewModel.etaText());
        elapsedLabel.textProperty().bind(viewModel.elapsedProperty());
        pauseButton.textProperty().bind(viewModel.pauseText());
        cancelButton.textProperty().bind(viewModel.cancelText());

        ReadOnlyBooleanProperty running = viewModel.runningProperty();
        pauseButton.disableProperty().bind(running.not());
        stopAfterButton.disableProperty().bind(running.not());
        cancelButton.disableProperty().bind(running.not());
        settingsButton.disableProperty().bind(running);
        pauseButton.setTooltip(
                new Tooltip("Pause the trainings at their next epoch; resume carries on where they were"));
        stopAfterButton.setTooltip(
                new Tooltip("End the search after this generation, then train and test the best network"));
        cancelButton.setTooltip(new Tooltip("Stop now: keep what was scored, train no final model"));
        resumeRunButton.setTooltip(new Tooltip("Continue the cancelled run from its last finished generation"));
        resumeRunButton.visibleProperty().bind(viewModel.canResumeProperty());
        resumeRunButton.managedProperty().bind(viewModel.canResumeProperty());
        settingsButton.setTooltip(new Tooltip("Back to the settings, to change them and start another run"));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return viewModel.runningProperty();
    }

    public boolean isRunning() {
        return viewModel.runningProperty().get();
    }

    public RunMonitor monitor() {
        return monitor;
    }

    public FitnessPlot plot() {
        return plot;
    }

    public ResultsController results() {
        return results;
    }

    public RunResult lastResult() {
        return viewModel.lastResult();
    }

    /** Starts a run; throws {@code InvalidInputException} (nothing started) when the settings are invalid. */
    public void start(RunConfig runConfig, DatasetInfo data) {
        Trainer.Factory trainers = SparkSupport.trainers(runConfig.spark(), Trainers.dl4j(), "spark");
        view();
        Path folder = RunFolders.newFolder(data.file());
        RunSession next =
                new RunSession(new EvolutionRun(runConfig, data.table(), trainers).runFolder(folder), feed::handle);
        this.config = runConfig;
        this.dataset = data;
        begin(next, runConfig, folder, true);
    }

    /**
     * Continues the run kept in {@code folder} from its last checkpoint (a run cancelled here, or one
     * whose window was killed); throws {@code InvalidInputException} when it cannot.
     */
    public void resume(Path folder, DatasetInfo data) {
        // Where the run trained: on Spark again if it was.
        Trainer.Factory trainers =
                SparkSupport.trainers(new RunFolder(folder).readConfig().spark(), Trainers.dl4j(), "spark");
        view();
        RunSession next = new RunSession(EvolutionRun.resume(folder, trainers), feed::handle);
        boolean fresh = viewModel.lastResult() == null;
        this.config = next.run().config();
        this.dataset = data;
        monitor.log("Resuming the run in " + folder + " from its last checkpoint.");
        begin(next, config, folder, fresh);
    }

    /** Starts {@code next}; a fresh run clears the views, a resumed one carries on drawing on them. */
    private void begin(RunSession next, RunConfig runConfig, Path folder, boolean fresh) {
        this.session = next;
        viewModel.begin(next.control(), runConfig, folder, fresh);
        if (fresh) {
            feed.reset(runConfig);
        }
        results.clear();
        resultsTab.setDisable(true);
        runTabs.getSelectionModel().select(liveTab);
        next.setOnTick(() -> {
            if (session == next) {
                viewModel.tick(next.elapsed());
            }
        });
        next.start(result -> finished(next, result), error -> failed(next, error));
    }

    private void finished(RunSession s, RunResult result) {
        if (s != session) {
            return;
        }
        viewModel.finished(result);
        feed.showFinal(result);
        results.show(result, monitor);
        resultsTab.setDisable(false);
        if (result.status() == RunStatus.COMPLETED) {
            runTabs.getSelectionModel().select(resultsTab);
        }
        notifyStopped();
    }

    private void failed(RunSession s, Throwable error) {
        if (s != session) {
            return;
        }
        viewModel.failed(UserMessages.of(error));
        notifyStopped();
        if (view.getScene() != null
                && view.getScene().getWindow() != null
                && view.getScene().getWindow().isShowing()) {
            Dialogs.error(view, "The run could not start", UserMessages.of(error));
        }
    }

    private void notifyStopped() {
        List<Runnable> actions = List.copyOf(whenStopped);
        whenStopped.clear();
        actions.forEach(Runnable::run);
    }

    /** Cancels a running run and calls {@code then} once it has ended (at once when none runs). */
    public void cancelThen(Runnable then) {
        if (!isRunning() || session == null) {
            then.run();
            return;
        }
        whenStopped.add(then);
        cancel();
    }

    @FXML
    private void togglePause() {
        viewModel.togglePause();
    }

    @FXML
    private void stopAfterGeneration() {
        viewModel.stopAfterGeneration();
    }

    @FXML
    private void resumeRun() {
        if (!viewModel.canResumeProperty().get()) {
            return;
        }
        try {
            resume(viewModel.runFolder(), dataset);
        } catch (RuntimeException e) {
            Dialogs.error(view, "Cannot resume the run", UserMessages.of(e));
        }
    }

    @FXML
    public void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void backToSettings() {
        if (!isRunning()) {
            onSettings.run();
        }
    }

    public void showResultsTab() {
        if (!resultsTab.isDisabled()) {
            runTabs.getSelectionModel().select(resultsTab);
        }
    }

    public void showLiveTab() {
        runTabs.getSelectionModel().select(liveTab);
    }

    public Path runFolder() {
        return viewModel.runFolder();
    }

    public RunSession session() {
        return session;
    }

    public TopologyView topologyView() {
        return topologyView;
    }

    public RunConfig config() {
        return config;
    }
}
