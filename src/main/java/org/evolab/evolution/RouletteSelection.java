package org.evolab.evolution;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Fitness-proportionate selection. Raw fitness may be negative ({@code -RMSE}), so it is shifted:
 * weight = fitness - worst finite fitness + 5% of the finite range. The worst finite individual
 * thus keeps a small positive chance (the best has 21 times its weight), a failed one
 * ({@code -inf}) has none, and when every finite fitness is equal, or every training failed, the
 * pick is uniform over those.
 */
public final class RouletteSelection implements Selector {
    /** Share of the fitness range given to the worst finite individual as its weight. */
    private static final double FLOOR_SHARE = 0.05;

    @Override
    public Scored select(List<Scored> population, RandomGenerator rng) {
        Selections.requireNotEmpty(population);
        int n = population.size();
        double worst = Double.POSITIVE_INFINITY;
        double best = Double.NEGATIVE_INFINITY;
        boolean anyPositiveInfinity = false;
        for (Scored s : population) {
            double f = s.fitness();
            if (Double.isFinite(f)) {
                worst = Math.min(worst, f);
                best = Math.max(best, f);
            } else if (f == Double.POSITIVE_INFINITY) {
                anyPositiveInfinity = true;
            }
        }
        double[] weights = new double[n];
        if (anyPositiveInfinity) {
            // An "infinitely good" score outweighs any finite one: choose among those alone.
            for (int i = 0; i < n; i++) {
                weights[i] = population.get(i).fitness() == Double.POSITIVE_INFINITY ? 1 : 0;
            }
        } else if (worst == Double.POSITIVE_INFINITY) {
            return population.get(rng.nextInt(n));
        } else {
            double range = best - worst;
            double floor = range > 0 ? range * FLOOR_SHARE : 1;
            for (int i = 0; i < n; i++) {
                double f = population.get(i).fitness();
                weights[i] = Double.isFinite(f) ? f - worst + floor : 0;
            }
        }
        return population.get(Selections.pickWeighted(weights, rng));
    }

    @Override
    public String toString() {
        return "RouletteSelection";
    }
}
