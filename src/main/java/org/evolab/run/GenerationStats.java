package org.evolab.run;

/**
 * A generation in numbers. best/mean/worst are over the trainings that succeeded (NaN when none
 * did); {@code failures} counts the others.
 */
public record GenerationStats(
        int generation,
        double best,
        double mean,
        double worst,
        double diversity,
        int evaluations,
        int cacheHits,
        int failures,
        String bestIndividualId,
        String bestGenomeId,
        double elapsedSeconds) {}
