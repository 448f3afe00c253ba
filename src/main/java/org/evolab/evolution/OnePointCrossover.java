package org.evolab.evolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.SearchSpace;

/**
 * Cut and splice: a cut point in each parent, the child is A's layers before its cut followed by
 * B's layers from its cut. Because the two cuts are independent the child can be shallower or
 * deeper than either parent, which is how depth is explored without a dedicated operator.
 *
 * <p>The cut in A is uniform; the cut in B is uniform among those that keep the child's depth
 * within the space's layer range (for parents inside the space there always is one). Parents
 * outside the space are repaired by {@link SearchSpace#repair}, which only drops or repeats layers
 * of the parents.
 */
public final class OnePointCrossover implements Crossover {
    private final SearchSpace space;

    public OnePointCrossover(SearchSpace space) {
        this.space = Objects.requireNonNull(space, "space");
    }

    @Override
    public Genome cross(Genome a, Genome b, RandomGenerator rng) {
        List<LayerGene> la = a.layers();
        List<LayerGene> lb = b.layers();
        int minDepth = Math.max(1, space.layers().min());
        int maxDepth = Math.max(minDepth, space.layers().max());
        int i = rng.nextInt(la.size() + 1);
        // Child depth is i + (|B| - j); keep it in [minDepth, maxDepth] with 0 <= j <= |B|.
        int jLow = Math.max(0, i + lb.size() - maxDepth);
        int jHigh = Math.min(lb.size(), i + lb.size() - minDepth);
        int j;
        if (jLow <= jHigh) {
            j = jLow + rng.nextInt(jHigh - jLow + 1);
        } else {
            j = Math.min(lb.size(), Math.max(0, jHigh));
        }
        List<LayerGene> layers = new ArrayList<>(la.subList(0, i));
        layers.addAll(lb.subList(j, lb.size()));
        if (layers.isEmpty()) {
            layers.add(la.get(la.size() - 1));
        }
        Genome child = ParentGenes.mixScalars(a, b, layers, rng);
        return child.depth() < space.layers().min()
                        || child.depth() > space.layers().max()
                ? space.repair(child)
                : child;
    }

    @Override
    public String toString() {
        return "OnePointCrossover";
    }
}
