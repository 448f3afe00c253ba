package org.evolab.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evolab.evolution.Fixtures.rng;
import static org.evolab.evolution.Fixtures.score;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evolab.genome.SearchSpace;
import org.junit.jupiter.api.Test;

class RandomSearchTest {
    private static final SearchSpace SPACE = SearchSpace.defaults();

    @Test
    void startsFromTheSameGenerationAsTheGeneticAlgorithm() {
        List<Individual> random = new RandomSearch(SPACE, 30).initialPopulation(rng(4));
        List<Individual> genetic =
                new GeneticAlgorithm(SPACE, GaSettings.defaults().withPopulationSize(30)).initialPopulation(rng(4));
        assertThat(random).isEqualTo(genetic);
    }

    @Test
    void everyGenerationIsFreshUniqueAndNewToTheRun() {
        RandomSearch search = new RandomSearch(SPACE, 25);
        List<Individual> population = search.initialPopulation(rng(9));
        Set<String> known = new HashSet<>();
        for (int gen = 1; gen <= 4; gen++) {
            population.forEach(i -> known.add(i.genome().id()));
            List<Individual> next = search.nextGeneration(gen, score(population), Set.copyOf(known), rng(100 + gen));
            int g = gen;
            assertThat(next).hasSize(25);
            assertThat(next)
                    .extracting(i -> i.genome().id())
                    .doesNotHaveDuplicates()
                    .doesNotContainAnyElementsOf(known);
            assertThat(next).allSatisfy(i -> {
                assertThat(i.generation()).isEqualTo(g);
                assertThat(i.id()).startsWith("g" + g + "-");
                assertThat(i.parentIds()).isEmpty();
                assertThat(i.operators()).containsExactly("random");
                assertThat(SPACE.contains(i.genome())).isTrue();
            });
            population = next;
        }
    }

    @Test
    void isDeterministicAndIgnoresThePreviousScores() {
        RandomSearch search = new RandomSearch(SPACE, 10);
        List<Scored> previous = score(search.initialPopulation(rng(1)));
        List<Scored> reversed = previous.stream()
                .map(s -> new Scored(s.individual(), -s.fitness()))
                .toList();
        assertThat(search.nextGeneration(1, previous, Set.of(), rng(2)))
                .isEqualTo(search.nextGeneration(1, reversed, Set.of(), rng(2)));
    }
}
