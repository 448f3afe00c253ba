package org.evolab.ui.wizard.evolution;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evolab.data.schema.TaskType;
import org.evolab.evolution.CrossoverMethod;
import org.evolab.evolution.GaSettings;
import org.evolab.evolution.SelectionMethod;
import org.evolab.evolution.Strategy;
import org.evolab.fitness.FitnessMetric;
import org.evolab.run.RunConfig;
import org.evolab.run.StopSettings;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.Problem;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.wizard.search.CostEstimate;
import org.evolab.util.Setting;

/**
 * The evolution step without its controls: the GA, stop, seed, worker and metric settings as
 * properties kept in step with the wizard's config, the step's problem (a seed or target that
 * does not parse included), and the explanation, summary and budget texts. Plain Java (JavaFX
 * properties only), tested without a toolkit.
 *
 * <p>No guard flags: each property writes only its own setting, and only a value the config does
 * not hold already, so a config set into the properties writes nothing back.
 */
public final class EvolutionStepViewModel {
    private final WizardModel model;
    private final BooleanProperty randomSearch = new SimpleBooleanProperty(this, "randomSearch");
    private final ObjectProperty<Integer> population = new SimpleObjectProperty<>(this, "population");
    private final ObjectProperty<Integer> generations = new SimpleObjectProperty<>(this, "generations");
    private final ObjectProperty<Integer> elitism = new SimpleObjectProperty<>(this, "elitism");
    private final ObjectProperty<Double> mutationRate = new SimpleObjectProperty<>(this, "mutationRate");
    private final ObjectProperty<Double> crossoverRate = new SimpleObjectProperty<>(this, "crossoverRate");
    private final ObjectProperty<Double> immigrantRate = new SimpleObjectProperty<>(this, "immigrantRate");
    private final ObjectProperty<CrossoverMethod> crossover = new SimpleObjectProperty<>(this, "crossover");
    private final ObjectProperty<SelectionMethod> selection = new SimpleObjectProperty<>(this, "selection");
    private final ObjectProperty<Integer> tournamentSize = new SimpleObjectProperty<>(this, "tournamentSize");
    private final BooleanProperty targetOn = new SimpleBooleanProperty(this, "targetOn");
    private final StringProperty targetText = new SimpleStringProperty(this, "targetText", "");
    private final BooleanProperty steadyOn = new SimpleBooleanProperty(this, "steadyOn");
    private final ObjectProperty<Integer> steady = new SimpleObjectProperty<>(this, "steady", 5);
    private final BooleanProperty timeBudgetOn = new SimpleBooleanProperty(this, "timeBudgetOn");
    private final ObjectProperty<Integer> timeBudgetMinutes = new SimpleObjectProperty<>(this, "timeBudgetMinutes", 30);
    private final StringProperty seedText = new SimpleStringProperty(this, "seedText");
    private final ObjectProperty<Integer> workers = new SimpleObjectProperty<>(this, "workers");
    private final ObjectProperty<FitnessMetric> metric = new SimpleObjectProperty<>(this, "metric");
    private final ObservableList<FitnessMetric> metrics = FXCollections.observableArrayList();
    private final BooleanBinding tournamentEnabled = Bindings.createBooleanBinding(
            () -> selection.get() == SelectionMethod.TOURNAMENT && !randomSearch.get(), selection, randomSearch);

    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>(this, "problem");
    private final StringProperty explanation = new SimpleStringProperty(this, "explanation");
    private final StringProperty summary = new SimpleStringProperty(this, "summary");
    private final StringProperty budget = new SimpleStringProperty(this, "budget");
    private final StringProperty budgetDetail = new SimpleStringProperty(this, "budgetDetail");

