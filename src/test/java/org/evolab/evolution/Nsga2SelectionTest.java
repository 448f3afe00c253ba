package org.evolab.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.evolab.evolution.Fixtures.genome;
import static org.evolab.evolution.Fixtures.individual;
import static org.evolab.evolution.Fixtures.rng;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.evolab.genome.SearchSpace;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;

class Nsga2SelectionTest {
    /**
     * A known front: A, B and C trade fitness against size; D is dominated by A only, E by B and
     * C; F failed. Fronts: {A, B, C}, {D, E}, {F}.
     */
    private static final double[][] POINTS = {
        {0.9, 1000}, {0.8, 100}, {0.7, 10}, {0.85, 2000}, {0.6, 500}, {Double.NEGATIVE_INFINITY, 1}
    };

    private static List<Scored> population() {
        List<Scored> population = new ArrayList<>();
        for (int i = 0; i < POINTS.length; i++) {
            population.add(new Scored(
                    individual(String.valueOf((char) ('A' + i)), genome(10 + i)), POINTS[i][0], (long) POINTS[i][1]));
        }
        return population;
    }

    private static List<String> ids(List<Scored> scored) {
        return scored.stream().map(s -> s.individual().id()).toList();
    }

    @Test
    void sortsAKnownFrontIntoItsFronts() {
        double[][] maximised = {{0.9, -1000}, {0.8, -100}, {0.7, -10}, {0.85, -2000}, {0.6, -500}};
        assertThat(NonDominatedSorting.fronts(maximised)).containsExactly(List.of(0, 1, 2), List.of(3, 4));
        double[] crowding = NonDominatedSorting.crowdingDistance(maximised, List.of(0, 1, 2));
        assertThat(crowding[0]).isInfinite();
        assertThat(crowding[2]).isInfinite();
        // B's neighbours span the whole front in both objectives: 1 + 1.
        assertThat(crowding[1]).isCloseTo(2.0, within(1e-12));
        assertThat(NonDominatedSorting.dominates(maximised[1], maximised[4])).isTrue();
        assertThat(NonDominatedSorting.dominates(maximised[0], maximised[1])).isFalse();
        assertThat(NonDominatedSorting.dominates(maximised[0], maximised[0])).isFalse();
    }

    @Test
    void ranksByFrontThenCrowdingWithFailuresLast() {
        // A and C are the front's extremes (infinite crowding), then B; D and E; the failure.
        assertThat(ids(new Nsga2Selection().rank(population()))).containsExactly("A", "C", "B", "D", "E", "F");
    }

    @Test
    void binaryTournamentsFavourTheFrontAndNeverTheFailureAgainstAnother() {
        List<Scored> population = population();
        RandomGenerator rng = rng(7);
        int[] counts = new int[population.size()];
        int draws = 36_000;
        for (int i = 0; i < draws; i++) {
            counts[population.indexOf(new Nsga2Selection().select(population, rng))]++;
        }
        // With 6 members, a pair is drawn with replacement: the failure wins only against itself.
        assertThat(counts[5] / (double) draws).isCloseTo(1 / 36.0, within(0.01));
        for (int front = 0; front < 3; front++) {
            assertThat(counts[front]).isGreaterThan(counts[3]).isGreaterThan(counts[5]);
            assertThat(counts[front]).isGreaterThan(counts[4]);
        }
        // The extremes beat B on crowding; A and C win every duel but against each other.
        assertThat(counts[0]).isGreaterThan(counts[1]);
        assertThat(counts[2]).isGreaterThan(counts[1]);
    }

    @Test
    void theGeneticAlgorithmKeepsTheFrontAsElites() {
        GaSettings settings =
                GaSettings.defaults().withPopulationSize(6).withEliteCount(3).withSelection(SelectionMethod.NSGA2);
        GeneticAlgorithm ga = new GeneticAlgorithm(SearchSpace.defaults(), settings);
        List<Individual> next = ga.nextGeneration(1, population(), Set.of(), rng(3));
        assertThat(next.subList(0, 3).stream().map(Individual::id)).containsExactly("A", "C", "B");
        assertThat(next).hasSize(6);
        assertThat(next.get(3).operators()).first().isEqualTo("nsga2");
    }

    @Test
    void theObjectivesFitnessAndParamsChooseNsga2() {
        assertThat(Objectives.selectionFor("--objectives", "fitness,params", SelectionMethod.TOURNAMENT))
                .isEqualTo(SelectionMethod.NSGA2);
        assertThat(Objectives.selectionFor("--objectives", " Fitness ", SelectionMethod.RANK))
                .isEqualTo(SelectionMethod.RANK);
        assertThat(SelectionMethod.parse("NSGA2")).isEqualTo(SelectionMethod.NSGA2);
        assertThatThrownBy(() -> Objectives.selectionFor("--objectives", "fitness,latency", SelectionMethod.RANK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--objectives: 'fitness,latency' is not fitness or fitness,params");
    }
}
