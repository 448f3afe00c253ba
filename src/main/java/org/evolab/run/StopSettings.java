package org.evolab.run;

import org.evolab.util.InvalidInputException;

/**
 * Extra reasons to end the search before its last generation; each null means "not used".
 *
 * @param targetFitness     stop once the best validation score reaches this
 * @param steadyGenerations stop after this many generations without a better best
 * @param wallClockSeconds  stop once the search has run this long
 */
public record StopSettings(Double targetFitness, Integer steadyGenerations, Long wallClockSeconds) {
    public static StopSettings none() {
        return new StopSettings(null, null, null);
    }

    public StopSettings validate() {
        if (steadyGenerations != null && steadyGenerations < 1) {
            throw new InvalidInputException("no-improvement stop: must be at least 1 generation, got " + steadyGenerations);
        }
        if (wallClockSeconds != null && wallClockSeconds < 1) {
            throw new InvalidInputException("time budget: must be at least 1 second, got " + wallClockSeconds);
        }
        if (targetFitness != null && !Double.isFinite(targetFitness)) {
            throw new InvalidInputException("target fitness: must be a number, got " + targetFitness);
        }
        return this;
    }
}
