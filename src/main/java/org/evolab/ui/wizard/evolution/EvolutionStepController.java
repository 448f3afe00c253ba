package org.evolab.ui.wizard.evolution;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.evolab.data.TaskType;
import org.evolab.evolution.CrossoverMethod;
import org.evolab.evolution.GaSettings;
import org.evolab.evolution.SelectionMethod;
import org.evolab.evolution.Strategy;
import org.evolab.fitness.FitnessMetric;
import org.evolab.run.RunConfig;
import org.evolab.run.StopSettings;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.Problems;
import org.evolab.ui.common.Spinners;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.wizard.FxmlWizardStep;
import org.evolab.ui.wizard.search.CostEstimate;

/** Step 3: how the genetic algorithm searches (or the random baseline), when it stops, and its seed. */
public final class EvolutionStepController extends FxmlWizardStep {
    private final WizardModel model;
    /** A field whose text does not parse (seed, target fitness): not yet in the config. */
    private final StringProperty typingProblem = new SimpleStringProperty();
    private boolean syncing;
    private boolean pushing;
    private Problems problems;

    @FXML private RadioButton geneticRadio;
    @FXML private RadioButton randomRadio;
    @FXML private ToggleGroup strategyGroup;
    @FXML private Spinner<Integer> populationSpinner;
    @FXML private Label populationMessage;
    @FXML private Spinner<Integer> generationsSpinner;
    @FXML private Label generationsMessage;
    @FXML private Spinner<Integer> elitismSpinner;
    @FXML private Label elitismMessage;
    @FXML private Spinner<Double> mutationRateSpinner;
    @FXML private Label mutationRateMessage;
    @FXML private Spinner<Double> crossoverRateSpinner;
    @FXML private Label crossoverRateMessage;
    @FXML private ComboBox<CrossoverMethod> crossoverChoice;
    @FXML private ComboBox<SelectionMethod> selectionChoice;
    @FXML private Spinner<Integer> tournamentSizeSpinner;
    @FXML private Label tournamentSizeMessage;
    @FXML private CheckBox targetFitnessCheck;
    @FXML private TextField targetFitnessField;
    @FXML private Label targetFitnessMessage;
    @FXML private CheckBox steadyCheck;
    @FXML private Spinner<Integer> steadySpinner;
    @FXML private Label steadyMessage;
    @FXML private CheckBox timeBudgetCheck;
    @FXML private Spinner<Integer> timeBudgetSpinner;
    @FXML private Label timeBudgetMessage;
    @FXML private TextField seedField;
    @FXML private Label seedMessage;
    @FXML private Spinner<Integer> workersSpinner;
    @FXML private Label workersMessage;
    @FXML private javafx.scene.layout.HBox runOnBox;
    @FXML private ComboBox<FitnessMetric> metricChoice;
    @FXML private Label metricMessage;
    @FXML private Label evolutionProblem;
    @FXML private Label budgetLabel;
    @FXML private Label budgetDetail;
    @FXML private Label gaExplanation;
    @FXML private Label runSummary;

    public EvolutionStepController(WizardModel model) {
        super("EvolutionStep.fxml", "Evolution", "Choose how the population evolves and when the search stops, then start.");
        this.model = model;
    }