    public EvolutionStepViewModel(WizardModel model) {
        this.model = model;
        load(model.config());
        writes(randomSearch, (c, v) -> c.withGa(c.ga().withStrategy(v ? Strategy.RANDOM_SEARCH : Strategy.GENETIC)));
        writes(population, (c, v) -> c.withGa(c.ga().withPopulationSize(v)));
        writes(generations, (c, v) -> c.withGa(c.ga().withGenerations(v)));
        writes(elitism, (c, v) -> c.withGa(c.ga().withEliteCount(v)));
        writes(mutationRate, (c, v) -> c.withGa(c.ga().withMutationRate(v)));
        writes(crossoverRate, (c, v) -> c.withGa(c.ga().withCrossoverRate(v)));
        writes(immigrantRate, (c, v) -> c.withGa(c.ga().withImmigrantRate(v)));
        writes(crossover, (c, v) -> c.withGa(c.ga().withCrossover(v)));
        writes(selection, (c, v) -> c.withGa(c.ga().withSelection(v)));
        writes(tournamentSize, (c, v) -> c.withGa(c.ga().withTournamentSize(v)));
        writes(workers, RunConfig::withWorkers);
        writes(metric, (c, v) -> c.withTraining(c.training().withMetric(v == defaultMetric() ? null : v)));
        writes(seedText, (c, v) -> seed() == null ? c : c.withSeed(seed()));
        writes(
                targetOn,
                (c, v) -> c.withStop(withTarget(c.stop(), v ? target(c.stop().targetFitness()) : null)));
        writes(
                targetText,
                (c, v) -> !targetOn.get()
                        ? c
                        : c.withStop(withTarget(c.stop(), target(c.stop().targetFitness()))));
        writes(steadyOn, (c, v) -> c.withStop(withSteady(c.stop(), v ? steady.get() : null)));
        writes(steady, (c, v) -> !steadyOn.get() ? c : c.withStop(withSteady(c.stop(), v)));
        // Turned on over a budget that already shows as these minutes (90 s as 2), the budget stays.
        writes(
                timeBudgetOn,
                (c, v) -> v && minutes(c.stop()) == timeBudgetMinutes.get()
                        ? c
                        : c.withStop(withWallClock(c.stop(), v ? timeBudgetMinutes.get() : null)));
        writes(
                timeBudgetMinutes,
                (c, v) -> !timeBudgetOn.get() || minutes(c.stop()) == v ? c : c.withStop(withWallClock(c.stop(), v)));
        model.configProperty().addListener((o, old, config) -> load(config));
        model.datasetProperty().addListener(o -> load(model.config()));
        refresh();
    }

    public BooleanProperty randomSearchProperty() {
        return randomSearch;
    }

    public ObjectProperty<Integer> populationProperty() {
        return population;
    }

    public ObjectProperty<Integer> generationsProperty() {
        return generations;
    }

    public ObjectProperty<Integer> elitismProperty() {
        return elitism;
    }

    public ObjectProperty<Double> mutationRateProperty() {
        return mutationRate;
    }

    public ObjectProperty<Double> crossoverRateProperty() {
        return crossoverRate;
    }

    public ObjectProperty<Double> immigrantRateProperty() {
        return immigrantRate;
    }

    public ObjectProperty<CrossoverMethod> crossoverProperty() {
        return crossover;
    }

    public ObjectProperty<SelectionMethod> selectionProperty() {
        return selection;
    }

    public ObjectProperty<Integer> tournamentSizeProperty() {
        return tournamentSize;
    }

    /** Whether the tournament size means anything: tournament selection in a genetic search. */
    public BooleanBinding tournamentEnabled() {
        return tournamentEnabled;
    }

    public BooleanProperty targetOnProperty() {
        return targetOn;
    }

    public StringProperty targetTextProperty() {
        return targetText;
    }

    public BooleanProperty steadyOnProperty() {
        return steadyOn;
    }

    public ObjectProperty<Integer> steadyProperty() {
        return steady;
    }

    public BooleanProperty timeBudgetOnProperty() {
        return timeBudgetOn;
    }

    public ObjectProperty<Integer> timeBudgetMinutesProperty() {
        return timeBudgetMinutes;
    }

    public StringProperty seedTextProperty() {
        return seedText;
    }

    public ObjectProperty<Integer> workersProperty() {
        return workers;
    }

    public ObjectProperty<FitnessMetric> metricProperty() {
        return metric;
    }

    /** The metrics for the data's task. */
    public ObservableList<FitnessMetric> metrics() {
        return metrics;
    }

    /** Why these settings cannot be used, keyed by the setting at fault; null when they can. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem;
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty budgetProperty() {
        return budget;
    }

    public ReadOnlyStringProperty budgetDetailProperty() {
        return budgetDetail;
    }

    /** A new seed below a million (easy to note down). */
    public void randomSeed() {
        seedText.set(Long.toString(Math.abs(new SplittableRandom().nextLong() % 1_000_000)));
    }

    /** After any change of {@code p}, the config as {@code write} makes it (the model drops an equal one). */
    private <T> void writes(ObservableValue<T> p, BiFunction<RunConfig, T, RunConfig> write) {
        p.addListener((o, old, v) -> {
            if (v != null) {
                model.update(c -> write.apply(c, v));
            }
            refresh();
        });
    }

