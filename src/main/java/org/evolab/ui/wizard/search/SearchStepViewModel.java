package org.evolab.ui.wizard.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.Optimizer;
import org.evolab.genome.SearchSpace;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.Problem;
import org.evolab.ui.common.Span;
import org.evolab.ui.common.WizardModel;

/**
 * The search step without its controls: one property per setting, kept in step with the
 * wizard's config both ways, the step's problem and the estimate's texts. Plain Java (JavaFX
 * properties only), so it is tested without a toolkit.
 *
 * <p>No guard flags: a change of one property writes only its own setting into the config, and a
 * new config sets each property to the config's value, which then writes nothing (the config
 * already holds it). Ranges are one {@link Span} each so both ends change together.
 */
public final class SearchStepViewModel {
    static final List<Integer> STANDARD_BATCHES = List.of(8, 16, 32, 64, 128, 256, Genome.FULL_BATCH);
    static final List<Double> L2_CHOICES = List.of(0.0, 1e-5, 1e-4, 1e-3, 1e-2);
    /** Above this many parameters the largest network is flagged as slow to train. */
    static final long LARGE_NETWORK = 2_000_000;

    private final WizardModel model;
    private final ObjectProperty<Span> layers = new SimpleObjectProperty<>(this, "layers");
    private final ObjectProperty<Span> neurons = new SimpleObjectProperty<>(this, "neurons");
    private final ObjectProperty<Span> learningRate = new SimpleObjectProperty<>(this, "learningRate");
    private final ObjectProperty<Span> dropout = new SimpleObjectProperty<>(this, "dropout");
    private final ObjectProperty<Span> epochs = new SimpleObjectProperty<>(this, "epochs");
    private final Map<Activation, BooleanProperty> activations = new EnumMap<>(Activation.class);
    private final Map<Optimizer, BooleanProperty> optimizers = new EnumMap<>(Optimizer.class);
    private final Map<Integer, BooleanProperty> batches = new TreeMap<>();
    /** The batch sizes offered: the standard ones and any the config names; full batch last. */
    private final ObservableList<Integer> batchChoices = FXCollections.observableArrayList();

    private final ObjectProperty<Double> maxL2 = new SimpleObjectProperty<>(this, "maxL2");
    private final ObservableList<Double> l2Choices = FXCollections.observableArrayList(L2_CHOICES);
    private final ObjectProperty<Integer> patience = new SimpleObjectProperty<>(this, "patience");
    private final BooleanProperty halving = new SimpleBooleanProperty(this, "halving");
    private final ObjectProperty<Integer> folds = new SimpleObjectProperty<>(this, "folds");
    private final ObjectProperty<Integer> ensemble = new SimpleObjectProperty<>(this, "ensemble");

    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>(this, "problem");
    private final StringProperty largestNetwork = new SimpleStringProperty(this, "largestNetwork");
    private final StringProperty largestNetworkDetail = new SimpleStringProperty(this, "largestNetworkDetail");
    private final BooleanProperty largeNetwork = new SimpleBooleanProperty(this, "largeNetwork");
    private final StringProperty costEstimate = new SimpleStringProperty(this, "costEstimate");
    private final StringProperty costEstimateDetail = new SimpleStringProperty(this, "costEstimateDetail");
    private final StringProperty spaceSize = new SimpleStringProperty(this, "spaceSize");

    public SearchStepViewModel(WizardModel model) {
        this.model = model;
        for (Activation a : Activation.values()) {
            activations.put(
                    a, member(a, List.of(Activation.values()), SearchSpace::activations, SearchSpace::withActivations));
        }
        for (Optimizer o : Optimizer.values()) {
            optimizers.put(
                    o, member(o, List.of(Optimizer.values()), SearchSpace::optimizers, SearchSpace::withOptimizers));
        }
        STANDARD_BATCHES.forEach(this::offerBatch);
        load(model.config());
        layers.addListener((o, old, v) -> editSpace(s -> s.withLayers(v.lowInt(), v.highInt())));
        neurons.addListener((o, old, v) -> editSpace(s -> s.withNeurons(v.lowInt(), v.highInt())));
        learningRate.addListener((o, old, v) -> editSpace(s -> s.withLearningRate(v.low(), v.high())));
        dropout.addListener((o, old, v) -> editSpace(s -> s.withDropout(v.low(), v.high())));
        epochs.addListener((o, old, v) -> editSpace(s -> s.withEpochs(v.lowInt(), v.highInt())));
        maxL2.addListener((o, old, v) -> editSpace(
                s -> v == null || v == s.l2().max() ? s : s.withL2(v == 0 ? 0 : Math.min(s.l2().min(), v), v)));
        editsTraining(patience, TrainingSettings::withPatience);
        editsTraining(folds, TrainingSettings::withFolds);
        editsTraining(ensemble, TrainingSettings::withEnsemble);
        halving.addListener(
                (o, old, v) -> model.update(c -> c.withTraining(c.training().withSuccessiveHalving(v))));
        model.configProperty().addListener((o, old, config) -> {
            load(config);
            refresh();
        });
        model.datasetProperty().addListener(o -> refresh());
        refresh();
    }

