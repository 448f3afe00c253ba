package org.evolab.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.Trainer;
import org.evolab.genome.Genome;

/**
 * Keeps the trained parameters of the search's networks that could still be exported: every
 * training that finishes at least as well as the best finished so far, until the generation ends
 * and only the best-so-far genome's stay. Workers finish in any order, so more than one may be kept
 * during a generation; which one is exported is decided by the run's own ranking, not by timing.
 */
final class SearchNetworks implements Trainer.NetworkSink {
    private final Map<String, float[]> parameters = new HashMap<>();
    private FitnessResult bestSoFar;

    @Override
    public synchronized void accept(Genome genome, FitnessResult result, float[] bestParameters) {
        if (result.failure() != null || !Double.isFinite(result.fitness())) {
            return;
        }
        if (bestSoFar == null || FitnessResult.BEST_FIRST.compare(result, bestSoFar) <= 0) {
            bestSoFar = result;
            parameters.put(genome.id(), bestParameters);
        }
    }

    /** Drops every network but {@code genomeId}'s (the run's best so far, after a generation). */
    synchronized void retainOnly(String genomeId) {
        parameters.keySet().retainAll(java.util.Set.of(genomeId));
    }

    /** The parameters the search trained for {@code genomeId}, unless it was not trained in this process. */
    synchronized Optional<float[]> parametersOf(String genomeId) {
        return Optional.ofNullable(parameters.get(genomeId));
    }
}
