package org.evolab.evolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.evolab.genome.SearchSpace;

/**
 * Point mutations, each gene independently with probability {@code rate}:
 * <ul>
 *   <li>each layer: resize ({@value #RESIZE_LAYER}) and, separately, change its activation to
 *       another allowed one ({@value #ACTIVATION});</li>
 *   <li>insert a random layer at a random position while below the maximum depth
 *       ({@value #ADD_LAYER}); remove a random layer while above the minimum ({@value #REMOVE_LAYER});</li>
 *   <li>learning rate, optimizer, batch size, dropout, L2, max epochs.</li>
 * </ul>
 * Continuous genes move multiplicatively (log space), because a learning rate of 1e-4 and one of
 * 1e-1 are both reasonable and an additive step suits neither. Values stay in the search space's
 * ranges; only the tags of mutations that actually changed the genome are reported, so the
 * lineage says what really happened.
 */
public final class Mutation {
    public static final String RESIZE_LAYER = "mutate:resize-layer";
    public static final String ACTIVATION = "mutate:activation";
    public static final String ADD_LAYER = "mutate:add-layer";
    public static final String REMOVE_LAYER = "mutate:remove-layer";
    public static final String LEARNING_RATE = "mutate:learning-rate";
    public static final String OPTIMIZER = "mutate:optimizer";
    public static final String BATCH_SIZE = "mutate:batch-size";
    public static final String DROPOUT = "mutate:dropout";
    public static final String L2 = "mutate:l2";
    public static final String MAX_EPOCHS = "mutate:max-epochs";

    /** Spread of the log-normal factor of a width: one sigma is about x1.5 or x0.67. */
    private static final double WIDTH_SIGMA = 0.4;
    /** Share of resizes that draw a fresh width instead, so a layer can escape a poor region. */
    private static final double WIDTH_REDRAW = 0.2;
    /** Spread of the log-normal factor of learning rate and L2: one sigma is about x2. */
    private static final double LOG_SIGMA = 0.7;

    private static final double DROPOUT_STEP = 0.15;
    private static final double EPOCHS_STEP = 0.25;
    /** Smallest non-zero L2 when the range starts at zero, as in {@code SearchSpace.randomL2}. */
    private static final double L2_FLOOR = 1e-6;

    /** The mutated genome and the tags of the mutations that changed it, in order, each once. */
    public record Result(Genome genome, List<String> applied) {
        public Result {
            Objects.requireNonNull(genome, "genome");
            applied = List.copyOf(applied);
        }
    }

    private final SearchSpace space;
    private final double rate;