    public ObjectProperty<Span> layersProperty() {
        return layers;
    }

    public ObjectProperty<Span> neuronsProperty() {
        return neurons;
    }

    /** The learning rates themselves (not their logarithms). */
    public ObjectProperty<Span> learningRateProperty() {
        return learningRate;
    }

    public ObjectProperty<Span> dropoutProperty() {
        return dropout;
    }

    public ObjectProperty<Span> epochsProperty() {
        return epochs;
    }

    public BooleanProperty activationProperty(Activation a) {
        return activations.get(a);
    }

    public BooleanProperty optimizerProperty(Optimizer o) {
        return optimizers.get(o);
    }

    public ObservableList<Integer> batchChoices() {
        return batchChoices;
    }

    public BooleanProperty batchProperty(int batchSize) {
        return batches.get(batchSize);
    }

    /** The largest L2 the search may draw (0: none). */
    public ObjectProperty<Double> maxL2Property() {
        return maxL2;
    }

    public ObservableList<Double> l2Choices() {
        return l2Choices;
    }

    public ObjectProperty<Integer> patienceProperty() {
        return patience;
    }

    public BooleanProperty halvingProperty() {
        return halving;
    }

    /** Cross-validation folds of the fitness: 0 chooses by the data, 1 scores on the validation split alone. */
    public ObjectProperty<Integer> foldsProperty() {
        return folds;
    }

    /** How many of the best distinct genomes the exported model averages (1: the best alone). */
    public ObjectProperty<Integer> ensembleProperty() {
        return ensemble;
    }

    /** Why these settings cannot be used, keyed by the setting at fault; null when they can. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem;
    }

    public ReadOnlyStringProperty largestNetworkProperty() {
        return largestNetwork;
    }

    public ReadOnlyStringProperty largestNetworkDetailProperty() {
        return largestNetworkDetail;
    }

    /** True when the largest network is so large that it trains slowly on a CPU. */
    public ReadOnlyBooleanProperty largeNetworkProperty() {
        return largeNetwork;
    }

    public ReadOnlyStringProperty costEstimateProperty() {
        return costEstimate;
    }

    public ReadOnlyStringProperty costEstimateDetailProperty() {
        return costEstimateDetail;
    }

    public ReadOnlyStringProperty spaceSizeProperty() {
        return spaceSize;
    }

    /** Whether {@code item} is in one of the space's lists; a change puts it in or out, in {@code order}. */
    private <T> BooleanProperty member(
            T item,
            List<T> order,
            Function<SearchSpace, List<T>> list,
            BiFunction<SearchSpace, List<T>, SearchSpace> with) {
        BooleanProperty p = new SimpleBooleanProperty();
        p.addListener((o, old, on) -> editSpace(s -> {
            List<T> now = list.apply(s);
            return now.contains(item) == on
                    ? s
                    : with.apply(
                            s,
                            order.stream()
                                    .filter(x -> x.equals(item) ? on : now.contains(x))
                                    .toList());
        }));
        return p;
    }

    private void offerBatch(int b) {
        if (batches.containsKey(b)) {
            return;
        }
        BooleanProperty p = new SimpleBooleanProperty();
        p.addListener((o, old, on) -> editSpace(s -> {
            if (s.batchSizes().contains(b) == on) {
                return s;
            }
            List<Integer> sizes = new ArrayList<>(s.batchSizes());
            if (on) {
                sizes.add(b);
                sizes.sort(Integer::compare);
            } else {
                sizes.remove(Integer.valueOf(b));
            }
            return s.withBatchSizes(sizes);
        }));
        batches.put(b, p);
        List<Integer> order = new ArrayList<>(batches.keySet());
        if (order.remove(Integer.valueOf(Genome.FULL_BATCH))) {
            order.add(Genome.FULL_BATCH);
        }
        batchChoices.setAll(order);
    }

    private void editsTraining(
            ObjectProperty<Integer> p, BiFunction<TrainingSettings, Integer, TrainingSettings> with) {
        p.addListener((o, old, v) -> model.update(c -> v == null ? c : c.withTraining(with.apply(c.training(), v))));
    }

    private void editSpace(UnaryOperator<SearchSpace> change) {
        model.update(c -> c.withSearchSpace(change.apply(c.searchSpace())));
    }

