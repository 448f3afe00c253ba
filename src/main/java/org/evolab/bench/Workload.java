package org.evolab.bench;

import java.util.List;
import java.util.Locale;
import org.evolab.data.csv.DataTable;
import org.evolab.evolution.GaSettings;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Activation;
import org.evolab.genome.DoubleRange;
import org.evolab.genome.Genome;
import org.evolab.genome.IntRange;
import org.evolab.genome.Optimizer;
import org.evolab.genome.SearchSpace;
import org.evolab.run.RunConfig;

/**
 * One fixed benchmark problem: a table, its target, the search space and GA settings, one seed.
 * Both engines get exactly this.
 */
public record Workload(
        String name, String description, DataTable table, String target, SearchSpace space, GaSettings ga, long seed) {

    /** The batch sizes the default engine may choose among (0 = full batch). */
    public static final List<Integer> BATCH_SIZES = List.of(32, 64, 128, 256, Genome.FULL_BATCH);

    /**
     * The benchmark's search space: 1-3 dense layers of 16-64 units, every activation and
     * optimizer, learning rate 1e-3..3e-2 (log scale), dropout 0..0.2, L2 none or up to 1e-4.
     */
    public static SearchSpace space(int minEpochs, int maxEpochs) {
        return new SearchSpace(
                new IntRange(1, 3),
                new IntRange(16, 64),
                List.of(Activation.values()),
                new DoubleRange(1e-3, 3e-2),
                List.of(Optimizer.values()),
                BATCH_SIZES,
                new DoubleRange(0.0, 0.2),
                new DoubleRange(0.0, 1e-4),
                new IntRange(minEpochs, maxEpochs));
    }

    /** The settings of Evolab's default engine for this workload: every training setting at its default. */
    public RunConfig config() {
        return RunConfig.defaults()
                .withData("(in memory) " + table.name())
                .withTarget(target)
                .withSearchSpace(space)
                .withGa(ga)
                .withTraining(TrainingSettings.defaults())
                .withSeed(seed)
                .withWorkers(0);
    }

    public String spaceSummary() {
        return String.format(
                Locale.ROOT,
                "layers %d..%d, neurons %d..%d, epochs %d..%d, batch %s, lr %.0e..%.0e",
                space.layers().min(),
                space.layers().max(),
                space.neurons().min(),
                space.neurons().max(),
                space.epochs().min(),
                space.epochs().max(),
                space.batchSizes().stream()
                        .map(b -> b == Genome.FULL_BATCH ? "full" : b.toString())
                        .toList(),
                space.learningRate().min(),
                space.learningRate().max());
    }
}
