package org.evolab.evolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Linear ranking (Baker): the chance depends on the rank, not the size of the fitness, so one
 * outlier cannot take over the population and negative scores need no shifting. With selection
 * pressure {@value #PRESSURE} the best individual is picked three times as often as the worst.
 * Ties share the mean of their ranks. Failed individuals ({@code -inf}) are not ranked and never
 * picked, unless every one failed, when the pick is uniform.
 */
public final class RankSelection implements Selector {
    /** Expected number of picks of the best per population-size picks; 1 = no pressure, 2 = maximum. */
    static final double PRESSURE = 1.5;

    @Override
    public Scored select(List<Scored> population, RandomGenerator rng) {
        Selections.requireNotEmpty(population);
        int n = population.size();
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!population.get(i).failed()) {
                ranked.add(i);
            }
        }
        if (ranked.isEmpty()) {
            return population.get(rng.nextInt(n));
        }
        ranked.sort(Comparator.comparingDouble(i -> population.get(i).fitness()));
        int m = ranked.size();
        double[] weights = new double[n];
        int start = 0;
        while (start < m) {
            int end = start;
            double f = population.get(ranked.get(start)).fitness();
            while (end + 1 < m
                    && Double.compare(population.get(ranked.get(end + 1)).fitness(), f) == 0) {
                end++;
            }
            double rank = (start + end) / 2.0;
            double weight = m == 1 ? 1 : (2 - PRESSURE) + 2 * (PRESSURE - 1) * rank / (m - 1);
            for (int k = start; k <= end; k++) {
                weights[ranked.get(k)] = weight;
            }
            start = end + 1;
        }
        return population.get(Selections.pickWeighted(weights, rng));
    }

    @Override
    public String toString() {
        return "RankSelection";
    }
}
