package org.evolab.ui.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.UserMessages;
import org.evolab.ui.common.Views;
import org.evolab.ui.results.ResultsController;

/**
 * The live run view: controls (pause, stop, cancel), progress, the fitness chart, the diagram of
 * the best network, the current population and a log; and, once the run is over, its results.
 */
public final class RunController {
    private final RunMonitor monitor = new RunMonitor();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ResultsController results;
    private Parent view;
    private FitnessPlot plot;
    private LiveFeed feed;
    private RunSession session;
    private RunConfig config;
    private DatasetInfo dataset;
    private RunResult lastResult;
    private Runnable onSettings = () -> { };
    private final List<Runnable> whenStopped = new ArrayList<>();

    @FXML private Button pauseButton;
    @FXML private Button stopAfterButton;
    @FXML private Button cancelButton;
    @FXML private Button resumeRunButton;
    private final BooleanProperty canResume = new SimpleBooleanProperty();
    private Path runFolder;
    @FXML private Button settingsButton;
    @FXML private ProgressBar runProgress;
    @FXML private Label generationLabel;
    @FXML private Label evaluationsLabel;
    @FXML private Label cacheHitsLabel;
    @FXML private Label elapsedLabel;
    @FXML private Label etaLabel;
    @FXML private Label statusLabel;
    @FXML private TabPane runTabs;
    @FXML private Tab liveTab;
    @FXML private Tab resultsTab;
    @FXML private StackPane resultsHolder;
    @FXML private LineChart<Number, Number> fitnessChart;
    @FXML private TopologyView topologyView;
    @FXML private TableView<Evaluation> populationTable;
    @FXML private TableColumn<Evaluation, String> popIdColumn;
    @FXML private TableColumn<Evaluation, Double> popFitnessColumn;
    @FXML private TableColumn<Evaluation, String> popLayersColumn;
    @FXML private TableColumn<Evaluation, String> popTrainingColumn;
    @FXML private TableColumn<Evaluation, String> popParentsColumn;
    @FXML private TableColumn<Evaluation, String> popOperatorsColumn;
    @FXML private TableColumn<Evaluation, Integer> popBornColumn;
    @FXML private ListView<String> logList;

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

        LiveTables.population(monitor, populationTable, popIdColumn, popFitnessColumn, popLayersColumn,
                popTrainingColumn, popParentsColumn, popOperatorsColumn, popBornColumn);
        LiveTables.log(monitor, logList);

