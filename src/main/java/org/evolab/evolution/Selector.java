package org.evolab.evolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Picks one parent from a scored population. Implementations are stateless; every draw comes from
 * the generator passed in, so the same generator state gives the same parent.
 */
@FunctionalInterface
public interface Selector {
    /**
     * One parent out of {@code population} (not empty). An individual whose training failed
     * ({@code -inf}) loses against every other one.
     */
    Scored select(List<Scored> population, RandomGenerator rng);

    /**
     * The population best first, as this selection sees it: the elites are taken from the front.
     * By fitness, the earlier slot first among equals; a multi-objective selection orders otherwise.
     */
    default List<Scored> rank(List<Scored> population) {
        List<Scored> ranked = new ArrayList<>(population);
        ranked.sort(Comparator.comparingDouble(Scored::fitness).reversed());
        return ranked;
    }
}
