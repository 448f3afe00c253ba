package org.evolab.ui.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evolab.data.schema.TaskType;
import org.evolab.evolution.Individual;
import org.evolab.fitness.FitnessMetric;
import org.evolab.run.Eta;
import org.evolab.run.Evaluation;
import org.evolab.run.GenerationStats;
import org.evolab.run.ModelRows;
import org.evolab.run.RunEvent;
import org.evolab.run.RunStatus;
import org.evolab.ui.common.Formats;

/**
 * The live run as the views see it: counters, progress, status, the current population, a log,
 * and every individual seen (for lineage). Updated from the run's events on the FX thread; it
 * draws nothing itself.
 */
public final class RunMonitor {
    /** Lines kept in the log; older ones are dropped. */
    static final int LOG_LINES = 2000;

    private final IntegerProperty generationsDone = new SimpleIntegerProperty();
    private final IntegerProperty totalGenerations = new SimpleIntegerProperty();
    private final IntegerProperty populationSize = new SimpleIntegerProperty();
    private final IntegerProperty evaluations = new SimpleIntegerProperty();
    private final IntegerProperty cacheHits = new SimpleIntegerProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final ObjectProperty<Duration> eta = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<RunStatus> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<FitnessMetric> metric = new SimpleObjectProperty<>(FitnessMetric.ACCURACY);
    private final ObservableList<Evaluation> population = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final Map<String, Individual> individuals = new LinkedHashMap<>();
    private final Map<String, Evaluation> evaluationsById = new LinkedHashMap<>();
    private Duration elapsed = Duration.ZERO;
    private int currentGeneration = -1;

    public void reset(int generations, int population) {
        generationsDone.set(0);
        totalGenerations.set(generations);
        populationSize.set(population);
        evaluations.set(0);
        cacheHits.set(0);
        progress.set(0);
        eta.set(null);
        status.set("Preparing the data…");
        outcome.set(null);
        this.population.clear();
        log.clear();
        individuals.clear();
        evaluationsById.clear();
        elapsed = Duration.ZERO;
        currentGeneration = -1;
    }

