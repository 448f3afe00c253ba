package org.evolab.ui.wizard.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.Optimizer;
import org.evolab.genome.SearchSpace;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.Problem;
import org.evolab.ui.common.Problems;
import org.evolab.ui.common.Ranges;
import org.evolab.ui.common.Spinners;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.wizard.FxmlWizardStep;
import org.evolab.util.Setting;

/** Step 2: the ranges the genetic algorithm may search, with a live estimate of what they cost. */
public final class SearchStepController extends FxmlWizardStep {
    static final int MAX_LAYERS = 12;
    static final int MAX_NEURONS = 512;
    static final int MAX_EPOCHS = 500;
    static final List<Integer> STANDARD_BATCHES = List.of(8, 16, 32, 64, 128, 256, Genome.FULL_BATCH);
    static final List<Double> L2_CHOICES = List.of(0.0, 1e-5, 1e-4, 1e-3, 1e-2);
    /** Above this many parameters the largest network is flagged as slow to train. */
    static final long LARGE_NETWORK = 2_000_000;

    private final WizardModel model;
    private final Map<Activation, CheckBox> activationBoxes = new EnumMap<>(Activation.class);
    private final Map<Optimizer, CheckBox> optimizerBoxes = new EnumMap<>(Optimizer.class);
    private final Map<Integer, CheckBox> batchBoxes = new TreeMap<>();
    private boolean syncing;
    /** True while this step writes the model, so the change does not come back into the controls. */
    private boolean pushing;
    private Problems problems;

    @FXML private RangeSlider layersRange;
    @FXML private Label layersValue;
    @FXML private Label layersMessage;
    @FXML private RangeSlider neuronsRange;
    @FXML private Label neuronsValue;
    @FXML private Label neuronsMessage;
    @FXML private FlowPane activationsPane;
    @FXML private Label activationsMessage;
    @FXML private RangeSlider learningRateRange;
    @FXML private Label learningRateValue;
    @FXML private Label learningRateMessage;
    @FXML private FlowPane optimizersPane;
    @FXML private Label optimizersMessage;
    @FXML private FlowPane batchSizesPane;
    @FXML private Label batchSizesMessage;
    @FXML private RangeSlider dropoutRange;
    @FXML private Label dropoutValue;
    @FXML private Label dropoutMessage;
    @FXML private ComboBox<Double> l2Choice;
    @FXML private Label l2Message;
    @FXML private RangeSlider epochsRange;
    @FXML private Label epochsValue;
    @FXML private Label epochsMessage;
    @FXML private Spinner<Integer> patienceSpinner;
    @FXML private Label patienceMessage;
    @FXML private CheckBox halvingCheck;
    @FXML private Label searchProblem;
    @FXML private Label largestNetworkLabel;
    @FXML private Label largestNetworkDetail;
    @FXML private Label costEstimateLabel;
    @FXML private Label costEstimateDetail;
    @FXML private Label spaceSizeLabel;

    public SearchStepController(WizardModel model) {
        super("SearchStep.fxml", "Search space",
                "The ranges the genetic algorithm may draw network shapes and training settings from.");
        this.model = model;
    }

