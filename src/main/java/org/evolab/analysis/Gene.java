package org.evolab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.evolab.genome.Genome;

/**
 * One gene as the analysis sees it: a name, how it is searched, and its value in a genome. A
 * layer's width and activation are absent (null) in a genome with fewer layers.
 *
 * @param value a {@code Double} for numeric genes, a {@code String} for categorical ones, or null
 */
public record Gene(String name, Scale scale, Function<Genome, Object> value) {

    /** How the search draws the gene, and so how its axis is drawn. */
    public enum Scale {
        LINEAR,
        LOG,
        CATEGORY;

        public boolean numeric() {
            return this != CATEGORY;
        }
    }

    /** L2 is searched on a log scale that includes 0 ("none"); 0 sits on the axis at this value. */
    public static final double LOG_ZERO = 1e-7;

    /** Where {@code v} sits on the gene's axis: log10 for log genes, the value itself otherwise. */
    public double axis(double v) {
        return scale == Scale.LOG ? Math.log10(Math.max(v, LOG_ZERO)) : v;
    }

    /** Categories in a readable order: numbers by value (batch sizes), then names; "full" batch last. */
    public static final java.util.Comparator<String> CATEGORY_ORDER = java.util.Comparator.comparing(
                    (String c) -> number(c) == null)
            .thenComparingDouble(c -> {
                Double n = number(c);
                return n == null ? 0 : n;
            })
            .thenComparing(java.util.Comparator.naturalOrder());

    private static Double number(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Every gene of genomes of up to {@code maxDepth} hidden layers, in the order the UI shows them. */
    public static List<Gene> upToDepth(int maxDepth) {
        List<Gene> genes = new ArrayList<>();
        genes.add(new Gene("depth", Scale.LINEAR, g -> (double) g.depth()));
        for (int i = 0; i < maxDepth; i++) {
            int layer = i;
            genes.add(new Gene(
                    "width_" + (i + 1),
                    Scale.LINEAR,
                    g -> layer < g.depth()
                            ? (Object) (double) g.layers().get(layer).width()
                            : null));
            genes.add(new Gene(
                    "activation_" + (i + 1),
                    Scale.CATEGORY,
                    g -> layer < g.depth() ? g.layers().get(layer).activation().id() : null));
        }
        genes.add(new Gene("learning_rate", Scale.LOG, g -> g.learningRate()));
        genes.add(new Gene("optimizer", Scale.CATEGORY, g -> g.optimizer().id()));
        genes.add(new Gene(
                "batch_size",
                Scale.CATEGORY,
                g -> g.batchSize() == Genome.FULL_BATCH ? "full" : Integer.toString(g.batchSize())));
        genes.add(new Gene("dropout", Scale.LINEAR, g -> g.dropout()));
        genes.add(new Gene("l2", Scale.LOG, g -> g.l2()));
        genes.add(new Gene("epochs", Scale.LINEAR, g -> (double) g.maxEpochs()));
        return List.copyOf(genes);
    }
}