    private Long seed() {
        String text = seedText.get();
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The target fitness typed in, or {@code fallback} while it does not parse. */
    private Double target(Double fallback) {
        String text = targetText.get();
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static StopSettings withTarget(StopSettings s, Double target) {
        return new StopSettings(target, s.steadyGenerations(), s.wallClockSeconds());
    }

    private static StopSettings withSteady(StopSettings s, Integer generations) {
        return new StopSettings(s.targetFitness(), generations, s.wallClockSeconds());
    }

    private static StopSettings withWallClock(StopSettings s, Integer minutes) {
        return new StopSettings(s.targetFitness(), s.steadyGenerations(), minutes == null ? null : minutes * 60L);
    }

    /** The time budget in whole minutes, as the spinner shows it (90 s shows as 2). */
    private static int minutes(StopSettings s) {
        return s.wallClockSeconds() == null ? -1 : (int) Math.max(1, Math.round(s.wallClockSeconds() / 60.0));
    }

    private FitnessMetric defaultMetric() {
        DatasetInfo info = model.dataset();
        TaskType task = info == null || info.taskType() == null ? TaskType.CLASSIFICATION : info.taskType();
        return FitnessMetric.defaultFor(task);
    }

    /** Every property to the config's value; each then finds its setting already there. */
    private void load(RunConfig config) {
        GaSettings ga = config.ga();
        randomSearch.set(ga.strategy() == Strategy.RANDOM_SEARCH);
        population.set(ga.populationSize());
        generations.set(ga.generations());
        elitism.set(ga.eliteCount());
        mutationRate.set(ga.mutationRate());
        crossoverRate.set(ga.crossoverRate());
        immigrantRate.set(ga.immigrantRate());
        tournamentSize.set(ga.tournamentSize());
        selection.set(ga.selection());
        crossover.set(ga.crossover());
        StopSettings stop = config.stop();
        if (stop.targetFitness() != null) {
            targetText.set(String.format(Locale.ROOT, "%s", stop.targetFitness()));
        } else if (targetText.get() == null || targetText.get().isBlank()) {
            targetText.set(defaultMetric() == FitnessMetric.ACCURACY ? "0.95" : "0");
        }
        targetOn.set(stop.targetFitness() != null);
        if (stop.steadyGenerations() != null) {
            steady.set(stop.steadyGenerations());
        }
        steadyOn.set(stop.steadyGenerations() != null);
        if (stop.wallClockSeconds() != null) {
            timeBudgetMinutes.set(minutes(stop));
        }
        timeBudgetOn.set(stop.wallClockSeconds() != null);
        if (!Objects.equals(seed(), config.seed())) {
            seedText.set(Long.toString(config.seed()));
        }
        workers.set(config.workers());
        FitnessMetric def = defaultMetric();
        List<FitnessMetric> forTask = List.of(FitnessMetric.values()).stream()
                .filter(m -> m.task() == def.task())
                .toList();
        if (!metrics.equals(forTask)) {
            metrics.setAll(forTask);
        }
        FitnessMetric chosen = config.training().metric();
        metric.set(chosen == null || chosen.task() != def.task() ? def : chosen);
        refresh();
    }

    private void refresh() {
        RunConfig c = model.config();
        problem.set(computeProblem(c));
        explanation.set(EvolutionTexts.explain(c.ga()));
        DatasetInfo info = model.dataset();
        summary.set(EvolutionTexts.summary(c, info));
        long evaluations = (long) c.ga().populationSize() * c.ga().generations();
        if (info == null
                || !info.usable()
                || Problem.check(() -> {
                            c.searchSpace().validate();
                            c.ga().validate();
                        })
                        != null) {
            budget.set(Formats.count(evaluations) + " evaluations");
            budgetDetail.set("");
            return;
        }
        CostEstimate e =
                CostEstimate.of(c, info.inputs(), info.outputs(), info.table().rowCount());
        budget.set(Formats.count(evaluations) + " evaluations, " + Formats.roughDuration(e.totalSeconds()));
        budgetDetail.set(EvolutionTexts.budgetDetail(c, e));
    }

    private Problem computeProblem(RunConfig c) {
        if (seed() == null) {
            return Problem.of(Setting.SEED, "a whole number, such as 42");
        }
        if (targetOn.get() && target(null) == null) {
            return Problem.of(Setting.TARGET_FITNESS, "a number, such as 0.95 (accuracy) or -2.5 (negative RMSE)");
        }
        Problem invalid = Problem.check(() -> {
            c.ga().validate();
            c.stop().validate();
        });
        if (invalid != null) {
            return invalid;
        }
        if (c.workers() < 0) {
            return Problem.of(Setting.WORKERS, "must be 0 (one per core) or more");
        }
        DatasetInfo info = model.dataset();
        FitnessMetric m = c.training().metric();
        if (m != null && info != null && info.taskType() != null && m.task() != info.taskType()) {
            return Problem.of(
                    Setting.FITNESS_METRIC,
                    m.id() + " is for " + m.task().id() + ", the data is "
                            + info.taskType().id());
        }
        return null;
    }
}