    /** Every property to the config's value; each then finds its setting already there. */
    private void load(RunConfig config) {
        SearchSpace s = config.searchSpace();
        layers.set(Span.of(s.layers()));
        neurons.set(Span.of(s.neurons()));
        learningRate.set(Span.of(s.learningRate()));
        dropout.set(Span.of(s.dropout()));
        epochs.set(Span.of(s.epochs()));
        activations.forEach((a, p) -> p.set(s.activations().contains(a)));
        optimizers.forEach((o, p) -> p.set(s.optimizers().contains(o)));
        s.batchSizes().forEach(this::offerBatch);
        batches.forEach((b, p) -> p.set(s.batchSizes().contains(b)));
        if (!l2Choices.contains(s.l2().max())) {
            l2Choices.add(s.l2().max());
            l2Choices.sort(Double::compare);
        }
        maxL2.set(s.l2().max());
        patience.set(config.training().patience());
        halving.set(config.training().successiveHalving());
        folds.set(config.training().folds());
        ensemble.set(config.training().ensemble());
    }

    private void refresh() {
        RunConfig config = model.config();
        problem.set(Problem.check(() -> {
            config.searchSpace().validate();
            config.training().validate();
        }));
        DatasetInfo info = model.dataset();
        boolean known = info != null && info.usable();
        int inputs = known ? info.inputs() : 4;
        int outputs = known ? info.outputs() : 1;
        int rows = known ? info.table().rowCount() : 1000;
        SearchSpace s = config.searchSpace();
        if (Problem.check(s::validate) != null) {
            largestNetwork.set("–");
            largestNetworkDetail.set("Fix the settings marked in red to see an estimate.");
            largeNetwork.set(false);
            costEstimate.set("–");
            costEstimateDetail.set("");
            spaceSize.set("");
            return;
        }
        CostEstimate e = CostEstimate.of(config, inputs, outputs, rows);
        spaceSize.set(spaceSizeText(s));
        largestNetwork.set(Formats.count(e.largestParameters()) + " parameters");
        largeNetwork.set(e.largestParameters() > LARGE_NETWORK);
        String shape = String.format(
                Locale.ROOT,
                "%d inputs → %d × %d neurons → %d output%s%s",
                inputs,
                s.layers().max(),
                s.neurons().max(),
                outputs,
                outputs == 1 ? "" : "s",
                known ? "" : " (inputs and outputs assumed until data is read)");
        largestNetworkDetail.set(largeNetwork.get() ? shape + ". Networks this large train slowly on a CPU." : shape);
        costEstimate.set(Formats.roughDuration(e.totalSeconds()));
        costEstimateDetail.set(String.format(
                Locale.ROOT,
                "up to %s trainings (population %d × %d generations%s) × ~%s each, on %d worker%s%s",
                Formats.count(e.trainings()),
                config.ga().populationSize(),
                config.ga().generations(),
                e.scoring(),
                e.secondsPerTraining() < 1
                        ? String.format(Locale.ROOT, "%.2f s", e.secondsPerTraining())
                        : Formats.roughDuration(e.secondsPerTraining()).replace("about ", ""),
                Math.min(e.workers(), config.ga().populationSize()),
                e.workers() == 1 ? "" : "s",
                config.training().ensemble() > 1
                        ? "; then the " + config.training().ensemble() + " best are averaged into the model"
                        : ""));
    }

    private static String spaceSizeText(SearchSpace s) {
        double shapes = architectures(s);
        Function<Integer, String> plural = n -> n == 1 ? "" : "s";
        return String.format(
                Locale.ROOT,
                "%s different layer stacks (%d–%d layers × %d widths × %d "
                        + "activations), each with %d optimizer%s, %d batch size%s and continuous learning rate, dropout "
                        + "and L2: far too many to try, which is why the search evolves them.",
                shapes < 1e6
                        ? Formats.count(Math.round(shapes))
                        : String.format(Locale.ROOT, "%.1e", shapes)
                                .replace("e+0", "e")
                                .replace("e+", "e"),
                s.layers().min(),
                s.layers().max(),
                s.neurons().max() - s.neurons().min() + 1,
                s.activations().size(),
                s.optimizers().size(),
                plural.apply(s.optimizers().size()),
                s.batchSizes().size(),
                plural.apply(s.batchSizes().size()));
    }

    /** Distinct hidden-layer stacks in the space: the sum over depths of (widths × activations)^depth. */
    static double architectures(SearchSpace s) {
        double perLayer = (double) (s.neurons().max() - s.neurons().min() + 1)
                * s.activations().size();
        double sum = 0;
        for (int d = s.layers().min(); d <= s.layers().max(); d++) {
            sum += Math.pow(perLayer, d);
        }
        return sum;
    }
}
