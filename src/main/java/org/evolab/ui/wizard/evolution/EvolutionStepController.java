package org.evolab.ui.wizard.evolution;

import java.util.List;
import javafx.beans.property.ObjectProperty;
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
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.evolab.evolution.CrossoverMethod;
import org.evolab.evolution.SelectionMethod;
import org.evolab.fitness.FitnessMetric;
import org.evolab.ui.common.Problems;
import org.evolab.ui.common.Spinners;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.wizard.FxmlWizardStep;
import org.evolab.util.Setting;

/**
 * Step 3: how the genetic algorithm searches (or the random baseline), when it stops, and its seed.
 * Binds the controls to its {@link EvolutionStepViewModel}, which holds the logic.
 */
public final class EvolutionStepController extends FxmlWizardStep {
    private final EvolutionStepViewModel viewModel;

    /** The wizard's state, for the Run on choice (its own small view, RunOnField). */
    private final WizardModel model;

    @FXML
    private RadioButton geneticRadio;

    @FXML
    private RadioButton randomRadio;

    @FXML
    private ToggleGroup strategyGroup;

    @FXML
    private Spinner<Integer> populationSpinner;

    @FXML
    private Label populationMessage;

    @FXML
    private Spinner<Integer> generationsSpinner;

    @FXML
    private Label generationsMessage;

    @FXML
    private Spinner<Integer> elitismSpinner;

    @FXML
    private Label elitismMessage;

    @FXML
    private Spinner<Double> mutationRateSpinner;

    @FXML
    private Label mutationRateMessage;

    @FXML
    private Spinner<Double> crossoverRateSpinner;

    @FXML
    private Spinner<Double> immigrantRateSpinner;

    @FXML
    private Label immigrantRateMessage;

    @FXML
    private Label crossoverRateMessage;

    @FXML
    private ComboBox<CrossoverMethod> crossoverChoice;

    @FXML
    private ComboBox<SelectionMethod> selectionChoice;

    @FXML
    private Spinner<Integer> tournamentSizeSpinner;

    @FXML
    private Label tournamentSizeMessage;

    @FXML
    private CheckBox targetFitnessCheck;

    @FXML
    private TextField targetFitnessField;

    @FXML
    private Label targetFitnessMessage;

    @FXML
    private CheckBox steadyCheck;

    @FXML
    private Spinner<Integer> steadySpinner;

    @FXML
    private Label steadyMessage;

    @FXML
    private CheckBox timeBudgetCheck;

    @FXML
    private Spinner<Integer> timeBudgetSpinner;

    @FXML
    private Label timeBudgetMessage;

    @FXML
    private TextField seedField;

    @FXML
    private Label seedMessage;

    @FXML
    private Spinner<Integer> workersSpinner;

    @FXML
    private HBox runOnBox;

    @FXML
    private Label workersMessage;

    @FXML
    private ComboBox<FitnessMetric> metricChoice;

    @FXML
    private Label metricMessage;

    @FXML
    private Label evolutionProblem;

    @FXML
    private Label budgetLabel;

    @FXML
    private Label budgetDetail;

    @FXML
    private Label gaExplanation;

    @FXML
    private Label runSummary;

    public EvolutionStepController(WizardModel model) {
        super(
                "EvolutionStep.fxml",
                "Evolution",
                "Choose how the population evolves and when the search stops, then start.");
        this.viewModel = new EvolutionStepViewModel(model);
        this.model = model;
    }

