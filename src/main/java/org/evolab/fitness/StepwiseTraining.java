package org.evolab.fitness;

import org.evolab.genome.Genome;

/**
 * One genome's training that can be continued in steps (mini-batch updates): successive halving
 * trains every genome to a rung, ranks them and continues the best. Confined to one thread at a
 * time; {@link #release()} frees what it holds.
 */
public interface StepwiseTraining {
    Genome genome();

    /** Whether training has ended for good (early stopping, its max epochs, or a failure). */
    boolean isFinished();

    /** Steps of the genome's whole budget (its max epochs). */
    long totalSteps();

    /** Steps trained so far. */
    long stepsDone();

    /** Where rung {@code rung} of successive halving ends for this training, in steps. */
    default long rungSteps(int rung) {
        return TrainingSettings.rungSteps(rung, totalSteps());
    }

    /** Trains until {@code steps} steps in all (at most the whole budget) and returns the result so far. */
    FitnessResult trainSteps(long steps);

    /** Trains until {@code epochLimit} epochs (at most the genome's max); see {@link #trainSteps}. */
    FitnessResult trainUntil(int epochLimit);

    /** Ends training where it is (successive halving stopped it): the result says so. */
    FitnessResult stopHere();

    void release();
}
