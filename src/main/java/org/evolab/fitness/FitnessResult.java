package org.evolab.fitness;

import java.util.List;

/**
 * The outcome of training one genome. A failed training (an exception, a diverging loss, a
 * network too large to train) has fitness {@code -Infinity} and says why in {@code failure}.
 *
 * @param genomeId        {@code Genome.id()} of the genome trained
 * @param fitness         best validation score (higher is better)
 * @param validationLoss  validation loss at that epoch (lower is better; breaks ties of fitness)
 * @param epochs          epochs trained (a fraction when successive halving stopped it mid-epoch)
 * @param bestEpoch       epochs trained when the weights that gave {@code fitness} were taken
 * @param stoppedEarly    whether early stopping ended training before the genome's max epochs
 * @param failure         why training failed, or null
 * @param validationCurve validation score after each epoch, and where a rung of successive halving
 *                        ended mid-epoch
 * @param lossCurve       training loss at the same points
 * @param parameters      trainable parameters of the network
 * @param trainMillis     wall time of the training
 * @param halved          true when successive halving ended the training before its own stop
 *                        (the score is that of a shorter budget, and says so)
 */
public record FitnessResult(String genomeId, double fitness, double validationLoss, double epochs, double bestEpoch,
                            boolean stoppedEarly, String failure, List<Double> validationCurve, List<Double> lossCurve,
                            long parameters, long trainMillis, boolean halved) {
    public FitnessResult {
        validationCurve = List.copyOf(validationCurve);
        lossCurve = List.copyOf(lossCurve);
    }

    public static FitnessResult failed(String genomeId, String reason, double epochs, long parameters, long millis,
                                       List<Double> validationCurve, List<Double> lossCurve) {
        return new FitnessResult(genomeId, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, epochs, 0, false, reason,
                validationCurve, lossCurve, parameters, millis, false);
    }

    /** Better first: higher fitness, then lower validation loss. */
    public static final java.util.Comparator<FitnessResult> BEST_FIRST = java.util.Comparator
            .comparingDouble(FitnessResult::fitness).reversed()
            .thenComparingDouble(FitnessResult::validationLoss);

    public boolean failed() {
        return failure != null;
    }
}
