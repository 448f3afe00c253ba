package org.evolab.fitness;

import java.util.function.ToDoubleFunction;
import org.evolab.genome.Genome;

/**
 * What one mini-batch step of a genome's training costs, in seconds: the trainer's view of the
 * run's cost model ({@code run.CostModel} implements it), so that successive halving hands the
 * longest trainings out first by the same formula the forecasts use. A trainer without one
 * counts every step alike.
 */
@FunctionalInterface
public interface StepCost {
    /** Every step costs the same: trainings are ordered by the steps they have left. */
    StepCost UNIFORM = (genome, inputs, outputs, rowsPerStep) -> 1;

    double secondsPerStep(Genome genome, int inputs, int outputs, double rowsPerStep);

    /** A step's cost for each genome trained on {@code data}, at its batch size's rows per step. */
    default ToDoubleFunction<Genome> on(TrainingData data) {
        return g -> secondsPerStep(
                g,
                data.inputs(),
                data.outputs(),
                data.trainRows() / (double) Math.max(1, TrainingData.batchCount(data.trainRows(), g.batchSize())));
    }
}