    @FXML
    private void initialize() {
        EvolutionStepViewModel vm = viewModel;
        Spinners.bind(populationSpinner, 2, 5000, 2, vm.populationProperty());
        Spinners.bind(generationsSpinner, 1, 5000, 1, vm.generationsProperty());
        Spinners.bind(elitismSpinner, 0, 1000, 1, vm.elitismProperty());
        decimal(mutationRateSpinner, vm.mutationRateProperty());
        decimal(crossoverRateSpinner, vm.crossoverRateProperty());
        decimal(immigrantRateSpinner, vm.immigrantRateProperty());
        Spinners.bind(tournamentSizeSpinner, 1, 1000, 1, vm.tournamentSizeProperty());
        Spinners.bind(steadySpinner, 1, 1000, 1, vm.steadyProperty());
        Spinners.bind(timeBudgetSpinner, 1, 100_000, 5, vm.timeBudgetMinutesProperty());
        Spinners.bind(workersSpinner, 0, 256, 1, vm.workersProperty());
        RunOnField.attach(runOnBox, model);
        selectionChoice.setItems(FXCollections.observableArrayList(SelectionMethod.values()));
        selectionChoice.valueProperty().bindBidirectional(vm.selectionProperty());
        crossoverChoice.setItems(FXCollections.observableArrayList(CrossoverMethod.values()));
        crossoverChoice.valueProperty().bindBidirectional(vm.crossoverProperty());
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

        metricChoice.setItems(vm.metrics());
        metricChoice.valueProperty().bindBidirectional(vm.metricProperty());
        (vm.randomSearchProperty().get() ? randomRadio : geneticRadio).setSelected(true);
        randomRadio.selectedProperty().addListener((o, was, random) -> vm.randomSearchProperty()
                .set(random));
        vm.randomSearchProperty()
                .addListener((o, was, random) -> (random ? randomRadio : geneticRadio).setSelected(true));
        targetFitnessCheck.selectedProperty().bindBidirectional(vm.targetOnProperty());
        targetFitnessField.textProperty().bindBidirectional(vm.targetTextProperty());
        steadyCheck.selectedProperty().bindBidirectional(vm.steadyOnProperty());
        timeBudgetCheck.selectedProperty().bindBidirectional(vm.timeBudgetOnProperty());
        seedField.textProperty().bindBidirectional(vm.seedTextProperty());

        steadySpinner.disableProperty().bind(steadyCheck.selectedProperty().not());
        timeBudgetSpinner
                .disableProperty()
                .bind(timeBudgetCheck.selectedProperty().not());
        targetFitnessField
                .disableProperty()
                .bind(targetFitnessCheck.selectedProperty().not());
        tournamentSizeSpinner.disableProperty().bind(vm.tournamentEnabled().not());
        for (Control c : List.of(
                elitismSpinner,
                mutationRateSpinner,
                crossoverRateSpinner,
                immigrantRateSpinner,
                crossoverChoice,
                selectionChoice)) {
            c.disableProperty().bind(vm.randomSearchProperty());
        }
        gaExplanation.textProperty().bind(vm.explanationProperty());
        runSummary.textProperty().bind(vm.summaryProperty());
        budgetLabel.textProperty().bind(vm.budgetProperty());
        budgetDetail.textProperty().bind(vm.budgetDetailProperty());

        Problems problems = new Problems(evolutionProblem)
                .register(Setting.POPULATION, populationSpinner, populationMessage)
                .register(Setting.GENERATIONS, generationsSpinner, generationsMessage)
                .register(Setting.ELITISM, elitismSpinner, elitismMessage)
                .register(Setting.MUTATION_RATE, mutationRateSpinner, mutationRateMessage)
                .register(Setting.CROSSOVER_RATE, crossoverRateSpinner, crossoverRateMessage)
                .register(Setting.IMMIGRANT_RATE, immigrantRateSpinner, immigrantRateMessage)
                .register(Setting.TOURNAMENT_SIZE, tournamentSizeSpinner, tournamentSizeMessage)
                .register(Setting.TARGET_FITNESS, targetFitnessField, targetFitnessMessage)
                .register(Setting.STEADY_GENERATIONS, steadySpinner, steadyMessage)
                .register(Setting.TIME_BUDGET, timeBudgetSpinner, timeBudgetMessage)
                .register(Setting.SEED, seedField, seedMessage)
                .register(Setting.WORKERS, workersSpinner, workersMessage)
                .register(Setting.FITNESS_METRIC, metricChoice, metricMessage);
        tooltips();
        follow(vm.problemProperty(), problems);
    }

    private static void decimal(Spinner<Double> spinner, ObjectProperty<Double> value) {
        Spinners.decimal(spinner, 0, 1, value.get(), 0.05);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
    }

    private void tooltips() {
        geneticRadio.setTooltip(
                new Tooltip("Breed each generation from the best of the last: selection, crossover and mutation"));
        randomRadio.setTooltip(
                new Tooltip("Draw every network at random with the same budget: the baseline a GA has to beat"));
        populationSpinner.setTooltip(new Tooltip("How many networks are trained in each generation"));
        generationsSpinner.setTooltip(
                new Tooltip("How many generations the search runs, the random first one included"));
        elitismSpinner.setTooltip(
                new Tooltip("The best networks carried unchanged into the next generation (not retrained)"));
        mutationRateSpinner.setTooltip(new Tooltip("The chance that each gene of a child is changed at random"));
        crossoverRateSpinner.setTooltip(
                new Tooltip("The chance that a child mixes the genes of two parents rather than copying one"));
        immigrantRateSpinner.setTooltip(
                new Tooltip("The share of each later generation drawn at random, as generation 0 is: the search keeps "
                        + "exploring while the rest breeds from the best"));
        crossoverChoice.setTooltip(
                new Tooltip(
                        "One-point cuts both parents at one place and swaps the tails; uniform picks each gene from either parent"));
        selectionChoice.setTooltip(
                new Tooltip(
                        "How parents are picked: tournament, roulette (by fitness), rank, or nsga2 (fitness and size: NSGA-II)"));
        tournamentSizeSpinner.setTooltip(
                new Tooltip("How many random contestants a tournament compares; larger means greedier"));
        targetFitnessCheck.setTooltip(new Tooltip("Stop as soon as the best validation score reaches this value"));
        steadyCheck.setTooltip(new Tooltip("Stop after this many generations without a better best score"));
        timeBudgetCheck.setTooltip(
                new Tooltip("Stop the search once it has run this long, then train the best network"));
        seedField.setTooltip(new Tooltip("The same seed, data and settings give the same run again"));
        workersSpinner.setTooltip(new Tooltip("Networks trained at the same time; 0 uses one per processor core"));
        metricChoice.setTooltip(new Tooltip("The validation score that is each network's fitness (higher is better)"));
    }

    @FXML
    private void randomSeed() {
        viewModel.randomSeed();
    }
}