    public Mutation(SearchSpace space, double rate) {
        this.space = Objects.requireNonNull(space, "space");
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("mutation rate must be in [0, 1], got " + rate);
        }
        this.rate = rate;
    }

    public double rate() {
        return rate;
    }

    public Result apply(Genome genome, RandomGenerator rng) {
        LinkedHashSet<String> applied = new LinkedHashSet<>();
        List<LayerGene> layers = new ArrayList<>(genome.layers());
        for (int i = 0; i < layers.size(); i++) {
            LayerGene layer = layers.get(i);
            if (hit(rng)) {
                int width = resize(layer.width(), rng);
                if (width != layer.width()) {
                    layer = new LayerGene(width, layer.activation());
                    applied.add(RESIZE_LAYER);
                }
            }
            if (hit(rng)) {
                List<Activation> others = new ArrayList<>(space.activations());
                others.remove(layer.activation());
                if (!others.isEmpty()) {
                    layer = new LayerGene(layer.width(), others.get(rng.nextInt(others.size())));
                    applied.add(ACTIVATION);
                }
            }
            layers.set(i, layer);
        }
        if (hit(rng) && layers.size() < space.layers().max()) {
            int at = rng.nextInt(layers.size() + 1);
            layers.add(at, space.randomLayer(rng));
            applied.add(ADD_LAYER);
        }
        if (hit(rng) && layers.size() > Math.max(1, space.layers().min())) {
            layers.remove(rng.nextInt(layers.size()));
            applied.add(REMOVE_LAYER);
        }
        Genome g = genome.withLayers(layers);

        if (hit(rng)) {
            double lr = space.learningRate().clamp(g.learningRate() * Math.exp(rng.nextGaussian() * LOG_SIGMA));
            g = changed(g, g.withLearningRate(lr), LEARNING_RATE, applied);
        }
        if (hit(rng)) {
            List<Optimizer> others = new ArrayList<>(space.optimizers());
            others.remove(g.optimizer());
            if (!others.isEmpty()) {
                g = changed(g, g.withOptimizer(others.get(rng.nextInt(others.size()))), OPTIMIZER, applied);
            }
        }
        if (hit(rng)) {
            g = changed(g, g.withBatchSize(neighbourBatchSize(g.batchSize(), rng)), BATCH_SIZE, applied);
        }
        if (hit(rng) && space.dropout().max() > space.dropout().min()) {
            double dropout = space.dropout().clamp(g.dropout() + (rng.nextDouble() * 2 - 1) * DROPOUT_STEP);
            g = changed(g, g.withDropout(dropout), DROPOUT, applied);
        }
        if (hit(rng) && space.l2().max() > 0) {
            g = changed(g, g.withL2(mutateL2(g.l2(), rng)), L2, applied);
        }
        if (hit(rng)) {
            g = changed(g, g.withMaxEpochs(mutateEpochs(g.maxEpochs(), rng)), MAX_EPOCHS, applied);
        }
        return new Result(g, new ArrayList<>(applied));
    }

    private boolean hit(RandomGenerator rng) {
        return rng.nextDouble() < rate;
    }

    private static Genome changed(Genome before, Genome after, String tag, LinkedHashSet<String> applied) {
        if (!after.equals(before)) {
            applied.add(tag);
        }
        return after;
    }

    private int resize(int width, RandomGenerator rng) {
        int min = space.neurons().min();
        int max = space.neurons().max();
        int resized = rng.nextDouble() < WIDTH_REDRAW
                ? min + rng.nextInt(max - min + 1)
                : (int) Math.round(width * Math.exp(rng.nextGaussian() * WIDTH_SIGMA));
        resized = Math.max(min, Math.min(max, resized));
        if (resized == width && min < max) {
            // A resize that rounds back to the same width would be a silent no-op; step by one.
            resized = width >= max ? width - 1 : width <= min ? width + 1 : width + (rng.nextBoolean() ? 1 : -1);
        }
        return resized;
    }

    /** One step up or down among the allowed batch sizes ordered by size, full batch largest. */
    private int neighbourBatchSize(int batchSize, RandomGenerator rng) {
        List<Integer> sizes =
                new ArrayList<>(space.batchSizes().stream().distinct().toList());
        sizes.sort(Comparator.comparingLong(b -> b == Genome.FULL_BATCH ? Long.MAX_VALUE : b));
        if (sizes.size() < 2) {
            return sizes.get(0);
        }
        int at = sizes.indexOf(batchSize);
        if (at < 0) {
            return sizes.get(rng.nextInt(sizes.size()));
        }
        int step = at == 0 ? 1 : at == sizes.size() - 1 ? -1 : rng.nextBoolean() ? 1 : -1;
        return sizes.get(at + step);
    }

    /** Log-space step; zero ("no L2") is a value of its own that can be left and re-entered. */
    private double mutateL2(double l2, RandomGenerator rng) {
        double low = space.l2().min() > 0
                ? space.l2().min()
                : Math.min(L2_FLOOR, space.l2().max());
        double high = space.l2().max();
        if (l2 == 0) {
            return Math.exp(Math.log(low) + rng.nextDouble() * (Math.log(high) - Math.log(low)));
        }
        if (space.l2().min() == 0 && rng.nextInt(4) == 0) {
            return 0;
        }
        return clamp(l2 * Math.exp(rng.nextGaussian() * LOG_SIGMA), low, high);
    }

    private int mutateEpochs(int epochs, RandomGenerator rng) {
        int min = space.epochs().min();
        int max = space.epochs().max();
        int moved = (int) Math.round(epochs * (1 + (rng.nextDouble() * 2 - 1) * EPOCHS_STEP));
        moved = Math.max(min, Math.min(max, moved));
        if (moved == epochs && min < max) {
            moved = epochs >= max ? epochs - 1 : epochs <= min ? epochs + 1 : epochs + (rng.nextBoolean() ? 1 : -1);
        }
        return moved;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    @Override
    public String toString() {
        return "Mutation[rate=" + rate + "]";
    }
}
