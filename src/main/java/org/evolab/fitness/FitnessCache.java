package org.evolab.fitness;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.evolab.genome.Genome;

/**
 * Every genome scored in this run, by its canonical id: a genome that comes back (an elite, a
 * child identical to an earlier one) is never trained twice. Within one run the data and the
 * training settings are fixed, so the genome id is the whole key.
 */
public final class FitnessCache {
    private final Map<String, FitnessResult> results = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();

    public Optional<FitnessResult> lookup(Genome genome) {
        FitnessResult r = results.get(genome.id());
        if (r != null) {
            hits.incrementAndGet();
        }
        return Optional.ofNullable(r);
    }

    public void put(FitnessResult result) {
        results.put(result.genomeId(), result);
    }

    public int hits() {
        return hits.get();
    }
}
