package org.evolab.ui.run;

import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.evolab.run.RunConfig;
import org.evolab.run.RunControl;
import org.evolab.run.RunFolder;
import org.evolab.run.RunResult;
import org.evolab.run.RunStatus;
import org.evolab.ui.common.Formats;

/**
 * The run screen without its controls: the live counters ({@link RunMonitor}), whether a run is
 * going, paused or being cancelled, what the buttons say and allow, and the pause, stop and
 * cancel requests to the run's {@link RunControl}. Plain Java (JavaFX properties only), tested
 * without a toolkit; the controller starts the run's thread and draws.
 */
public final class RunViewModel {
    private final RunMonitor monitor = new RunMonitor();
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final BooleanProperty cancelling = new SimpleBooleanProperty(this, "cancelling");
    private final BooleanProperty canResume = new SimpleBooleanProperty(this, "canResume");
    private final StringProperty elapsed = new SimpleStringProperty(this, "elapsed", "Elapsed 0:00");
    private final StringBinding generations = Bindings.createStringBinding(
            () -> monitor.generationsDoneProperty().get() + " / "
                    + monitor.totalGenerationsProperty().get() + " generations",
            monitor.generationsDoneProperty(),
            monitor.totalGenerationsProperty());
    private final StringBinding evaluations = Bindings.createStringBinding(
            () -> Formats.count(monitor.evaluationsProperty().get()) + " / "
                    + Formats.count((long) monitor.populationSizeProperty().get()
                            * monitor.totalGenerationsProperty().get())
                    + " evaluations",
            monitor.evaluationsProperty(),
            monitor.populationSizeProperty(),
            monitor.totalGenerationsProperty());
    private final StringBinding cacheHits = Bindings.createStringBinding(
            () -> Formats.count(monitor.cacheHitsProperty().get()) + " cache hits", monitor.cacheHitsProperty());
    private final StringBinding eta = Bindings.createStringBinding(
            () -> "ETA "
                    + (monitor.etaProperty().get() == null
                            ? "–"
                            : Formats.clock(monitor.etaProperty().get())),
            monitor.etaProperty());
    private final StringBinding pauseText =
            Bindings.createStringBinding(() -> paused.get() ? "_Resume" : "_Pause", paused);
    private final StringBinding cancelText =
            Bindings.createStringBinding(() -> cancelling.get() ? "Cancelling…" : "_Cancel", cancelling);
    private RunControl control;
    private Path runFolder;
    private RunResult lastResult;

    public RunMonitor monitor() {
        return monitor;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Whether the last run stopped early and left a checkpoint to continue from. */
    public ReadOnlyBooleanProperty canResumeProperty() {
        return canResume;
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed;
    }

    public StringBinding generationsText() {
        return generations;
    }

    public StringBinding evaluationsText() {
        return evaluations;
    }

    public StringBinding cacheHitsText() {
        return cacheHits;
    }

    public StringBinding etaText() {
        return eta;
    }

    public StringBinding pauseText() {
        return pauseText;
    }

    public StringBinding cancelText() {
        return cancelText;
    }

    public RunResult lastResult() {
        return lastResult;
    }

    public Path runFolder() {
        return runFolder;
    }

    /** A run (fresh, or resumed on the views it drew before) has started under {@code control}. */
    public void begin(RunControl runControl, RunConfig config, Path folder, boolean fresh) {
        control = runControl;
        runFolder = folder;
        lastResult = null;
        canResume.set(false);
        paused.set(false);
        cancelling.set(false);
        if (fresh) {
            monitor.reset(config.ga().generations(), config.ga().populationSize());
        }
        elapsed.set("Elapsed 0:00");
        running.set(true);
    }

    /** The run has been going for {@code time}. */
    public void tick(Duration time) {
        if (running.get()) {
            elapsed.set("Elapsed " + Formats.clock(time));
        }
    }

    /** The run has ended with {@code result}; one that stopped early may be resumed from its checkpoint. */
    public void finished(RunResult result) {
        running.set(false);
        lastResult = result;
        canResume.set(
                result.status() != RunStatus.COMPLETED && runFolder != null && RunFolder.hasCheckpoint(runFolder));
        elapsed.set("Elapsed " + Formats.clock(Duration.ofMillis(Math.round(result.wallSeconds() * 1000))));
    }

    /** The run could not start or broke off: {@code message} says why, in words. */
    public void failed(String message) {
        running.set(false);
        monitor.statusProperty().set("The run could not start: " + message);
        monitor.log(message);
        monitor.progressProperty().set(0);
    }

    public void togglePause() {
        if (control == null || !running.get()) {
            return;
        }
        if (control.isPaused()) {
            control.resume();
            paused.set(false);
            monitor.statusProperty().set("Resumed.");
            monitor.log("Resumed by the user.");
        } else {
            control.pause();
            paused.set(true);
            monitor.statusProperty().set("Paused: trainings wait at their next epoch. Resume to carry on.");
            monitor.log("Paused by the user.");
        }
    }

    public void stopAfterGeneration() {
        if (control == null || !running.get()) {
            return;
        }
        control.stopAfterGeneration();
        if (control.isPaused()) {
            control.resume();
            paused.set(false);
        }
        monitor.statusProperty().set("Stopping after this generation, then training and testing the best network…");
        monitor.log("Stop after this generation requested.");
    }

    /** Asks a running run to stop now; false when none runs. */
    public boolean cancel() {
        if (control == null || !running.get()) {
            return false;
        }
        control.cancel();
        cancelling.set(true);
        monitor.statusProperty().set("Cancelling: waiting for the trainings in progress to stop…");
        monitor.log("Cancel requested.");
        return true;
    }
}
