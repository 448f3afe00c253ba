package org.evolab.ui.wizard.search;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.Optimizer;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.Problems;
import org.evolab.ui.common.Ranges;
import org.evolab.ui.common.Spinners;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.wizard.FxmlWizardStep;
import org.evolab.util.Setting;

/**
 * Step 2: the ranges the genetic algorithm may search, with a live estimate of what they cost.
 * Builds the controls and binds them to its {@link SearchStepViewModel}, which holds the logic.
 */
public final class SearchStepController extends FxmlWizardStep {
    static final int MAX_LAYERS = 12;
    /** The most networks the ensemble spinner offers to average. */
    static final int MAX_ENSEMBLE = 20;

    static final int MAX_NEURONS = 512;
    static final int MAX_EPOCHS = 500;

    private final SearchStepViewModel viewModel;

    @FXML
    private RangeSlider layersRange;

    @FXML
    private Label layersValue;

    @FXML
    private Label layersMessage;

    @FXML
    private RangeSlider neuronsRange;

    @FXML
    private Label neuronsValue;

    @FXML
    private Label neuronsMessage;

    @FXML
    private FlowPane activationsPane;

    @FXML
    private Label activationsMessage;

    @FXML
    private RangeSlider learningRateRange;

    @FXML
    private Label learningRateValue;

    @FXML
    private Label learningRateMessage;

    @FXML
    private FlowPane optimizersPane;

    @FXML
    private Label optimizersMessage;

    @FXML
    private FlowPane batchSizesPane;

    @FXML
    private Label batchSizesMessage;

    @FXML
    private RangeSlider dropoutRange;

    @FXML
    private Label dropoutValue;

    @FXML
    private Label dropoutMessage;

    @FXML
    private ComboBox<Double> l2Choice;

    @FXML
    private Label l2Message;

    @FXML
    private RangeSlider epochsRange;

    @FXML
    private Label epochsValue;

    @FXML
    private Label epochsMessage;

    @FXML
    private Spinner<Integer> patienceSpinner;

    @FXML
    private Label patienceMessage;

    @FXML
    private CheckBox halvingCheck;

    @FXML
    private Spinner<Integer> foldsSpinner;

    @FXML
    private Label foldsMessage;

    @FXML
    private Spinner<Integer> ensembleSpinner;

    @FXML
    private Label ensembleMessage;

    @FXML
    private Label searchProblem;

    @FXML
    private Label largestNetworkLabel;

    @FXML
    private Label largestNetworkDetail;

    @FXML
    private Label costEstimateLabel;

    @FXML
    private Label costEstimateDetail;

    @FXML
    private Label spaceSizeLabel;

    public SearchStepController(WizardModel model) {
        super(
                "SearchStep.fxml",
                "Search space",
                "The ranges the genetic algorithm may draw network shapes and training settings from.");
        this.viewModel = new SearchStepViewModel(model);
    }

    @FXML
    private void initialize() {
        SearchStepViewModel vm = viewModel;
        Ranges.integers(layersRange, 1, MAX_LAYERS, layersValue, "layers");
        Ranges.integers(neuronsRange, 1, MAX_NEURONS, neuronsValue, "neurons");
        Ranges.log10(learningRateRange, -5, 0, learningRateValue);
        Ranges.stepped(dropoutRange, 0, 0.8, 0.05, dropoutValue, v -> String.format(Locale.ROOT, "%.2f", v));
        Ranges.integers(epochsRange, 1, MAX_EPOCHS, epochsValue, "epochs");
        DoubleUnaryOperator same = v -> v;
        Ranges.bind(layersRange, vm.layersProperty(), same, Math::rint, 0.49);
        Ranges.bind(neuronsRange, vm.neuronsProperty(), same, Math::rint, 0.49);
        Ranges.bind(epochsRange, vm.epochsProperty(), same, Math::rint, 0.49);
        Ranges.bind(learningRateRange, vm.learningRateProperty(), Math::log10, v -> round3(Math.pow(10, v)), 0.05);
        Ranges.bind(dropoutRange, vm.dropoutProperty(), same, v -> Math.round(v * 100) / 100.0, 0.025);
        Spinners.bind(patienceSpinner, 1, 200, 1, vm.patienceProperty());
        Spinners.bind(foldsSpinner, 0, TrainingSettings.MAX_FOLDS, 1, vm.foldsProperty());
        Spinners.bind(ensembleSpinner, 1, MAX_ENSEMBLE, 1, vm.ensembleProperty());
        halvingCheck.selectedProperty().bindBidirectional(vm.halvingProperty());

        for (Activation a : Activation.values()) {
            activationsPane.getChildren().add(box(a.id(), "activation-" + a.id(), vm.activationProperty(a)));
        }
        for (Optimizer o : Optimizer.values()) {
            optimizersPane.getChildren().add(box(o.id(), "optimizer-" + o.id(), vm.optimizerProperty(o)));
        }
        showBatchBoxes();
        vm.batchChoices().addListener((ListChangeListener<Integer>) c -> showBatchBoxes());
        l2Choice.setItems(vm.l2Choices());
        l2Choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : v == 0 ? "none" : "0 … " + Formats.small(v);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        l2Choice.valueProperty().bindBidirectional(vm.maxL2Property());

        largestNetworkLabel.textProperty().bind(vm.largestNetworkProperty());
        largestNetworkDetail.textProperty().bind(vm.largestNetworkDetailProperty());
        costEstimateLabel.textProperty().bind(vm.costEstimateProperty());
        costEstimateDetail.textProperty().bind(vm.costEstimateDetailProperty());
        spaceSizeLabel.textProperty().bind(vm.spaceSizeProperty());
        showWarning(vm.largeNetworkProperty().get());
        vm.largeNetworkProperty().addListener((o, was, large) -> showWarning(large));

        Problems problems = new Problems(searchProblem)
                .register(Setting.HIDDEN_LAYERS, layersRange, layersMessage)
                .register(Setting.NEURONS, neuronsRange, neuronsMessage)
                .register(Setting.ACTIVATIONS, activationsPane, activationsMessage)
                .register(Setting.LEARNING_RATE, learningRateRange, learningRateMessage)
                .register(Setting.OPTIMIZERS, optimizersPane, optimizersMessage)
                .register(Setting.BATCH_SIZES, batchSizesPane, batchSizesMessage)
                .register(Setting.DROPOUT, dropoutRange, dropoutMessage)
                .register(Setting.L2, l2Choice, l2Message)
                .register(Setting.EPOCHS, epochsRange, epochsMessage)
                .register(Setting.PATIENCE, patienceSpinner, patienceMessage)
                .register(Setting.FOLDS, foldsSpinner, foldsMessage)
                .register(Setting.ENSEMBLE, ensembleSpinner, ensembleMessage);
        tooltips();
        follow(vm.problemProperty(), problems);
    }

