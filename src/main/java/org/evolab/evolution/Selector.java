package org.evolab.evolution;

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
}
