package org.evolab.fitness;

import org.evolab.util.InvalidInputException;

/**
 * How every genome is trained, the same for all of them within a run.
 *
 * @param metric             the validation score that is the fitness; null means the task's default
 * @param patience           epochs without a better validation score before training stops early
 * @param successiveHalving  train every new genome of a generation on a quarter of its epochs first
 *                           and continue only the better half (the others keep their shorter-budget
 *                           score, marked as such)
 */
public record TrainingSettings(FitnessMetric metric, int patience, boolean successiveHalving) {
    /** The share of its max epochs a genome trains before the halving decision. */
    public static final double FIRST_RUNG_SHARE = 0.25;

    public static TrainingSettings defaults() {
        return new TrainingSettings(null, 10, true);
    }

    public TrainingSettings withMetric(FitnessMetric m) {
        return new TrainingSettings(m, patience, successiveHalving);
    }

    public TrainingSettings withPatience(int p) {
        return new TrainingSettings(metric, p, successiveHalving);
    }

    public TrainingSettings withSuccessiveHalving(boolean on) {
        return new TrainingSettings(metric, patience, on);
    }

    /** Epochs of the first rung for a genome allowed {@code maxEpochs}. */
    public int firstRungEpochs(int maxEpochs) {
        return Math.max(Math.min(maxEpochs, patience), (int) Math.ceil(maxEpochs * FIRST_RUNG_SHARE));
    }

    public TrainingSettings validate() {
        if (patience < 1) {
            throw new InvalidInputException("patience: must be at least 1 epoch, got " + patience);
        }
        return this;
    }
}