    @FXML
    private void initialize() {
        Ranges.integers(layersRange, 1, MAX_LAYERS, layersValue, "layers");
        Ranges.integers(neuronsRange, 1, MAX_NEURONS, neuronsValue, "neurons");
        Ranges.log10(learningRateRange, -5, 0, learningRateValue);
        Ranges.stepped(dropoutRange, 0, 0.8, 0.05, dropoutValue, v -> String.format(Locale.ROOT, "%.2f", v));
        Ranges.integers(epochsRange, 1, MAX_EPOCHS, epochsValue, "epochs");
        Spinners.integer(patienceSpinner, 1, 200, model.config().training().patience(), 1);

        for (Activation a : Activation.values()) {
            CheckBox box = new CheckBox(a.id());
            box.setId("activation-" + a.id());
            activationBoxes.put(a, box);
            activationsPane.getChildren().add(box);
            box.selectedProperty().addListener(o -> push());
        }
        for (Optimizer o : Optimizer.values()) {
            CheckBox box = new CheckBox(o.id());
            box.setId("optimizer-" + o.id());
            optimizerBoxes.put(o, box);
            optimizersPane.getChildren().add(box);
            box.selectedProperty().addListener(x -> push());
        }
        for (int b : STANDARD_BATCHES) {
            addBatchBox(b);
        }
        l2Choice.setItems(FXCollections.observableArrayList(L2_CHOICES));
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

        for (RangeSlider r : List.of(layersRange, neuronsRange, learningRateRange, dropoutRange, epochsRange)) {
            r.lowValueProperty().addListener(o -> push());
            r.highValueProperty().addListener(o -> push());
        }
        l2Choice.valueProperty().addListener(o -> push());
        patienceSpinner.valueProperty().addListener(o -> push());
        halvingCheck.selectedProperty().addListener(o -> push());

        problems = new Problems(searchProblem)
                .register(Setting.HIDDEN_LAYERS, layersRange, layersMessage)
                .register(Setting.NEURONS, neuronsRange, neuronsMessage)
                .register(Setting.ACTIVATIONS, activationsPane, activationsMessage)
                .register(Setting.LEARNING_RATE, learningRateRange, learningRateMessage)
                .register(Setting.OPTIMIZERS, optimizersPane, optimizersMessage)
                .register(Setting.BATCH_SIZES, batchSizesPane, batchSizesMessage)
                .register(Setting.DROPOUT, dropoutRange, dropoutMessage)
                .register(Setting.L2, l2Choice, l2Message)
                .register(Setting.EPOCHS, epochsRange, epochsMessage)
                .register(Setting.PATIENCE, patienceSpinner, patienceMessage);
        tooltips();

        model.configProperty().addListener((o, old, config) -> pull(config));
        model.datasetProperty().addListener(o -> estimate());
        ObservableValue<Problem> current = Bindings.createObjectBinding(() -> Problem.check(() -> {
            model.config().searchSpace().validate();
            model.config().training().validate();
        }), model.configProperty());
        problem.bind(Bindings.createStringBinding(() -> Problem.messageOf(current.getValue()), current));
        current.addListener((o, old, p) -> problems.show(p));
        pull(model.config());
        problems.show(current.getValue());
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
        tip(patienceSpinner, "Training stops early after this many epochs without a better validation score "
                + "(for a network allowed few epochs, at most a fifth of them and at least 3)");
        tip(halvingCheck, "Every new network of a generation trains a ninth of its budget first; only the best third "
                + "goes on to a third, and the best third of those to the end. Several times faster; the networks "
                + "stopped early keep the score they had, marked 'halved'");
    }

    private static void tip(javafx.scene.control.Control c, String text) {
        c.setTooltip(new Tooltip(text));
    }

    private static void tip(javafx.scene.Node n, String text) {
        Tooltip.install(n, new Tooltip(text));
    }

    private void addBatchBox(int b) {
        if (batchBoxes.containsKey(b)) {
            return;
        }
        CheckBox box = new CheckBox(b == Genome.FULL_BATCH ? "full" : Integer.toString(b));
        box.setId("batch-" + (b == Genome.FULL_BATCH ? "full" : b));
        batchBoxes.put(b, box);
        box.selectedProperty().addListener(o -> push());
        // keep "full" last, numbers ascending
        batchSizesPane.getChildren().clear();
        batchBoxes.entrySet().stream().filter(e -> e.getKey() != Genome.FULL_BATCH)
                .forEach(e -> batchSizesPane.getChildren().add(e.getValue()));
        if (batchBoxes.containsKey(Genome.FULL_BATCH)) {
            batchSizesPane.getChildren().add(batchBoxes.get(Genome.FULL_BATCH));
        }
    }

    /** The controls' values as a search space. */
    private SearchSpace read(SearchSpace previous) {
        List<Activation> activations = new ArrayList<>();
        activationBoxes.forEach((a, box) -> {
            if (box.isSelected()) {
                activations.add(a);
            }
        });
        List<Optimizer> optimizers = new ArrayList<>();
        optimizerBoxes.forEach((o, box) -> {
            if (box.isSelected()) {
                optimizers.add(o);
            }
        });
        List<Integer> batches = new ArrayList<>();
        batchBoxes.forEach((b, box) -> {
            if (box.isSelected()) {
                batches.add(b);
            }
        });
        double maxL2 = l2Choice.getValue() == null ? previous.maxL2() : l2Choice.getValue();
        double minL2 = maxL2 == 0 ? 0 : Math.min(previous.minL2(), maxL2);
        return new SearchSpace((int) Math.rint(layersRange.getLowValue()), (int) Math.rint(layersRange.getHighValue()),
                (int) Math.rint(neuronsRange.getLowValue()), (int) Math.rint(neuronsRange.getHighValue()), activations,
                round3(Math.pow(10, learningRateRange.getLowValue())), round3(Math.pow(10, learningRateRange.getHighValue())),
                optimizers, batches, round2(dropoutRange.getLowValue()), round2(dropoutRange.getHighValue()), minL2, maxL2,
                (int) Math.rint(epochsRange.getLowValue()), (int) Math.rint(epochsRange.getHighValue()));
    }

