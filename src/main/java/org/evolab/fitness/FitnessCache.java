package org.evolab.fitness;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.evolab.genome.Genome;

/**
 * Every genome scored in this run, by its canonical id: a genome that comes back (an elite, a
 * child identical to an earlier one) is never trained twice. Within one run the data and the
 * training settings are fixed, so the genome id is the whole key.
 */
public final class FitnessCache {
    private final Map<String, FitnessResult> results = new ConcurrentHashMap<>();

    public Optional<FitnessResult> lookup(Genome genome) {
        return Optional.ofNullable(results.get(genome.id()));
    }

    public void put(FitnessResult result) {
        results.put(result.genomeId(), result);
    }
}
