package org.evolab.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.Trainer;
import org.evolab.genome.Genome;

/**
 * Keeps the trained parameters of the search's networks that could still be exported: every
 * training that finishes among the {@code keep} best finished so far (one for a single network, K
 * for an ensemble of K), until the generation ends and only the run's top genomes' stay. Workers
 * finish in any order, so more may be kept during a generation; which ones are exported is decided
 * by the run's own ranking, not by timing.
 */
final class SearchNetworks implements Trainer.NetworkSink {
    private final Map<String, float[]> parameters = new HashMap<>();
    private final int keep;
    /** The best results finished so far, best first, at most {@code keep}. */
    private final List<FitnessResult> best = new ArrayList<>();

    SearchNetworks() {
        this(1);
    }

    SearchNetworks(int keep) {
        this.keep = Math.max(1, keep);
    }

    @Override
    public synchronized void accept(Genome genome, FitnessResult result, float[] bestParameters) {
        if (result.failure() != null || !Double.isFinite(result.fitness())) {
            return;
        }
        if (best.size() < keep || FitnessResult.BEST_FIRST.compare(result, best.get(best.size() - 1)) <= 0) {
            int at = 0;
            while (at < best.size() && FitnessResult.BEST_FIRST.compare(best.get(at), result) <= 0) {
                at++;
            }
            best.add(at, result);
            if (best.size() > keep) {
                best.remove(best.size() - 1);
            }
            parameters.put(genome.id(), bestParameters);
        }
    }

    /** Drops every network but those of {@code genomeIds} (the run's best so far, after a generation). */
    synchronized void retainOnly(Collection<String> genomeIds) {
        parameters.keySet().retainAll(java.util.Set.copyOf(genomeIds));
    }

    /** Drops every network but those of the ensemble the run would export now. */
    void retainMembersOf(RunStatistics statistics, EnsembleMembers ensemble) {
        retainOnly(ensemble.of(statistics).stream()
                .map(e -> e.individual().genome().id())
                .toList());
    }

    /** The parameters the search trained for {@code genomeId}, unless it was not trained in this process. */
    synchronized Optional<float[]> parametersOf(String genomeId) {
        return Optional.ofNullable(parameters.get(genomeId));
    }
}