    private static double round3(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private void push() {
        if (syncing) {
            return;
        }
        int patience = patienceSpinner.getValue();
        boolean halving = halvingCheck.isSelected();
        pushing = true;
        try {
            model.update(c -> c.withSearchSpace(read(c.searchSpace()))
                    .withTraining(c.training().withPatience(patience).withSuccessiveHalving(halving)));
        } finally {
            pushing = false;
        }
        estimate();
    }

    private void pull(RunConfig config) {
        if (syncing || pushing) {
            estimate();
            return;
        }
        syncing = true;
        try {
            SearchSpace s = config.searchSpace();
            Ranges.set(layersRange, s.minLayers(), s.maxLayers());
            Ranges.set(neuronsRange, s.minNeurons(), s.maxNeurons());
            Ranges.set(learningRateRange, Math.log10(s.minLearningRate()), Math.log10(s.maxLearningRate()));
            Ranges.set(dropoutRange, s.minDropout(), s.maxDropout());
            Ranges.set(epochsRange, s.minEpochs(), s.maxEpochs());
            activationBoxes.forEach((a, box) -> box.setSelected(s.activations().contains(a)));
            optimizerBoxes.forEach((o, box) -> box.setSelected(s.optimizers().contains(o)));
            for (int b : s.batchSizes()) {
                addBatchBox(b);
            }
            batchBoxes.forEach((b, box) -> box.setSelected(s.batchSizes().contains(b)));
            if (!l2Choice.getItems().contains(s.maxL2())) {
                l2Choice.getItems().add(s.maxL2());
                l2Choice.getItems().sort(Double::compare);
            }
            l2Choice.setValue(s.maxL2());
            if (patienceSpinner.getValue() != config.training().patience()) {
                Spinners.set(patienceSpinner, config.training().patience());
            }
            halvingCheck.setSelected(config.training().successiveHalving());
        } finally {
            syncing = false;
        }
        estimate();
    }

    private void estimate() {
        RunConfig config = model.config();
        DatasetInfo info = model.dataset();
        boolean known = info != null && info.usable();
        int inputs = known ? info.inputs() : 4;
        int outputs = known ? info.outputs() : 1;
        int rows = known ? info.table().rowCount() : 1000;
        SearchSpace s = config.searchSpace();
        if (Problem.check(s::validate) != null) {
            largestNetworkLabel.setText("–");
            largestNetworkDetail.setText("Fix the settings marked in red to see an estimate.");
            costEstimateLabel.setText("–");
            costEstimateDetail.setText("");
            spaceSizeLabel.setText("");
            return;
        }
        CostEstimate e = CostEstimate.of(config, inputs, outputs, rows);
        double shapes = architectures(s);
        spaceSizeLabel.setText(String.format(Locale.ROOT, "%s different layer stacks (%d–%d layers × %d widths × %d "
                        + "activations), each with %d optimizer%s, %d batch size%s and continuous learning rate, dropout "
                        + "and L2: far too many to try, which is why the search evolves them.",
                shapes < 1e6 ? Formats.count(Math.round(shapes)) : String.format(Locale.ROOT, "%.1e", shapes).replace("e+0", "e").replace("e+", "e"),
                s.minLayers(), s.maxLayers(), s.maxNeurons() - s.minNeurons() + 1, s.activations().size(),
                s.optimizers().size(), s.optimizers().size() == 1 ? "" : "s", s.batchSizes().size(),
                s.batchSizes().size() == 1 ? "" : "s"));
        largestNetworkLabel.setText(Formats.count(e.largestParameters()) + " parameters");
        largestNetworkLabel.getStyleClass().remove("warning");
        String shape = String.format(Locale.ROOT, "%d inputs → %d × %d neurons → %d output%s%s", inputs, s.maxLayers(),
                s.maxNeurons(), outputs, outputs == 1 ? "" : "s", known ? "" : " (inputs and outputs assumed until data is read)");
        if (e.largestParameters() > LARGE_NETWORK) {
            largestNetworkLabel.getStyleClass().add("warning");
            shape += ". Networks this large train slowly on a CPU.";
        }
        largestNetworkDetail.setText(shape);
        costEstimateLabel.setText(Formats.roughDuration(e.totalSeconds()));
        costEstimateDetail.setText(String.format(Locale.ROOT,
                "up to %s trainings (population %d × %d generations) × ~%s each, on %d worker%s",
                Formats.count(e.trainings()), config.ga().populationSize(), config.ga().generations(),
                e.secondsPerTraining() < 1 ? String.format(Locale.ROOT, "%.2f s", e.secondsPerTraining())
                        : Formats.roughDuration(e.secondsPerTraining()).replace("about ", ""),
                Math.min(e.workers(), config.ga().populationSize()), e.workers() == 1 ? "" : "s"));
    }

    /** Distinct hidden-layer stacks in the space: the sum over depths of (widths × activations)^depth. */
    static double architectures(SearchSpace s) {
        double perLayer = (double) (s.maxNeurons() - s.minNeurons() + 1) * s.activations().size();
        double sum = 0;
        for (int d = s.minLayers(); d <= s.maxLayers(); d++) {
            sum += Math.pow(perLayer, d);
        }
        return sum;
    }

    @Override
    public void shown() {
        estimate();
    }
}