    @FXML
    private void initialize() {
        GaSettings ga = model.config().ga();
        Spinners.integer(populationSpinner, 2, 5000, ga.populationSize(), 2);
        Spinners.integer(generationsSpinner, 1, 5000, ga.generations(), 1);
        Spinners.integer(elitismSpinner, 0, 1000, ga.eliteCount(), 1);
        Spinners.decimal(mutationRateSpinner, 0, 1, ga.mutationRate(), 0.05);
        Spinners.decimal(crossoverRateSpinner, 0, 1, ga.crossoverRate(), 0.05);
        Spinners.integer(tournamentSizeSpinner, 1, 1000, ga.tournamentSize(), 1);
        Spinners.integer(steadySpinner, 1, 1000, 5, 1);
        Spinners.integer(timeBudgetSpinner, 1, 100_000, 30, 5);
        Spinners.integer(workersSpinner, 0, 256, model.config().workers(), 1);
        RunOnField.attach(runOnBox, model);
        selectionChoice.setItems(FXCollections.observableArrayList(SelectionMethod.values()));
        crossoverChoice.setItems(FXCollections.observableArrayList(CrossoverMethod.values()));
        metricChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(FitnessMetric m) {
                if (m == null) {
                    return "";
                }
                return switch (m) {
                    case ACCURACY -> "accuracy";
                    case MACRO_F1 -> "macro F1 (fair to small classes)";
                    case NEG_RMSE -> "negative RMSE";
                    case R2 -> "R² (explained variance)";
                };
            }

            @Override
            public FitnessMetric fromString(String s) {
                return null;
            }
        });

        steadySpinner.disableProperty().bind(steadyCheck.selectedProperty().not());
        timeBudgetSpinner.disableProperty().bind(timeBudgetCheck.selectedProperty().not());
        targetFitnessField.disableProperty().bind(targetFitnessCheck.selectedProperty().not());
        tournamentSizeSpinner.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selectionChoice.getValue() != SelectionMethod.TOURNAMENT || randomRadio.isSelected(),
                selectionChoice.valueProperty(), randomRadio.selectedProperty()));
        for (Control c : List.of(elitismSpinner, mutationRateSpinner, crossoverRateSpinner, crossoverChoice,
                selectionChoice)) {
            c.disableProperty().bind(randomRadio.selectedProperty());
        }

        for (var p : List.of(populationSpinner.valueProperty(), generationsSpinner.valueProperty(),
                elitismSpinner.valueProperty(), tournamentSizeSpinner.valueProperty(), steadySpinner.valueProperty(),
                timeBudgetSpinner.valueProperty(), workersSpinner.valueProperty())) {
            p.addListener(o -> push());
        }
        mutationRateSpinner.valueProperty().addListener(o -> push());
        crossoverRateSpinner.valueProperty().addListener(o -> push());
        selectionChoice.valueProperty().addListener(o -> push());
        crossoverChoice.valueProperty().addListener(o -> push());
        metricChoice.valueProperty().addListener(o -> push());
        strategyGroup.selectedToggleProperty().addListener(o -> push());
        for (CheckBox box : List.of(targetFitnessCheck, steadyCheck, timeBudgetCheck)) {
            box.selectedProperty().addListener(o -> push());
        }
        targetFitnessField.textProperty().addListener(o -> push());
        seedField.textProperty().addListener(o -> push());

        problems = new Problems(evolutionProblem)
                .register("population", populationSpinner, populationMessage)
                .register("generations", generationsSpinner, generationsMessage)
                .register("elitism", elitismSpinner, elitismMessage)
                .register("mutation rate", mutationRateSpinner, mutationRateMessage)
                .register("crossover rate", crossoverRateSpinner, crossoverRateMessage)
                .register("tournament size", tournamentSizeSpinner, tournamentSizeMessage)
                .register("target fitness", targetFitnessField, targetFitnessMessage)
                .register("no-improvement stop", steadySpinner, steadyMessage)
                .register("time budget", timeBudgetSpinner, timeBudgetMessage)
                .register("seed", seedField, seedMessage)
                .register("workers", workersSpinner, workersMessage)
                .register("fitness metric", metricChoice, metricMessage);
        tooltips();

        model.configProperty().addListener((o, old, config) -> pull(config));
        model.datasetProperty().addListener(o -> pull(model.config()));
        problem.bind(Bindings.createStringBinding(this::computeProblem, model.configProperty(), typingProblem,
                model.datasetProperty()));
        problem.addListener((o, old, message) -> problems.show(message));
        pull(model.config());
        problems.show(problem.get());
    }

    private void tooltips() {
        geneticRadio.setTooltip(new Tooltip("Breed each generation from the best of the last: selection, crossover and mutation"));
        randomRadio.setTooltip(new Tooltip("Draw every network at random with the same budget: the baseline a GA has to beat"));
        populationSpinner.setTooltip(new Tooltip("How many networks are trained in each generation"));
        generationsSpinner.setTooltip(new Tooltip("How many generations the search runs, the random first one included"));
        elitismSpinner.setTooltip(new Tooltip("The best networks carried unchanged into the next generation (not retrained)"));
        mutationRateSpinner.setTooltip(new Tooltip("The chance that each gene of a child is changed at random"));
        crossoverRateSpinner.setTooltip(new Tooltip("The chance that a child mixes the genes of two parents rather than copying one"));
        crossoverChoice.setTooltip(new Tooltip("One-point cuts both parents at one place and swaps the tails; uniform picks each gene from either parent"));
        selectionChoice.setTooltip(new Tooltip("How parents are picked: tournament, roulette (by fitness), rank, or nsga2 (fitness and size: NSGA-II)"));
        tournamentSizeSpinner.setTooltip(new Tooltip("How many random contestants a tournament compares; larger means greedier"));
        targetFitnessCheck.setTooltip(new Tooltip("Stop as soon as the best validation score reaches this value"));
        steadyCheck.setTooltip(new Tooltip("Stop after this many generations without a better best score"));
        timeBudgetCheck.setTooltip(new Tooltip("Stop the search once it has run this long, then train the best network"));
        seedField.setTooltip(new Tooltip("The same seed, data and settings give the same run again"));
        workersSpinner.setTooltip(new Tooltip("Networks trained at the same time; 0 uses one per processor core"));
        metricChoice.setTooltip(new Tooltip("The validation score that is each network's fitness (higher is better)"));
    }

    private String computeProblem() {
        if (typingProblem.get() != null) {
            return typingProblem.get();
        }
        RunConfig c = model.config();
        String message = Problems.check(() -> {
            c.ga().validate();
            c.stop().validate();
        });
        if (message != null) {
            return message;
        }
        if (c.workers() < 0) {
            return "workers: must be 0 (one per core) or more";
        }
        DatasetInfo info = model.dataset();
        FitnessMetric metric = c.training().metric();
        if (metric != null && info != null && info.taskType() != null && metric.task() != info.taskType()) {
            return "fitness metric: " + metric.id() + " is for " + metric.task().id() + ", the data is "
                    + info.taskType().id();
        }
        return null;
    }

    private void push() {
        if (syncing) {
            return;
        }
        Long seed = parseSeed();
        Double target = null;
        String typing = seed == null ? "seed: a whole number, such as 42" : null;
        if (targetFitnessCheck.isSelected()) {
            try {
                target = Double.parseDouble(targetFitnessField.getText().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                typing = typing == null ? "target fitness: a number, such as 0.95 (accuracy) or -2.5 (negative RMSE)" : typing;
            }
        }
        typingProblem.set(typing);
        Strategy strategy = randomRadio.isSelected() ? Strategy.RANDOM_SEARCH : Strategy.GENETIC;
        Double targetFitness = target;
        FitnessMetric chosen = metricChoice.getValue();
        pushing = true;
        try {
            model.update(c -> {
                GaSettings ga = new GaSettings(strategy, populationSpinner.getValue(), generationsSpinner.getValue(),
                        mutationRateSpinner.getValue(), crossoverRateSpinner.getValue(), elitismSpinner.getValue(),
                        selectionChoice.getValue() == null ? c.ga().selection() : selectionChoice.getValue(),
                        tournamentSizeSpinner.getValue(),
                        crossoverChoice.getValue() == null ? c.ga().crossover() : crossoverChoice.getValue());
                StopSettings stop = new StopSettings(
                        targetFitnessCheck.isSelected() ? (targetFitness == null ? c.stop().targetFitness() : targetFitness) : null,
                        steadyCheck.isSelected() ? steadySpinner.getValue() : null,
                        timeBudgetCheck.isSelected() ? timeBudgetSpinner.getValue() * 60L : null);
                FitnessMetric metric = chosen == null || chosen == defaultMetric() ? null : chosen;
                return c.withGa(ga).withStop(stop).withWorkers(workersSpinner.getValue())
                        .withSeed(seed == null ? c.seed() : seed).withTraining(c.training().withMetric(metric));
            });
        } finally {
            pushing = false;
        }
        budget();
    }

    private Long parseSeed() {
        try {
            return Long.parseLong(seedField.getText().strip());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private FitnessMetric defaultMetric() {
        DatasetInfo info = model.dataset();
        TaskType task = info == null || info.taskType() == null ? TaskType.CLASSIFICATION : info.taskType();
        return FitnessMetric.defaultFor(task);
    }

    private void pull(RunConfig config) {
        if (syncing || pushing) {
            budget();
            return;
        }
        syncing = true;
        try {
            GaSettings ga = config.ga();
            (ga.strategy() == Strategy.RANDOM_SEARCH ? randomRadio : geneticRadio).setSelected(true);
            setIfDifferent(populationSpinner, ga.populationSize());
            setIfDifferent(generationsSpinner, ga.generations());
            setIfDifferent(elitismSpinner, ga.eliteCount());
            setIfDifferent(mutationRateSpinner, ga.mutationRate());
            setIfDifferent(crossoverRateSpinner, ga.crossoverRate());
            setIfDifferent(tournamentSizeSpinner, ga.tournamentSize());
            selectionChoice.setValue(ga.selection());
            crossoverChoice.setValue(ga.crossover());
            StopSettings stop = config.stop();
            targetFitnessCheck.setSelected(stop.targetFitness() != null);
            if (stop.targetFitness() != null) {
                targetFitnessField.setText(String.format(Locale.ROOT, "%s", stop.targetFitness()));
            } else if (targetFitnessField.getText() == null || targetFitnessField.getText().isBlank()) {
                targetFitnessField.setText(defaultMetric() == FitnessMetric.ACCURACY ? "0.95" : "0");
            }
            steadyCheck.setSelected(stop.steadyGenerations() != null);
            if (stop.steadyGenerations() != null) {
                setIfDifferent(steadySpinner, stop.steadyGenerations());
            }
            timeBudgetCheck.setSelected(stop.wallClockSeconds() != null);
            if (stop.wallClockSeconds() != null) {
                setIfDifferent(timeBudgetSpinner, (int) Math.max(1, Math.round(stop.wallClockSeconds() / 60.0)));
            }
            if (!Objects.equals(parseSeed(), config.seed())) {
                seedField.setText(Long.toString(config.seed()));
            }
            setIfDifferent(workersSpinner, config.workers());
            FitnessMetric def = defaultMetric();
            List<FitnessMetric> metrics = List.of(FitnessMetric.values()).stream().filter(m -> m.task() == def.task())
                    .toList();
            if (!metricChoice.getItems().equals(metrics)) {
                metricChoice.setItems(FXCollections.observableArrayList(metrics));
            }
            FitnessMetric chosen = config.training().metric();
            metricChoice.setValue(chosen == null || chosen.task() != def.task() ? def : chosen);
        } finally {
            syncing = false;
        }
        budget();
    }

    private static <T> void setIfDifferent(Spinner<T> spinner, T value) {
        if (!Objects.equals(spinner.getValue(), value)) {
            Spinners.set(spinner, value);
        }
    }

    /** One paragraph that says what the current settings make the algorithm do. */
    static String explain(GaSettings ga) {
        if (ga.strategy() == Strategy.RANDOM_SEARCH) {
            return String.format(Locale.ROOT, "Every generation draws %d new networks at random from the search space: "
                    + "no selection, no inheritance. Compare its best score with a genetic run of the same budget to see "
                    + "what evolution adds.", ga.populationSize());
        }
        int children = Math.max(0, ga.populationSize() - ga.eliteCount());
        String selection = switch (ga.selection()) {
            case TOURNAMENT -> "the best of " + ga.tournamentSize() + " drawn at random (a tournament)";
            case ROULETTE -> "drawn with chances in proportion to their fitness (roulette)";
            case RANK -> "drawn with chances by their rank (rank selection)";
            case NSGA2 -> "the better of two drawn at random on the Pareto front of fitness against parameter count "
                    + "(NSGA-II: the lower front, then the less crowded; the elites too)";
        };
        return String.format(Locale.ROOT, "Generation 0 is drawn at random. In each later one, the %d best network%s "
                        + "carried over unchanged; each of the other %d is bred from parents picked as %s. With "
                        + "probability %.2f two parents are mixed by %s crossover, otherwise one is copied; then each gene "
                        + "mutates with probability %.2f. Every new network is trained and scored on the validation rows.",
                ga.eliteCount(), ga.eliteCount() == 1 ? " is" : "s are", children, selection, ga.crossoverRate(),
                ga.crossover().id(), ga.mutationRate());
    }

    /** The whole run in a few lines, to review before starting. */
    static String summary(RunConfig c, DatasetInfo info) {
        var s = c.searchSpace();
        String data = info == null || info.schema() == null ? "no data yet"
                : String.format(Locale.ROOT, "%s: predict '%s' (%s) from %d input%s", info.table().name(),
                info.schema().target(), info.taskType().id(), info.inputs(), info.inputs() == 1 ? "" : "s");
        return String.format(Locale.ROOT, "Data · %s; split %.0f/%.0f/%.0f %%%n"
                        + "Networks · %d–%d hidden layers of %d–%d neurons, learning rate %s–%s, %d–%d epochs, patience %d%n"
                        + "Search · %s, seed %d, %s",
                data, c.split().train() * 100, c.split().validation() * 100, c.split().test() * 100,
                s.minLayers(), s.maxLayers(), s.minNeurons(), s.maxNeurons(), Formats.small(s.minLearningRate()),
                Formats.small(s.maxLearningRate()), s.minEpochs(), s.maxEpochs(), c.training().patience(),
                c.ga().strategy() == Strategy.RANDOM_SEARCH ? "random search" : "genetic algorithm", c.seed(),
                c.workers() == 0 ? "one worker per core" : c.workers() + " worker" + (c.workers() == 1 ? "" : "s"));
    }

    private void budget() {
        RunConfig c = model.config();
        gaExplanation.setText(explain(c.ga()));
        runSummary.setText(summary(c, model.dataset()));
        DatasetInfo info = model.dataset();
        long evaluations = (long) c.ga().populationSize() * c.ga().generations();
        if (info == null || !info.usable() || Problems.check(() -> {
            c.searchSpace().validate();
            c.ga().validate();
        }) != null) {
            budgetLabel.setText(Formats.count(evaluations) + " evaluations");
            budgetDetail.setText("");
            return;
        }
        CostEstimate e = CostEstimate.of(c, info.inputs(), info.outputs(), info.table().rowCount());
        budgetLabel.setText(Formats.count(evaluations) + " evaluations, " + Formats.roughDuration(e.totalSeconds()));
        budgetDetail.setText(String.format(Locale.ROOT, "%d × %d generations; at most %s networks trained (elites are "
                        + "not retrained), then the best is retrained on training + validation data and tested.",
                c.ga().populationSize(), c.ga().generations(), Formats.count(e.trainings())));
    }

    @FXML
    private void randomSeed() {
        seedField.setText(Long.toString(Math.abs(new SplittableRandom().nextLong() % 1_000_000)));
    }

    @Override
    public void shown() {
        pull(model.config());
    }
}
