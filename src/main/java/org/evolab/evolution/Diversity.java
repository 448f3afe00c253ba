package org.evolab.evolution;

import java.util.List;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;

/**
 * How different the genomes of a population are: the mean distance over all pairs, in [0, 1],
 * 0 when all are identical. A falling curve over the generations shows the GA converging (or
 * collapsing too early, which a too-high selection pressure or too-low mutation rate causes).
 *
 * <p>Distance of two genomes a, b with depths da, db and D = max(da, db):
 * <pre>
 *   d = 0.2 * |da - db| / D                                     depth
 *     + 0.3 * (1/D) * sum_i width(i)                            widths
 *     + 0.2 * (1/D) * sum_i activation(i)                       activations
 *     + 0.2 * min(1, |ln lr_a - ln lr_b| / ln 1000)             learning rate, three decades = 1
 *     + 0.1 * (optimizer_a != optimizer_b ? 1 : 0)              optimizer
 * </pre>
 * where, for layer index i &lt; D, width(i) = |wa - wb| / max(wa, wb) and activation(i) = 0 or 1
 * for the same or another activation, and both are 1 where only one genome has a layer i. Every
 * term is in [0, 1] and the weights add up to 1. The learning rate is scaled by a fixed span
 * rather than the search space's so values are comparable across runs.
 */
public final class Diversity {
    private static final double DEPTH = 0.2;
    private static final double WIDTH = 0.3;
    private static final double ACTIVATION = 0.2;
    private static final double LEARNING_RATE = 0.2;
    private static final double OPTIMIZER = 0.1;
    private static final double LEARNING_RATE_SPAN = Math.log(1000);

    private Diversity() {}

    /** Mean pairwise distance; 0 for fewer than two genomes. */
    public static double of(List<Genome> genomes) {
        int n = genomes.size();
        if (n < 2) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sum += distance(genomes.get(i), genomes.get(j));
            }
        }
        return sum / ((double) n * (n - 1) / 2);
    }

    /** The distance of two genomes, in [0, 1] (see the class comment). */
    public static double distance(Genome a, Genome b) {
        List<LayerGene> la = a.layers();
        List<LayerGene> lb = b.layers();
        int depth = Math.max(la.size(), lb.size());
        double widths = 0;
        double activations = 0;
        for (int i = 0; i < depth; i++) {
            if (i >= la.size() || i >= lb.size()) {
                widths += 1;
                activations += 1;
            } else {
                LayerGene x = la.get(i);
                LayerGene y = lb.get(i);
                widths += Math.abs(x.width() - y.width()) / (double) Math.max(x.width(), y.width());
                activations += x.activation() == y.activation() ? 0 : 1;
            }
        }
        double learningRate =
                Math.min(1, Math.abs(Math.log(a.learningRate()) - Math.log(b.learningRate())) / LEARNING_RATE_SPAN);
        return DEPTH * Math.abs(la.size() - lb.size()) / depth
                + WIDTH * widths / depth
                + ACTIVATION * activations / depth
                + LEARNING_RATE * learningRate
                + OPTIMIZER * (a.optimizer() == b.optimizer() ? 0 : 1);
    }
}