    public void accept(RunEvent event) {
        if (event instanceof RunEvent.RunStarted s) {
            TaskType task = s.schema().taskType();
            FitnessMetric m = s.config().training().metric();
            metric.set(m == null ? FitnessMetric.defaultFor(task) : m);
            log(String.format(
                    Locale.ROOT,
                    "Started: %s, %s of '%s'; %d inputs, %d outputs; %d/%d/%d rows for "
                            + "training/validation/test; %d worker%s.",
                    s.config().ga().strategy() == null
                            ? ""
                            : s.config().ga().strategy().id() + " search",
                    task.id(),
                    s.schema().target(),
                    s.inputs(),
                    s.outputs(),
                    s.trainRows(),
                    s.validationRows(),
                    s.testRows(),
                    s.workers(),
                    s.workers() == 1 ? "" : "s"));
            status.set("Training generation 0, the random start…");
        } else if (event instanceof RunEvent.EvaluationFinished e) {
            Evaluation ev = e.evaluation();
            if (ev.generation() != currentGeneration) {
                currentGeneration = ev.generation();
                population.clear();
            }
            population.add(ev);
            remember(ev);
            evaluations.set(e.evaluationsDone());
            cacheHits.set(e.cacheHits());
            populationSize.set(e.populationSize());
            elapsed = e.elapsed();
            long planned = (long) Math.max(1, totalGenerations.get()) * Math.max(1, e.populationSize());
            progress.set(Math.min(1, e.evaluationsDone() / (double) planned));
            if (e.evaluationsDone() > 0 && planned > e.evaluationsDone()) {
                eta.set(Eta.remaining(e.elapsed(), e.evaluationsDone(), planned));
            }
            if (ev.result().failed()) {
                log(String.format(
                        Locale.ROOT,
                        "%s failed to train: %s",
                        ev.individual().id(),
                        ev.result().failure()));
            }
        } else if (event instanceof RunEvent.GenerationFinished g) {
            GenerationStats s = g.stats();
            generationsDone.set(s.generation() + 1);
            totalGenerations.set(g.totalGenerations());
            population.setAll(g.population());
            g.population().forEach(this::remember);
            eta.set(g.eta());
            elapsed = g.elapsed();
            log(String.format(
                    Locale.ROOT,
                    "Generation %d (%d of %d): best %s, mean %s, worst %s · diversity %.2f · "
                            + "%d evaluated, %d from cache%s",
                    s.generation(),
                    s.generation() + 1,
                    g.totalGenerations(),
                    Formats.score(s.best()),
                    Formats.score(s.mean()),
                    Formats.score(s.worst()),
                    s.diversity(),
                    s.evaluations(),
                    s.cacheHits(),
                    s.failures() > 0 ? ", " + s.failures() + " failed" : ""));
            log("  best so far: " + g.bestSoFar().individual().id() + " ("
                    + Formats.score(g.bestSoFar().fitness()) + ") "
                    + g.bestSoFar().individual().genome().summary());
            if (s.generation() + 1 < g.totalGenerations()) {
                status.set(String.format(
                        Locale.ROOT,
                        "Training generation %d… best %s %s so far",
                        s.generation() + 1,
                        FitnessPlot.metricName(metric.get()),
                        Formats.score(g.bestSoFar().fitness())));
            }
        } else if (event instanceof RunEvent.StatusChanged c) {
            progress.set(-1);
            eta.set(null);
            status.set(c.message());
            log(c.message());
        } else if (event instanceof RunEvent.RunFinished f) {
            var r = f.result();
            outcome.set(r.status());
            progress.set(1);
            eta.set(Duration.ZERO);
            String summary =
                    switch (r.status()) {
                        case COMPLETED -> String.format(
                                Locale.ROOT,
                                "Completed (%s). Best validation %s %s; %s scores %s %s on the %d test rows%s.",
                                r.stopReason(),
                                FitnessPlot.metricName(metric.get()),
                                Formats.score(r.best().fitness()),
                                ModelRows.testedModel(r),
                                r.test().headlineName(),
                                r.test().task() == TaskType.CLASSIFICATION
                                        ? Formats.percent(r.test().headline())
                                        : Formats.score(r.test().headline()),
                                r.test().rows(),
                                r.refitted() ? "; the exported model is refit on " + ModelRows.exported(r) : "");
                        case CANCELLED -> String.format(
                                Locale.ROOT,
                                "Cancelled after %d evaluations; what was scored is kept, "
                                        + "no final model was trained.",
                                r.evaluations());
                        case FAILED -> "The run failed: " + r.error();
                    };
            status.set(summary);
            log(summary);
        }
    }

    private void remember(Evaluation e) {
        individuals.putIfAbsent(e.individual().id(), e.individual());
        evaluationsById.putIfAbsent(e.individual().id(), e);
    }

    public void log(String line) {
        log.add(String.format(Locale.ROOT, "[%s] %s", Formats.clock(elapsed), line));
        if (log.size() > LOG_LINES) {
            log.remove(0, log.size() - LOG_LINES);
        }
    }

    public IntegerProperty generationsDoneProperty() {
        return generationsDone;
    }

    public IntegerProperty totalGenerationsProperty() {
        return totalGenerations;
    }

    public IntegerProperty evaluationsProperty() {
        return evaluations;
    }

    public IntegerProperty cacheHitsProperty() {
        return cacheHits;
    }

    public IntegerProperty populationSizeProperty() {
        return populationSize;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObjectProperty<Duration> etaProperty() {
        return eta;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<RunStatus> outcomeProperty() {
        return outcome;
    }

    public FitnessMetric metric() {
        return metric.get();
    }

    public ObservableList<Evaluation> population() {
        return population;
    }

    public ObservableList<String> log() {
        return log;
    }

    /** Every individual seen in any population, by id (for lineage). */
    public Map<String, Individual> individuals() {
        return individuals;
    }

    /** The first evaluation of each individual seen, by id. */
    public Map<String, Evaluation> evaluationsById() {
        return evaluationsById;
    }
}
