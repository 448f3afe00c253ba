package org.evolab.run;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.evolab.fitness.Trainer;

/**
 * The layer weights of a generation's trainings, for drawing the best one: those of this
 * generation plus the previous best's (an elite is not retrained, so its weights come from before).
 */
final class CapturedWeights implements Trainer.WeightsSink {
    private final Map<String, List<double[][]>> weights = new ConcurrentHashMap<>();

    @Override
    public void accept(String genomeId, List<double[][]> layerWeights) {
        weights.put(genomeId, layerWeights);
    }

    /** The weights of the generation's best {@code genomeId} (null if not captured); forgets all others. */
    List<double[][]> keepOnly(String genomeId) {
        List<double[][]> kept = weights.get(genomeId);
        weights.keySet().retainAll(Set.of(genomeId));
        return kept;
    }
}
