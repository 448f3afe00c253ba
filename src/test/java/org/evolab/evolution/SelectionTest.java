package org.evolab.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.evolab.evolution.Fixtures.rng;
import static org.evolab.evolution.Fixtures.scored;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;
    private static final int DRAWS = 20_000;

    /** How often each slot of {@code population} is picked in {@value #DRAWS} draws. */
    private static int[] counts(Selector selector, List<Scored> population, long seed) {
        RandomGenerator rng = rng(seed);
        int[] counts = new int[population.size()];
        for (int i = 0; i < DRAWS; i++) {
            counts[population.indexOf(selector.select(population, rng))]++;
        }
        return counts;
    }

    private static double share(int count) {
        return count / (double) DRAWS;
    }

    @Test
    void tournamentPicksTheFitterFarMoreOften() {
        List<Scored> population = scored(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        int[] counts = counts(new TournamentSelection(3), population, 1);
        // Expected: best 1 - 0.9^3 = 27.1%, worst 0.1^3 = 0.1%.
        assertThat(share(counts[9])).isCloseTo(0.271, within(0.02));
        assertThat(counts[9]).isGreaterThan(20 * Math.max(1, counts[0]));
        for (int i = 1; i < 10; i++) {
            assertThat(counts[i]).isGreaterThanOrEqualTo(counts[i - 1]);
        }
    }

    @Test
    void tournamentOfOneIsUniformAndOnlyOrderMatters() {
        int[] uniform = counts(new TournamentSelection(1), scored(5, 1, 3, 2), 2);
        for (int c : uniform) {
            assertThat(share(c)).isCloseTo(0.25, within(0.02));
        }
        int[] negative = counts(new TournamentSelection(2), scored(-0.9, -0.1, NEG_INF), 3);
        // Pairs drawn with replacement: the best wins 5 of 9, the failed one only against itself.
        assertThat(share(negative[1])).isCloseTo(5 / 9.0, within(0.02));
        assertThat(share(negative[2])).isCloseTo(1 / 9.0, within(0.02));
        assertThatThrownBy(() -> new TournamentSelection(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rouletteShiftsNegativeFitnessAndNeverPicksFailures() {
        // Regression scores are -RMSE; -inf is a failed training.
        int[] counts = counts(new RouletteSelection(), scored(-3.0, NEG_INF, -0.5, -2.0), 4);
        assertThat(counts[1]).isZero();
        assertThat(counts[0]).isPositive();
        assertThat(counts[2]).isGreaterThan(counts[3]).isGreaterThan(counts[0]);
        // Weights are f - worst + 5% of the range: 0.125, 0, 2.625, 1.125 of 3.875.
        assertThat(share(counts[2])).isCloseTo(2.625 / 3.875, within(0.02));
        assertThat(share(counts[0])).isCloseTo(0.125 / 3.875, within(0.01));
    }

    @Test
    void rouletteIsUniformWhenAllFailedOrAllEqual() {
        for (int c : counts(new RouletteSelection(), scored(NEG_INF, NEG_INF, NEG_INF, NEG_INF), 5)) {
            assertThat(share(c)).isCloseTo(0.25, within(0.02));
        }
        int[] equal = counts(new RouletteSelection(), scored(-1, -1, NEG_INF), 6);
        assertThat(share(equal[0])).isCloseTo(0.5, within(0.02));
        assertThat(equal[2]).isZero();
    }

    @Test
    void rankDependsOnOrderNotOnMagnitude() {
        // Linear ranking with pressure 1.5 over three: weights 0.5, 1.0, 1.5 of 3.
        int[] counts = counts(new RankSelection(), scored(1000, 0.5, 1), 7);
        assertThat(share(counts[0])).isCloseTo(0.5, within(0.02));
        assertThat(share(counts[2])).isCloseTo(1 / 3.0, within(0.02));
        assertThat(share(counts[1])).isCloseTo(1 / 6.0, within(0.02));
    }

    @Test
    void rankSharesTiesAndSkipsFailures() {
        int[] counts = counts(new RankSelection(), scored(-2, -2, NEG_INF, -7), 8);
        assertThat(counts[2]).isZero();
        assertThat(share(counts[0])).isCloseTo(share(counts[1]), within(0.02));
        assertThat(counts[0]).isGreaterThan(counts[3]);
        for (int c : counts(new RankSelection(), scored(NEG_INF, NEG_INF), 9)) {
            assertThat(share(c)).isCloseTo(0.5, within(0.02));
        }
        assertThat(new RankSelection().select(scored(3), rng(1)).fitness()).isEqualTo(3);
    }

    @Test
    void selectorsFollowTheMethodAndRefuseAnEmptyPopulation() {
        assertThat(Selectors.of(SelectionMethod.TOURNAMENT, 4))
                .isInstanceOfSatisfying(
                        TournamentSelection.class, t -> assertThat(t.size()).isEqualTo(4));
        assertThat(Selectors.of(SelectionMethod.ROULETTE, 4)).isInstanceOf(RouletteSelection.class);
        assertThat(Selectors.of(SelectionMethod.RANK, 4)).isInstanceOf(RankSelection.class);
        for (SelectionMethod m : SelectionMethod.values()) {
            assertThatThrownBy(() -> Selectors.of(m, 2).select(List.of(), rng(1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void nanFitnessCountsAsAFailedTraining() {
        assertThat(new Scored(Fixtures.individual("x", Fixtures.genome(3)), Double.NaN).failed())
                .isTrue();
    }
}
