package org.evolab.genome;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Setting;

/**
 * The ranges the genetic algorithm may search, as the user set them. Learning rate and L2 are
 * searched on a log scale; a zero lower bound of L2 or dropout means "none" is a possible value.
 *
 * @param batchSizes the batch sizes to choose from; {@link Genome#FULL_BATCH} (0) means full batch
 */
public record SearchSpace(
        int minLayers,
        int maxLayers,
        int minNeurons,
        int maxNeurons,
        List<Activation> activations,
        double minLearningRate,
        double maxLearningRate,
        List<Optimizer> optimizers,
        List<Integer> batchSizes,
        double minDropout,
        double maxDropout,
        double minL2,
        double maxL2,
        int minEpochs,
        int maxEpochs) {

    /** Smallest L2 drawn when sampling on the log scale with a lower bound of zero. */
    private static final double L2_FLOOR = 1e-6;

    public SearchSpace {
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
                1,
                10,
                10,
                100,
                List.of(Activation.values()),
                1e-4,
                1e-1,
                List.of(Optimizer.values()),
                List.of(16, 32, 64, 128, Genome.FULL_BATCH),
                0.0,
                0.5,
                0.0,
                1e-3,
                20,
                100);
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
                1,
                3,
                8,
                maxNeurons,
                List.of(Activation.values()),
                3e-4,
                3e-2,
                SIZED_OPTIMIZERS,
                batches,
                0.0,
                0.3,
                0.0,
                1e-3,
                minEpochs,
                maxEpochs);
    }

    public SearchSpace withLayers(int min, int max) {
        return new SearchSpace(
                min,
                max,
                minNeurons,
                maxNeurons,
                activations,
                minLearningRate,
                maxLearningRate,
                optimizers,
                batchSizes,
                minDropout,
                maxDropout,
                minL2,
                maxL2,
                minEpochs,
                maxEpochs);
    }

    public SearchSpace withNeurons(int min, int max) {
        return new SearchSpace(
                minLayers,
                maxLayers,
                min,
                max,
                activations,
                minLearningRate,
                maxLearningRate,
                optimizers,
                batchSizes,
                minDropout,
                maxDropout,
                minL2,
                maxL2,
                minEpochs,
                maxEpochs);
    }

    public SearchSpace withEpochs(int min, int max) {
        return new SearchSpace(
                minLayers,
                maxLayers,
                minNeurons,
                maxNeurons,
                activations,
                minLearningRate,
                maxLearningRate,
                optimizers,
                batchSizes,
                minDropout,
                maxDropout,
                minL2,
                maxL2,
                min,
                max);
    }

    public SearchSpace withActivations(List<Activation> value) {
        return new SearchSpace(
                minLayers,
                maxLayers,
                minNeurons,
                maxNeurons,
                value,
                minLearningRate,
                maxLearningRate,
                optimizers,
                batchSizes,
                minDropout,
                maxDropout,
                minL2,
                maxL2,
                minEpochs,
                maxEpochs);
    }

    public SearchSpace withLearningRate(double min, double max) {
        return new SearchSpace(
                minLayers,
                maxLayers,
                minNeurons,
                maxNeurons,
                activations,
                min,
                max,
                optimizers,
                batchSizes,
                minDropout,
                maxDropout,
                minL2,
                maxL2,
                minEpochs,
                maxEpochs);
    }

    public SearchSpace withOptimizers(List<Optimizer> value) {
        return new SearchSpace(
                minLayers,
                maxLayers,
                minNeurons,
                maxNeurons,
                activations,
                minLearningRate,
                maxLearningRate,
                value,
                batchSizes,
                minDropout,
                maxDropout,
                minL2,
                maxL2,
                minEpochs,
                maxEpochs);
    }

    public SearchSpace withBatchSizes(List<Integer> value) {
        return new SearchSpace(
                minLayers,
                maxLayers,
                minNeurons,
                maxNeurons,
                activations,
                minLearningRate,
                maxLearningRate,
                optimizers,
                value,
                minDropout,
                maxDropout,
                minL2,
                maxL2,
                minEpochs,
                maxEpochs);
    }

    public SearchSpace withDropout(double min, double max) {
        return new SearchSpace(
                minLayers,
                maxLayers,
                minNeurons,
                maxNeurons,
                activations,
                minLearningRate,
                maxLearningRate,
                optimizers,
                batchSizes,
                min,
                max,
                minL2,
                maxL2,
                minEpochs,
                maxEpochs);
    }

    public SearchSpace withL2(double min, double max) {
        return new SearchSpace(
                minLayers,
                maxLayers,
                minNeurons,
                maxNeurons,
                activations,
                minLearningRate,
                maxLearningRate,
                optimizers,
                batchSizes,
                minDropout,
                maxDropout,
                min,
                max,
                minEpochs,
                maxEpochs);
    }

    /**
     * Checks every range and throws an {@link InvalidInputException} naming the first setting at
     * fault. Returns {@code this} so it can be chained.
     */
    public SearchSpace validate() {
        range(Setting.HIDDEN_LAYERS, minLayers, maxLayers, 1, 64);
        range(Setting.NEURONS, minNeurons, maxNeurons, 1, 100_000);
        if (activations.isEmpty()) {
            throw InvalidInputException.of(Setting.ACTIVATIONS, "choose at least one");
        }
        if (!(minLearningRate > 0) || !(maxLearningRate < 10) || minLearningRate > maxLearningRate) {
            throw InvalidInputException.of(
                    Setting.LEARNING_RATE,
                    "the range must satisfy 0 < min <= max < 10, got " + minLearningRate + ".." + maxLearningRate);
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
        if (!(minDropout >= 0) || !(maxDropout < 1) || minDropout > maxDropout) {
            throw InvalidInputException.of(
                    Setting.DROPOUT,
                    "the range must satisfy 0 <= min <= max < 1, got " + minDropout + ".." + maxDropout);
        }
        if (!(minL2 >= 0) || !(maxL2 < 1) || minL2 > maxL2) {
            throw InvalidInputException.of(
                    Setting.L2, "the range must satisfy 0 <= min <= max < 1, got " + minL2 + ".." + maxL2);
        }
        range(Setting.EPOCHS, minEpochs, maxEpochs, 1, 100_000);
        return this;
    }

    private static void range(Setting name, int min, int max, int lowest, int highest) {
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
        int depth = between(rng, minLayers, maxLayers);
        List<LayerGene> layers = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            layers.add(randomLayer(rng));
        }
        return new Genome(
                layers,
                randomLearningRate(rng),
                pick(rng, optimizers),
                pick(rng, batchSizes),
                randomDropout(rng),
                randomL2(rng),
                between(rng, minEpochs, maxEpochs));
    }

    public LayerGene randomLayer(RandomGenerator rng) {
        return new LayerGene(between(rng, minNeurons, maxNeurons), pick(rng, activations));
    }

    public double randomLearningRate(RandomGenerator rng) {
        return logUniform(rng, minLearningRate, maxLearningRate);
    }

    public double randomDropout(RandomGenerator rng) {
        return minDropout == maxDropout ? minDropout : minDropout + rng.nextDouble() * (maxDropout - minDropout);
    }

    public double randomL2(RandomGenerator rng) {
        if (maxL2 == 0) {
            return 0;
        }
        if (minL2 == 0) {
            // "None" is a value of its own: a quarter of draws, the rest log-uniform.
            return rng.nextInt(4) == 0 ? 0 : logUniform(rng, Math.min(L2_FLOOR, maxL2), maxL2);
        }
        return logUniform(rng, minL2, maxL2);
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
        List<LayerGene> layers = new ArrayList<>();
        for (LayerGene layer : g.layers()) {
            if (layers.size() == maxLayers) {
                break;
            }
            Activation act = activations.contains(layer.activation()) ? layer.activation() : activations.get(0);
            layers.add(new LayerGene(clamp(layer.width(), minNeurons, maxNeurons), act));
        }
        while (layers.size() < minLayers) {
            layers.add(layers.get(layers.size() - 1));
        }
        int batch = batchSizes.contains(g.batchSize()) ? g.batchSize() : nearestBatch(g.batchSize());
        Optimizer opt = optimizers.contains(g.optimizer()) ? g.optimizer() : optimizers.get(0);
        return new Genome(
                layers,
                Math.max(minLearningRate, Math.min(maxLearningRate, g.learningRate())),
                opt,
                batch,
                Math.max(minDropout, Math.min(maxDropout, g.dropout())),
                g.l2() == 0 && minL2 == 0 ? 0 : Math.max(minL2, Math.min(maxL2, g.l2())),
                clamp(g.maxEpochs(), minEpochs, maxEpochs));
    }

    private int nearestBatch(int batch) {
        int best = batchSizes.get(0);
        for (int b : batchSizes) {
            // Full batch (0) is "largest"; compare on a log scale so 16 is nearer 32 than 128.
            double db = b == Genome.FULL_BATCH ? 1e9 : b;
            double dq = batch == Genome.FULL_BATCH ? 1e9 : Math.max(batch, 1);
            double dBest = best == Genome.FULL_BATCH ? 1e9 : best;
            if (Math.abs(Math.log(db / dq)) < Math.abs(Math.log(dBest / dq))) {
                best = b;
            }
        }
        return best;
    }

    /** The widest network in this space: its parameter count for the given input/output sizes. */
    public long largestParameterCount(int inputs, int outputs) {
        long count = (long) inputs * maxNeurons
                + maxNeurons
                + (long) (maxLayers - 1) * ((long) maxNeurons * maxNeurons + maxNeurons);
        return count + (long) maxNeurons * outputs + outputs;
    }

    static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    static int between(RandomGenerator rng, int min, int max) {
        return min == max ? min : min + rng.nextInt(max - min + 1);
    }

    static <T> T pick(RandomGenerator rng, List<T> options) {
        return options.get(rng.nextInt(options.size()));
    }

    static double logUniform(RandomGenerator rng, double min, double max) {
        if (min == max) {
            return min;
        }
        return Math.exp(Math.log(min) + rng.nextDouble() * (Math.log(max) - Math.log(min)));
    }
}
