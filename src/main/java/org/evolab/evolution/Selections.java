package org.evolab.evolution;

import java.util.List;
import java.util.random.RandomGenerator;

/** Helpers shared by the selectors. */
final class Selections {
    private Selections() {}

    static void requireNotEmpty(List<Scored> population) {
        if (population == null || population.isEmpty()) {
            throw new IllegalArgumentException("cannot select from an empty population");
        }
    }

    /** An index drawn with probability proportional to its (non-negative, not all zero) weight. */
    static int pickWeighted(double[] weights, RandomGenerator rng) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = rng.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
                x -= weights[i];
                if (x < 0) {
                    return i;
                }
            }
        }
        // Rounding can leave x a hair above zero after the last positive weight.
        return last;
    }
}