        runProgress.progressProperty().bind(monitor.progressProperty());
        statusLabel.textProperty().bind(monitor.statusProperty());
        generationLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            int done = monitor.generationsDoneProperty().get();
            int total = monitor.totalGenerationsProperty().get();
            return done + " / " + total + " generations";
        }, monitor.generationsDoneProperty(), monitor.totalGenerationsProperty()));
        evaluationsLabel.textProperty().bind(Bindings.createStringBinding(() -> Formats.count(
                monitor.evaluationsProperty().get()) + " / " + Formats.count((long) monitor.populationSizeProperty().get()
                * monitor.totalGenerationsProperty().get()) + " evaluations", monitor.evaluationsProperty(),
                monitor.populationSizeProperty(), monitor.totalGenerationsProperty()));
        cacheHitsLabel.textProperty().bind(Bindings.createStringBinding(() -> Formats.count(monitor.cacheHitsProperty().get())
                + " cache hits", monitor.cacheHitsProperty()));
        etaLabel.textProperty().bind(Bindings.createStringBinding(() -> "ETA " + (monitor.etaProperty().get() == null
                ? "–" : Formats.clock(monitor.etaProperty().get())), monitor.etaProperty()));

        pauseButton.disableProperty().bind(running.not());
        stopAfterButton.disableProperty().bind(running.not());
        cancelButton.disableProperty().bind(running.not());
        settingsButton.disableProperty().bind(running);
        pauseButton.setTooltip(new Tooltip("Pause the trainings at their next epoch; resume carries on where they were"));
        stopAfterButton.setTooltip(new Tooltip("End the search after this generation, then train and test the best network"));
        cancelButton.setTooltip(new Tooltip("Stop now: keep what was scored, train no final model"));
        resumeRunButton.setTooltip(new Tooltip("Continue the cancelled run from its last finished generation"));
        resumeRunButton.visibleProperty().bind(canResume);
        resumeRunButton.managedProperty().bind(canResume);
        settingsButton.setTooltip(new Tooltip("Back to the settings, to change them and start another run"));
        elapsedLabel.setText("Elapsed 0:00");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public boolean isRunning() {
        return running.get();
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
        return lastResult;
    }

    /** Starts a run; throws {@code InvalidInputException} (nothing started) when the settings are invalid. */
    public void start(RunConfig runConfig, DatasetInfo data) {
        Trainer.Factory trainers = SparkSupport.trainers(runConfig.spark(), Trainers.dl4j(), "spark");
        view();
        Path folder = RunFolders.newFolder(data.file());
        RunSession next = new RunSession(new EvolutionRun(runConfig, data.table(), trainers).runFolder(folder),
                feed::handle);
        this.runFolder = folder;
        this.config = runConfig;
        this.dataset = data;
        begin(next, runConfig, true);
    }

    /**
     * Continues the run kept in {@code folder} from its last checkpoint (a run cancelled here, or one
     * whose window was killed); throws {@code InvalidInputException} when it cannot.
     */
    public void resume(Path folder, DatasetInfo data) {
        // Where the run trained: on Spark again if it was.
        Trainer.Factory trainers = SparkSupport.trainers(new RunFolder(folder).readConfig().spark(), Trainers.dl4j(),
                "spark");
        view();
        RunSession next = new RunSession(EvolutionRun.resume(folder, trainers), feed::handle);
        this.runFolder = folder;
        this.config = next.run().config();
        this.dataset = data;
        monitor.log("Resuming the run in " + folder + " from its last checkpoint.");
        begin(next, config, lastResult == null);
    }

    /** Starts {@code next}; a fresh run clears the views, a resumed one carries on drawing on them. */
    private void begin(RunSession next, RunConfig runConfig, boolean fresh) {
        this.session = next;
        this.lastResult = null;
        canResume.set(false);
        if (fresh) {
            monitor.reset(runConfig.ga().generations(), runConfig.ga().populationSize());
            feed.reset(runConfig);
        }
        results.clear();
        resultsTab.setDisable(true);
        runTabs.getSelectionModel().select(liveTab);
        pauseButton.setText("_Pause");
        cancelButton.setText("_Cancel");
        elapsedLabel.setText("Elapsed 0:00");
        running.set(true);
        next.setOnTick(() -> {
            if (session == next && running.get()) {
                elapsedLabel.setText("Elapsed " + Formats.clock(next.elapsed()));
            }
        });
        next.start(result -> finished(next, result), error -> failed(next, error));
    }

    private void finished(RunSession s, RunResult result) {
        if (s != session) {
            return;
        }
        running.set(false);
        lastResult = result;
        canResume.set(resumable());
        elapsedLabel.setText("Elapsed " + Formats.clock(java.time.Duration.ofMillis(Math.round(result.wallSeconds() * 1000))));
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
        running.set(false);
        monitor.statusProperty().set("The run could not start: " + UserMessages.of(error));
        monitor.log(UserMessages.of(error));
        monitor.progressProperty().set(0);
        notifyStopped();
        if (view.getScene() != null && view.getScene().getWindow() != null && view.getScene().getWindow().isShowing()) {
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
        if (!running.get() || session == null) {
            then.run();
            return;
        }
        whenStopped.add(then);
        cancel();
    }

    @FXML
    private void togglePause() {
        if (session == null || !running.get()) {
            return;
        }
        if (session.control().isPaused()) {
            session.control().resume();
            pauseButton.setText("_Pause");
            monitor.statusProperty().set("Resumed.");
            monitor.log("Resumed by the user.");
        } else {
            session.control().pause();
            pauseButton.setText("_Resume");
            monitor.statusProperty().set("Paused: trainings wait at their next epoch. Resume to carry on.");
            monitor.log("Paused by the user.");
        }
    }

    @FXML
    private void stopAfterGeneration() {
        if (session != null && running.get()) {
            session.control().stopAfterGeneration();
            if (session.control().isPaused()) {
                session.control().resume();
                pauseButton.setText("_Pause");
            }
            monitor.statusProperty().set("Stopping after this generation, then training and testing the best network…");
            monitor.log("Stop after this generation requested.");
        }
    }

    /** Whether the last run stopped early and left a checkpoint to continue from. */
    private boolean resumable() {
        return !running.get() && lastResult != null && lastResult.status() != RunStatus.COMPLETED
                && runFolder != null && RunFolder.hasCheckpoint(runFolder);
    }

    @FXML
    private void resumeRun() {
        if (!resumable()) {
            return;
        }
        try {
            resume(runFolder, dataset);
        } catch (RuntimeException e) {
            Dialogs.error(view, "Cannot resume the run", UserMessages.of(e));
        }
    }

    @FXML
    public void cancel() {
        if (session != null && running.get()) {
            session.control().cancel();
            monitor.statusProperty().set("Cancelling: waiting for the trainings in progress to stop…");
            monitor.log("Cancel requested.");
            cancelButton.setText("Cancelling…");
        }
    }

    @FXML
    private void backToSettings() {
        if (!running.get()) {
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
        return runFolder;
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
