package org.evolab.fitness;

import org.evolab.util.InvalidInputException;

/**
 * How every genome is trained, the same for all of them within a run.
 *
 * @param metric   the validation score that is the fitness; null means the task's default
 * @param patience epochs without a better validation score before training stops early
 */
public record TrainingSettings(FitnessMetric metric, int patience) {
    public static TrainingSettings defaults() {
        return new TrainingSettings(null, 10);
    }

    public TrainingSettings withMetric(FitnessMetric m) {
        return new TrainingSettings(m, patience);
    }

    public TrainingSettings withPatience(int p) {
        return new TrainingSettings(metric, p);
    }

    public TrainingSettings validate() {
        if (patience < 1) {
            throw new InvalidInputException("patience: must be at least 1 epoch, got " + patience);
        }
        return this;
    }
}