    private static CheckBox box(String text, String id, BooleanProperty selected) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(selected);
        return box;
    }

    /** One box per batch size offered, numbers ascending and "full" last, as the view model lists them. */
    private void showBatchBoxes() {
        Map<String, CheckBox> existing = new HashMap<>();
        batchSizesPane.getChildren().forEach(n -> existing.put(n.getId(), (CheckBox) n));
        batchSizesPane.getChildren().clear();
        for (int b : viewModel.batchChoices()) {
            String name = b == Genome.FULL_BATCH ? "full" : Integer.toString(b);
            CheckBox box = existing.get("batch-" + name);
            batchSizesPane
                    .getChildren()
                    .add(box != null ? box : box(name, "batch-" + name, viewModel.batchProperty(b)));
        }
    }

    private void showWarning(boolean large) {
        largestNetworkLabel.getStyleClass().remove("warning");
        if (large) {
            largestNetworkLabel.getStyleClass().add("warning");
        }
    }

    private static double round3(double v) {
        return new BigDecimal(v).round(new MathContext(3)).doubleValue();
    }

    private void tooltips() {
        tip(layersRange, "How many hidden layers a network may have: the depth the search explores");
        tip(neuronsRange, "How many neurons each hidden layer may have: the width the search explores");
        tip(activationsPane, "The activation functions a hidden layer may use");
        tip(learningRateRange, "The step size of training, searched on a log scale (each tick is ten times the last)");
        tip(optimizersPane, "The update rules a network may be trained with");
        tip(batchSizesPane, "Rows per training step; 'full' uses the whole training split per step");
        tip(dropoutRange, "The share of hidden units switched off at random while training, against overfitting");
        tip(l2Choice, "Weight decay that keeps weights small, against overfitting; searched on a log scale from none");
        tip(epochsRange, "The most passes over the training data a network may get; early stopping may end sooner");
        tip(
                patienceSpinner,
                "Training stops early after this many epochs without a better validation score "
                        + "(for a network allowed few epochs, at most a fifth of them and at least 3)");
        tip(
                halvingCheck,
                "Every new network of a generation trains a ninth of its budget first; only the best third "
                        + "goes on to a third, and the best third of those to the end. Several times faster; the networks "
                        + "stopped early keep the score they had, marked 'halved'");
        tip(
                foldsSpinner,
                "Score each network by K-fold cross-validation of the training and validation rows: steadier "
                        + "on small data, K times the training. 0 chooses by the data, 1 uses the validation split");
        tip(
                ensembleSpinner,
                "The exported model averages the final models of this many of the best distinct networks "
                        + "into one network; each is retrained, so the final step takes that many times as long");
    }

    private static void tip(javafx.scene.control.Control c, String text) {
        c.setTooltip(new Tooltip(text));
    }

    private static void tip(javafx.scene.Node n, String text) {
        Tooltip.install(n, new Tooltip(text));
    }
}
