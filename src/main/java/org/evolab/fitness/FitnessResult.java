package org.evolab.fitness;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of training one genome. A failed training (an exception, a diverging loss, a
 * network too large to train) has fitness {@code -Infinity}, outcome {@link Outcome#FAILED} and
 * says why in {@code failure}.
 *
 * @param genomeId        {@code Genome.id()} of the genome trained
 * @param fitness         best validation score (higher is better)
 * @param validationLoss  validation loss at that epoch (lower is better; breaks ties of fitness)
 * @param epochs          epochs trained (a fraction when successive halving stopped it mid-epoch)
 * @param bestEpoch       epochs trained when the weights that gave {@code fitness} were taken
 * @param outcome         how the training ended
 * @param failure         why training failed, or null (null exactly when the outcome is not FAILED)
 * @param validationCurve validation score after each epoch, and where a rung of successive halving
 *                        ended mid-epoch
 * @param lossCurve       training loss at the same points
 * @param parameters      trainable parameters of the network
 * @param trainMillis     wall time of the training
 */
public record FitnessResult(
        String genomeId,
        double fitness,
        double validationLoss,
        double epochs,
        double bestEpoch,
        Outcome outcome,
        String failure,
        List<Double> validationCurve,
        List<Double> lossCurve,
        long parameters,
        long trainMillis) {

    /** How a training ended. */
    public enum Outcome {
        /** Trained for the genome's max epochs. */
        TRAINED_TO_BUDGET,
        /** Early stopping ended it before the genome's max epochs (no improvement for its patience). */
        STOPPED_EARLY,
        /**
         * Successive halving ended it at a rung, before its own stop: the score is that of a
         * shorter budget, and says so. A rung's result is HALVED while the training is still open
         * (it may be promoted and continue), and stays so when halving drops it.
         */
        HALVED,
        /** Training failed; {@code failure} says why. */
        FAILED
    }

    public FitnessResult {
        Objects.requireNonNull(outcome, "outcome");
        if ((failure != null) != (outcome == Outcome.FAILED)) {
            throw new IllegalArgumentException("outcome " + outcome + " with failure " + failure);
        }
        validationCurve = List.copyOf(validationCurve);
        lossCurve = List.copyOf(lossCurve);
    }

    public static FitnessResult failed(
            String genomeId,
            String reason,
            double epochs,
            long parameters,
            long millis,
            List<Double> validationCurve,
            List<Double> lossCurve) {
        return new FitnessResult(
                genomeId,
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                epochs,
                0,
                Outcome.FAILED,
                reason,
                validationCurve,
                lossCurve,
                parameters,
                millis);
    }

    /**
     * Reads the JSON of the fitness cache and checkpoints. Files written before the outcome existed
     * carry two booleans instead, {@code stoppedEarly} and {@code halved} (halved implied stopped
     * early); they read as the outcome they meant.
     */
    @JsonCreator
    static FitnessResult fromJson(
            @JsonProperty("genomeId") String genomeId,
            @JsonProperty("fitness") double fitness,
            @JsonProperty("validationLoss") double validationLoss,
            @JsonProperty("epochs") double epochs,
            @JsonProperty("bestEpoch") double bestEpoch,
            @JsonProperty("outcome") Outcome outcome,
            @JsonProperty("stoppedEarly") Boolean stoppedEarly,
            @JsonProperty("halved") Boolean halved,
            @JsonProperty("failure") String failure,
            @JsonProperty("validationCurve") List<Double> validationCurve,
            @JsonProperty("lossCurve") List<Double> lossCurve,
            @JsonProperty("parameters") long parameters,
            @JsonProperty("trainMillis") long trainMillis) {
        if (outcome == null) {
            outcome = failure != null
                    ? Outcome.FAILED
                    : Boolean.TRUE.equals(halved)
                            ? Outcome.HALVED
                            : Boolean.TRUE.equals(stoppedEarly) ? Outcome.STOPPED_EARLY : Outcome.TRAINED_TO_BUDGET;
        }
        return new FitnessResult(
                genomeId,
                fitness,
                validationLoss,
                epochs,
                bestEpoch,
                outcome,
                failure,
                validationCurve == null ? List.of() : validationCurve,
                lossCurve == null ? List.of() : lossCurve,
                parameters,
                trainMillis);
    }

    /** Better first: higher fitness, then lower validation loss. */
    public static final java.util.Comparator<FitnessResult> BEST_FIRST = java.util.Comparator.comparingDouble(
                    FitnessResult::fitness)
            .reversed()
            .thenComparingDouble(FitnessResult::validationLoss);

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    /** Whether successive halving ended the training before its own stop. */
    public boolean halved() {
        return outcome == Outcome.HALVED;
    }

    /** Whether the training ended before the genome's max epochs: by early stopping or at a halving rung. */
    public boolean endedEarly() {
        return outcome == Outcome.STOPPED_EARLY || outcome == Outcome.HALVED;
    }
}
