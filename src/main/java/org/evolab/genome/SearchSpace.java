package org.evolab.genome;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Records;
import org.evolab.util.Setting;

/**
 * The ranges the genetic algorithm may search, as the user set them. Learning rate and L2 are
 * searched on a log scale; a zero lower bound of L2 or dropout means "none" is a possible value.
 *
 * <p>In JSON (run settings, run folders) a space is one flat object, {@code minLayers},
 * {@code maxLayers}, ... {@code maxEpochs}, as before the ranges were records of their own (see
 * {@link SearchSpaceJson}).
 *
 * @param layers       hidden layers
 * @param neurons      neurons per hidden layer
 * @param batchSizes   the batch sizes to choose from; {@link Genome#FULL_BATCH} (0) means full batch
 * @param epochs       the most epochs a genome may train
 */
@JsonSerialize(converter = SearchSpaceJson.Write.class)
@JsonDeserialize(converter = SearchSpaceJson.Read.class)
public record SearchSpace(
        IntRange layers,
        IntRange neurons,
        List<Activation> activations,
        DoubleRange learningRate,
        List<Optimizer> optimizers,
        List<Integer> batchSizes,
        DoubleRange dropout,
        DoubleRange l2,
        IntRange epochs) {

    /** Smallest L2 drawn when sampling on the log scale with a lower bound of zero. */
    private static final double L2_FLOOR = 1e-6;

    public SearchSpace {
        Objects.requireNonNull(layers, "layers");
        Objects.requireNonNull(neurons, "neurons");
        Objects.requireNonNull(learningRate, "learningRate");
        Objects.requireNonNull(dropout, "dropout");
        Objects.requireNonNull(l2, "l2");
        Objects.requireNonNull(epochs, "epochs");
        activations = List.copyOf(activations);
        optimizers = List.copyOf(optimizers);
        batchSizes = List.copyOf(batchSizes);
    }

    /**
     * The classic defaults: 1-10 hidden layers of 10-100 neurons, learning rate 1e-4..1e-1 on a
     * log scale, the five common activations, three optimizers.
     */
    public static SearchSpace defaults() {
        return new SearchSpace(
                new IntRange(1, 10),
                new IntRange(10, 100),
                List.of(Activation.values()),
                new DoubleRange(1e-4, 1e-1),
                List.of(Optimizer.values()),
                List.of(16, 32, 64, 128, Genome.FULL_BATCH),
                new DoubleRange(0.0, 0.5),
                new DoubleRange(0.0, 1e-3),
                new IntRange(20, 100));
    }

    /** Batch sizes a data-sized space may offer (before full batch). */
    private static final int[] BATCH_CHOICES = {16, 32, 64, 128, 256, 512, 1024};
    /**
     * A data-sized space offers no batch size that makes an epoch more than this many steps. (32 was
     * tried: it saved time on the peer benchmark's housing set but took away batch 16, which its best
     * genomes used, and seed 1's holdout RMSE went from 16.1 to 19.9.)
     */
    private static final int MAX_STEPS_PER_EPOCH = 64;
    /** ... nor one that leaves fewer than this many steps (too few updates to learn from). */
    private static final int MIN_STEPS_PER_EPOCH = 4;
    /**
     * Up to 10,000 training rows a data-sized space offers widths up to 128 whatever the number of
     * inputs (beyond, the width bound falls with the rows down to four times inputs and outputs):
     * the spirals' two inputs need 60-90 wide layers, and on small data a width costs next to nothing
     * (a step is overhead-bound). With widths up to 32 the search found 0.65-0.72 on the spirals,
     * where Optuna's MLP at 10-100 found 0.95-0.98.
     */
    private static final double WIDE_ROWS = 1_280_000;
    /**
     * Adam and RMSProp: Nesterov momentum at these learning rates was 16% of the genomes trained on
     * the peer benchmark but 4% of the top three of each run (Adam and RMSProp: 32% and 52% of
     * trainings, 39% and 57% of the top three), so a data-sized space does not spend a sixth of its
     * budget on it.
     */
    private static final List<Optimizer> SIZED_OPTIMIZERS = List.of(Optimizer.ADAM, Optimizer.RMSPROP);
    /** {@link #starterGenome()}'s genes before they are fitted into a space. */
    private static final int STARTER_DEPTH = 3;

    private static final int STARTER_WIDTH = 64;
    private static final double STARTER_LEARNING_RATE = 3e-3;
    private static final int STARTER_BATCH = 32;

    /** Rows x epochs a data-sized space lets one training see at most (epochs shrink on big data). */
    private static final double MAX_ROW_EPOCHS = 2_000_000;

    /**
     * The default space for a data set with {@code trainRows} training rows, {@code inputs}
     * network inputs and {@code outputs} outputs: the space the CLI and the wizard both propose.
     *
     * <p>Sized so that a default run spends its budget where tabular data rewards it: 1-3 hidden
     * layers (deeper plain dense nets rarely help tabular data of this size), widths up to 128 on
     * small data and about four times the inputs and outputs (32-128) on large data, batch sizes
     * that keep an epoch between 4 and 64 mini-batch steps (a 5-layer, batch-16 network on 3,000
     * rows took minutes per genome and won nothing), and at most 2 million row-epochs per training
     * (100 epochs up to 20,000 rows, fewer above). Learning rate 3e-4..3e-2: higher rates diverged for most genomes.
     */
    public static SearchSpace sizedFor(int trainRows, int inputs, int outputs) {
        int rows = Math.max(1, trainRows);
        int maxNeurons = clamp(Math.max(4 * (inputs + outputs), (int) (WIDE_ROWS / rows)), 32, 128);
        List<Integer> batches = new ArrayList<>();
        for (int b : BATCH_CHOICES) {
            double steps = Math.ceil(rows / (double) b);
            if (steps <= MAX_STEPS_PER_EPOCH && steps >= MIN_STEPS_PER_EPOCH) {
                batches.add(b);
            }
        }
        if (batches.isEmpty()) {
            // Tiny data (fewer than 4 steps even at 16) or huge data (more than 64 at 1024).
            batches.add(
                    rows < BATCH_CHOICES[0] * MIN_STEPS_PER_EPOCH
                            ? Genome.FULL_BATCH
                            : BATCH_CHOICES[BATCH_CHOICES.length - 1]);
        }
        int maxEpochs = clamp((int) Math.round(MAX_ROW_EPOCHS / rows), 5, 100);
        int minEpochs = Math.max(3, maxEpochs / 5);
        return new SearchSpace(
                new IntRange(1, 3),
                new IntRange(8, maxNeurons),
                List.of(Activation.values()),
                new DoubleRange(3e-4, 3e-2),
                SIZED_OPTIMIZERS,
                batches,
                new DoubleRange(0.0, 0.3),
                new DoubleRange(0.0, 1e-3),
                new IntRange(minEpochs, maxEpochs));
    }

    public SearchSpace withLayers(int min, int max) {
        return Records.with(this, "layers", new IntRange(min, max));
    }

    public SearchSpace withNeurons(int min, int max) {
        return Records.with(this, "neurons", new IntRange(min, max));
    }

    public SearchSpace withEpochs(int min, int max) {
        return Records.with(this, "epochs", new IntRange(min, max));
    }

    public SearchSpace withActivations(List<Activation> value) {
        return Records.with(this, "activations", value);
    }

    public SearchSpace withLearningRate(double min, double max) {
        return Records.with(this, "learningRate", new DoubleRange(min, max));
    }

    public SearchSpace withOptimizers(List<Optimizer> value) {
        return Records.with(this, "optimizers", value);
    }

    public SearchSpace withBatchSizes(List<Integer> value) {
        return Records.with(this, "batchSizes", value);
    }

    public SearchSpace withDropout(double min, double max) {
        return Records.with(this, "dropout", new DoubleRange(min, max));
    }

    public SearchSpace withL2(double min, double max) {
        return Records.with(this, "l2", new DoubleRange(min, max));
    }

    /**
     * Checks every range and throws an {@link InvalidInputException} naming the first setting at
     * fault. Returns {@code this} so it can be chained.
     */
    public SearchSpace validate() {
        range(Setting.HIDDEN_LAYERS, layers, 1, 64);
        range(Setting.NEURONS, neurons, 1, 100_000);
        if (activations.isEmpty()) {
            throw InvalidInputException.of(Setting.ACTIVATIONS, "choose at least one");
        }
        if (!(learningRate.min() > 0) || !(learningRate.max() < 10) || learningRate.min() > learningRate.max()) {
            throw InvalidInputException.of(
                    Setting.LEARNING_RATE, "the range must satisfy 0 < min <= max < 10, got " + learningRate);
        }
        if (optimizers.isEmpty()) {
            throw InvalidInputException.of(Setting.OPTIMIZERS, "choose at least one");
        }
        if (batchSizes.isEmpty()) {
            throw InvalidInputException.of(Setting.BATCH_SIZES, "choose at least one");
        }
        for (int b : batchSizes) {
            if (b < 0) {
                throw InvalidInputException.of(Setting.BATCH_SIZES, b + " is negative (use 0 for full batch)");
            }
        }
        if (!(dropout.min() >= 0) || !(dropout.max() < 1) || dropout.min() > dropout.max()) {
            throw InvalidInputException.of(
                    Setting.DROPOUT, "the range must satisfy 0 <= min <= max < 1, got " + dropout);
        }
        if (!(l2.min() >= 0) || !(l2.max() < 1) || l2.min() > l2.max()) {
            throw InvalidInputException.of(Setting.L2, "the range must satisfy 0 <= min <= max < 1, got " + l2);
        }
        range(Setting.EPOCHS, epochs, 1, 100_000);
        return this;
    }

    private static void range(Setting name, IntRange range, int lowest, int highest) {
        int min = range.min();
        int max = range.max();
        if (min > max) {
            throw InvalidInputException.of(name, "min " + min + " is greater than max " + max);
        }
        if (min < lowest) {
            throw InvalidInputException.of(name, "min must be at least " + lowest + ", got " + min);
        }
        if (max > highest) {
            throw InvalidInputException.of(name, "max must be at most " + highest + ", got " + max);
        }
    }

    /** A genome drawn uniformly from this space (log-uniform for learning rate and L2). */
    public Genome randomGenome(RandomGenerator rng) {
        int depth = layers.draw(rng);
        List<LayerGene> drawn = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            drawn.add(randomLayer(rng));
        }
        return new Genome(
                drawn,
                randomLearningRate(rng),
                pick(rng, optimizers),
                pick(rng, batchSizes),
                randomDropout(rng),
                randomL2(rng),
                epochs.draw(rng));
    }

    /**
     * The plain network a practitioner would train first, fitted into this space: three hidden relu
     * layers of 64, Adam at 3e-3, the batch size nearest 32 (but not the smallest offered), the
     * least dropout and L2 the space allows, its most epochs. Each gene is moved into the space (the
     * nearest depth, width, learning rate; the first activation or optimizer offered where relu or
     * Adam is not).
     *
     * <p>Generation 0 trains it beside the random genomes, as SMAC and auto-sklearn evaluate their
     * default first: the spirals need a deep, wide, undropped network, which about one random genome
     * in twenty of the data-sized space is, so a run of 40 trainings sometimes never met one (1 run of
     * 12 on the plateau before this genome, none with it; docs/BENCHMARKS.md).
     *
     * <p>Not the smallest batch size offered: the starter usually leads generation 0 and its
     * children inherit its batch, so in a space offering 32 to full batch a starter at 32 was the
     * costliest genome there and the run bred from it (the spirals bench took 7.0-8.3x less time than
     * the straightforward loop instead of 10x). Larger starters lost scores: the middle of the
     * sizes offered (64 for housing) lost housing 0.7 of RMSE, and 64 on the spirals left one seed in
     * three on the plateau (docs/BENCHMARKS.md).
     */
    public Genome starterGenome() {
        Activation activation = activations.contains(Activation.RELU) ? Activation.RELU : activations.get(0);
        LayerGene layer = new LayerGene(neurons.clamp(STARTER_WIDTH), activation);
        return new Genome(
                Collections.nCopies(layers.clamp(STARTER_DEPTH), layer),
                learningRate.clamp(STARTER_LEARNING_RATE),
                optimizers.contains(Optimizer.ADAM) ? Optimizer.ADAM : optimizers.get(0),
                starterBatch(),
                dropout.min(),
                l2.min(),
                epochs.max());
    }

    public LayerGene randomLayer(RandomGenerator rng) {
        return new LayerGene(neurons.draw(rng), pick(rng, activations));
    }

    public double randomLearningRate(RandomGenerator rng) {
        return logUniform(rng, learningRate.min(), learningRate.max());
    }

    public double randomDropout(RandomGenerator rng) {
        double min = dropout.min();
        double max = dropout.max();
        return min == max ? min : min + rng.nextDouble() * (max - min);
    }

    public double randomL2(RandomGenerator rng) {
        if (l2.max() == 0) {
            return 0;
        }
        if (l2.min() == 0) {
            // "None" is a value of its own: a quarter of draws, the rest log-uniform.
            return rng.nextInt(4) == 0 ? 0 : logUniform(rng, Math.min(L2_FLOOR, l2.max()), l2.max());
        }
        return logUniform(rng, l2.min(), l2.max());
    }

    /** Whether every gene of {@code g} lies within this space. */
    public boolean contains(Genome g) {
        return g.equals(repair(g));
    }

    /**
     * The nearest genome inside this space: too many layers are cut from the end, too few are
     * filled by repeating the last, widths and scalars are clamped, genes whose value is not
     * allowed (an unchecked activation, say) are replaced by the nearest allowed one.
     */
    public Genome repair(Genome g) {
        List<LayerGene> kept = new ArrayList<>();
        for (LayerGene layer : g.layers()) {
            if (kept.size() == layers.max()) {
                break;
            }
            Activation act = activations.contains(layer.activation()) ? layer.activation() : activations.get(0);
            kept.add(new LayerGene(neurons.clamp(layer.width()), act));
        }
        while (kept.size() < layers.min()) {
            kept.add(kept.get(kept.size() - 1));
        }
        int batch = batchSizes.contains(g.batchSize()) ? g.batchSize() : nearestBatch(g.batchSize());
        Optimizer opt = optimizers.contains(g.optimizer()) ? g.optimizer() : optimizers.get(0);
        return new Genome(
                kept,
                learningRate.clamp(g.learningRate()),
                opt,
                batch,
                dropout.clamp(g.dropout()),
                g.l2() == 0 && l2.min() == 0 ? 0 : l2.clamp(g.l2()),
                epochs.clamp(g.maxEpochs()));
    }

    /**
     * The batch size nearest 32 of those offered, leaving out the smallest where others are offered:
     * the starter should not be the costliest genome of a user's range.
     */
    private int starterBatch() {
        int smallest = batchSizes.stream()
                .min(Comparator.comparingDouble(SearchSpace::rowsPerBatch))
                .orElseThrow();
        List<Integer> offered = batchSizes.size() == 1
                ? batchSizes
                : batchSizes.stream().filter(b -> b != smallest).toList();
        return nearest(offered, STARTER_BATCH);
    }

    private int nearestBatch(int batch) {
        return nearest(batchSizes, batch);
    }

    /** Of {@code batchSizes}, the one nearest {@code batch} on a log scale (so 16 is nearer 32 than 128). */
    private static int nearest(List<Integer> batchSizes, int batch) {
        double wanted = Math.max(rowsPerBatch(batch), 1);
        int best = batchSizes.get(0);
        for (int b : batchSizes) {
            if (Math.abs(Math.log(rowsPerBatch(b) / wanted)) < Math.abs(Math.log(rowsPerBatch(best) / wanted))) {
                best = b;
            }
        }
        return best;
    }

    /** A batch size as a count of rows to compare by: full batch (0) counts as larger than any other. */
    private static double rowsPerBatch(int batch) {
        return batch == Genome.FULL_BATCH ? 1e9 : batch;
    }

    /** The widest network in this space: its parameter count for the given input/output sizes. */
    public long largestParameterCount(int inputs, int outputs) {
        int maxNeurons = neurons.max();
        long count = (long) inputs * maxNeurons
                + maxNeurons
                + (long) (layers.max() - 1) * ((long) maxNeurons * maxNeurons + maxNeurons);
        return count + (long) maxNeurons * outputs + outputs;
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    private static <T> T pick(RandomGenerator rng, List<T> options) {
        return options.get(rng.nextInt(options.size()));
    }

    private static double logUniform(RandomGenerator rng, double min, double max) {
        if (min == max) {
            return min;
        }
        return Math.exp(Math.log(min) + rng.nextDouble() * (Math.log(max) - Math.log(min)));
    }
}
