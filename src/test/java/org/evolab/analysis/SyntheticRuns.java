package org.evolab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.evolab.genome.Genome;
import org.evolab.genome.SearchSpace;

/** Leaderboards of genomes drawn from the default search space and scored by a known function. */
final class SyntheticRuns {
    private SyntheticRuns() {}

    static Leaderboard leaderboard(int size, long seed, ToDoubleFunction<Genome> fitness) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Genome g = SearchSpace.defaults().randomGenome(rng);
            trials.add(new Trial("g0-" + i, 0, g, fitness.applyAsDouble(g), g.parameterCount(4, 3), 10));
        }
        return Leaderboard.of(trials);
    }
}
