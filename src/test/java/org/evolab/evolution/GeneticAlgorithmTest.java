package org.evolab.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evolab.evolution.Fixtures.rng;
import static org.evolab.evolution.Fixtures.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.evolab.genome.Activation;
import org.evolab.genome.DoubleRange;
import org.evolab.genome.Genome;
import org.evolab.genome.IntRange;
import org.evolab.genome.Optimizer;
import org.evolab.genome.SearchSpace;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;

class GeneticAlgorithmTest {
    private static final SearchSpace SPACE = SearchSpace.defaults();
    private static final GaSettings SETTINGS = GaSettings.defaults().withPopulationSize(20);

    /** Runs {@code generations} generations on the fake landscape, one generator per generation as the run does. */
    private static List<List<Scored>> evolve(SearchStrategy strategy, long seed, int generations) {
        List<List<Scored>> history = new ArrayList<>();
        Set<String> known = new HashSet<>();
        List<Individual> population = strategy.initialPopulation(rng(seed));
        for (int gen = 0; gen < generations; gen++) {
            if (gen > 0) {
                population =
                        strategy.nextGeneration(gen, history.get(gen - 1), Set.copyOf(known), rng(seed * 1000 + gen));
            }
            population.forEach(i -> known.add(i.genome().id()));
            history.add(score(population));
        }
        return history;
    }

    private static List<List<Genome>> genomes(List<List<Scored>> history) {
        return history.stream()
                .map(p -> p.stream().map(s -> s.individual().genome()).toList())
                .toList();
    }

    private static double best(List<Scored> population) {
        return population.stream().mapToDouble(Scored::fitness).max().orElseThrow();
    }

    @Test
    void sameSeedGivesTheSamePopulationsGenerationAfterGeneration() {
        List<List<Scored>> first = evolve(new GeneticAlgorithm(SPACE, SETTINGS), 42, 6);
        List<List<Scored>> second = evolve(new GeneticAlgorithm(SPACE, SETTINGS), 42, 6);
        List<List<Scored>> other = evolve(new GeneticAlgorithm(SPACE, SETTINGS), 43, 6);

        assertThat(genomes(second)).isEqualTo(genomes(first));
        assertThat(second).isEqualTo(first);
        assertThat(genomes(other).get(0)).isNotEqualTo(genomes(first).get(0));
    }

    @Test
    void resumingFromAnyGenerationContinuesExactlyAsTheUninterruptedRun() {
        GeneticAlgorithm ga = new GeneticAlgorithm(SPACE, SETTINGS);
        List<List<Scored>> history = evolve(ga, 7, 5);
        Set<String> knownAfterThree = history.subList(0, 3).stream()
                .flatMap(List::stream)
                .map(s -> s.individual().genome().id())
                .collect(Collectors.toSet());

        // A fresh instance, fed only what a checkpoint holds.
        List<Individual> resumed = new GeneticAlgorithm(SPACE, SETTINGS)
                .nextGeneration(3, history.get(2), knownAfterThree, rng(7 * 1000 + 3));

        assertThat(resumed)
                .isEqualTo(history.get(3).stream().map(Scored::individual).toList());
    }

    @Test
    void initialPopulationIsUniqueInsideTheSpaceAndNumberedFromZero() {
        List<Individual> population = new GeneticAlgorithm(SPACE, GaSettings.defaults()).initialPopulation(rng(1));

        assertThat(population).hasSize(50);
        assertThat(population)
                .extracting(Individual::id)
                .containsExactlyElementsOf(IntStream.range(0, 50)
                        .mapToObj(i -> String.format("g0-%02d", i))
                        .toList());
        assertThat(population).extracting(i -> i.genome().id()).doesNotHaveDuplicates();
        assertThat(population).allSatisfy(i -> {
            assertThat(SPACE.contains(i.genome())).as(i.genome().summary()).isTrue();
            assertThat(i.generation()).isZero();
            assertThat(i.parentIds()).isEmpty();
        });
        assertThat(population.subList(0, 49))
                .allSatisfy(i -> assertThat(i.operators()).containsExactly("random"));
        assertThat(population.get(49).operators()).containsExactly("starter");
        assertThat(population.get(49).genome()).isEqualTo(SPACE.starterGenome());
    }

    @Test
    void theStarterTakesTheLastSlotWithoutChangingTheRandomDraws() {
        List<Individual> withStarter = new GeneticAlgorithm(SPACE, GaSettings.defaults()).initialPopulation(rng(3));
        List<Individual> random = RandomPopulation.draw(SPACE, 50, 0, java.util.Set.of(), rng(3));

        assertThat(withStarter.subList(0, 49)).isEqualTo(random.subList(0, 49));
        assertThat(withStarter.get(49)).isNotEqualTo(random.get(49));
    }

    @Test
    void childrenStayInsideANarrowSpace() {
        SearchSpace narrow = new SearchSpace(
                new IntRange(2, 2),
                new IntRange(5, 8),
                List.of(Activation.TANH),
                new DoubleRange(1e-3, 2e-3),
                List.of(Optimizer.ADAM),
                List.of(32),
                new DoubleRange(0.0, 0.1),
                new DoubleRange(0.0, 0.0),
                new IntRange(10, 12));
        for (CrossoverMethod method : CrossoverMethod.values()) {
            GaSettings settings = GaSettings.defaults()
                    .withPopulationSize(12)
                    .withMutationRate(0.5)
                    .withCrossover(method);
            List<List<Scored>> history = evolve(new GeneticAlgorithm(narrow, settings), 3, 5);

            for (int gen = 0; gen < history.size(); gen++) {
                List<Scored> population = history.get(gen);
                assertThat(population).hasSize(12);
                assertThat(population).extracting(s -> s.individual().id()).doesNotHaveDuplicates();
                assertThat(population).allSatisfy(s -> {
                    assertThat(narrow.contains(s.individual().genome()))
                            .as(s.individual().genome().summary())
                            .isTrue();
                    assertThat(s.individual().genome().depth()).isEqualTo(2);
                });
            }
        }
    }

    @Test
    void elitesAreCarriedOverAsTheSameIndividualsInTheFirstSlots() {
        GeneticAlgorithm ga = new GeneticAlgorithm(SPACE, SETTINGS.withEliteCount(3));
        List<Scored> previous = score(ga.initialPopulation(rng(5)));
        List<Individual> expectedElites = previous.stream()
                .sorted(Comparator.comparingDouble(Scored::fitness).reversed())
                .limit(3)
                .map(Scored::individual)
                .toList();

        List<Individual> next = ga.nextGeneration(1, previous, ids(previous), rng(6));

        assertThat(next).hasSize(20);
        assertThat(next.subList(0, 3)).containsExactlyElementsOf(expectedElites);
        assertThat(next.subList(0, 3))
                .allSatisfy(e -> assertThat(e.generation()).isZero());
        assertThat(next.subList(3, 20))
                .extracting(Individual::id)
                .containsExactlyElementsOf(IntStream.range(3, 20)
                        .mapToObj(i -> String.format("g1-%02d", i))
                        .toList());
        assertThat(next.subList(3, 20))
                .allSatisfy(c -> assertThat(c.generation()).isEqualTo(1));
    }

    @Test
    void bestFitnessNeverDropsWithElitismAndTheSearchImproves() {
        List<List<Scored>> history = evolve(new GeneticAlgorithm(SPACE, SETTINGS), 11, 10);
        for (int gen = 1; gen < history.size(); gen++) {
            assertThat(best(history.get(gen))).isGreaterThanOrEqualTo(best(history.get(gen - 1)));
        }
        assertThat(best(history.get(9))).isGreaterThan(best(history.get(0)));
    }

    @Test
    void failedIndividualsAreNeverElites() {
        GeneticAlgorithm ga = new GeneticAlgorithm(SPACE, SETTINGS.withEliteCount(2));
        List<Individual> initial = ga.initialPopulation(rng(8));
        List<Scored> allFailed = initial.stream()
                .map(i -> new Scored(i, Double.NEGATIVE_INFINITY))
                .toList();

        List<Individual> next = ga.nextGeneration(1, allFailed, ids(allFailed), rng(9));

        assertThat(next).hasSize(20).allSatisfy(i -> assertThat(i.generation()).isEqualTo(1));

        List<Scored> oneSucceeded = new ArrayList<>(allFailed);
        oneSucceeded.set(4, new Scored(initial.get(4), -12.5));
        next = ga.nextGeneration(1, oneSucceeded, ids(oneSucceeded), rng(9));
        assertThat(next.get(0)).isSameAs(initial.get(4));
        assertThat(next.subList(1, 20))
                .allSatisfy(i -> assertThat(i.generation()).isEqualTo(1));
    }

    @Test
    void childrenDescendFromThePreviousGenerationAndSayHow() {
        GeneticAlgorithm ga = new GeneticAlgorithm(SPACE, SETTINGS);
        List<List<Scored>> history = evolve(ga, 21, 4);
        for (int gen = 1; gen < history.size(); gen++) {
            Set<String> previousIds =
                    history.get(gen - 1).stream().map(s -> s.individual().id()).collect(Collectors.toSet());
            int g = gen;
            List<Individual> children = history.get(gen).stream()
                    .map(Scored::individual)
                    .filter(i -> i.generation() == g && !i.parentIds().isEmpty())
                    .toList();
            assertThat(children).hasSize(20 - SETTINGS.eliteCount() - SETTINGS.immigrantCount());
            assertThat(children).allSatisfy(child -> {
                assertThat(child.parentIds())
                        .isNotEmpty()
                        .hasSizeLessThanOrEqualTo(2)
                        .doesNotHaveDuplicates();
                assertThat(previousIds).containsAll(child.parentIds());
                assertThat(child.operators().get(0)).isEqualTo("tournament");
                if (child.parentIds().size() == 2) {
                    assertThat(child.operators()).contains("crossover:one-point");
                }
                assertThat(child.operators()).allSatisfy(tag -> assertThat(tag)
                        .matches("tournament|crossover:one-point|mutate:[a-z0-9-]+|repair"));
            });
        }
        // With crossover rate 0.8 and mutation 0.1 both kinds of operator show up.
        List<String> tags = history.stream()
                .flatMap(List::stream)
                .flatMap(s -> s.individual().operators().stream())
                .toList();
        assertThat(tags).contains("crossover:one-point").anyMatch(t -> t.startsWith("mutate:"));
    }

    @Test
    void randomImmigrantsTakeTheLastSlotsOfEachLaterGeneration() {
        assertThat(SETTINGS.immigrantCount()).isEqualTo(6); // 30% of 20
        assertThat(SETTINGS.withPopulationSize(10).immigrantCount()).isEqualTo(3);
        assertThat(SETTINGS.withPopulationSize(3).withImmigrantRate(1).immigrantCount())
                .as("never the elites' slots")
                .isEqualTo(1);
        GeneticAlgorithm ga = new GeneticAlgorithm(SPACE, SETTINGS);
        List<List<Scored>> history = evolve(ga, 5, 3);
        for (int gen = 1; gen < history.size(); gen++) {
            List<Individual> next =
                    history.get(gen).stream().map(Scored::individual).toList();
            List<Individual> immigrants = next.subList(14, 20);
            int g = gen;
            assertThat(immigrants).allSatisfy(i -> {
                assertThat(i.parentIds()).isEmpty();
                assertThat(i.operators()).containsExactly(Individual.RANDOM);
                assertThat(i.generation()).isEqualTo(g);
                assertThat(SPACE.contains(i.genome())).isTrue();
            });
            assertThat(immigrants)
                    .extracting(Individual::id)
                    .containsExactly(IntStream.range(14, 20)
                            .mapToObj(k -> Individual.idOf(g, k, 20))
                            .toArray(String[]::new));
            assertThat(next.subList(SETTINGS.eliteCount(), 14))
                    .allSatisfy(i -> assertThat(i.parentIds()).isNotEmpty());
            assertThat(next).extracting(i -> i.genome().id()).doesNotHaveDuplicates();
        }

        GeneticAlgorithm none = new GeneticAlgorithm(SPACE, SETTINGS.withImmigrantRate(0));
        assertThat(evolve(none, 5, 3).get(2).subList(SETTINGS.eliteCount(), 20))
                .allSatisfy(s -> assertThat(s.individual().parentIds()).isNotEmpty());
    }

    @Test
    void knownGenomesAndDuplicatesWithinTheGenerationAreAvoided() {
        GeneticAlgorithm ga = new GeneticAlgorithm(SPACE, SETTINGS.withEliteCount(0));
        List<Scored> previous = score(ga.initialPopulation(rng(30)));
        Set<String> known = new HashSet<>(ids(previous));
        // Make the run "know" the first ten children this very generator breeds, so the first
        // slot has to re-draw ten times before it finds a new genome.
        List<Individual> bredBefore = new GeneticAlgorithm(
                        SPACE, SETTINGS.withEliteCount(0).withPopulationSize(10))
                .nextGeneration(1, previous, known, rng(31));
        bredBefore.forEach(i -> known.add(i.genome().id()));

        List<Individual> next = ga.nextGeneration(1, previous, known, rng(31));

        assertThat(next).hasSize(20);
        assertThat(next)
                .extracting(i -> i.genome().id())
                .doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(known);
        assertThat(next.get(0).genome()).isNotEqualTo(bredBefore.get(0).genome());
    }

    @Test
    void aDuplicateIsAcceptedWhenTheSpaceLeavesNoChoice() {
        // Two genomes exist in this space (batch 16 or 32); nine children cannot all be new.
        SearchSpace tiny = new SearchSpace(
                new IntRange(1, 1),
                new IntRange(4, 4),
                List.of(Activation.RELU),
                new DoubleRange(1e-3, 1e-3),
                List.of(Optimizer.ADAM),
                List.of(16, 32),
                new DoubleRange(0.0, 0.0),
                new DoubleRange(0.0, 0.0),
                new IntRange(5, 5));
        GeneticAlgorithm ga = new GeneticAlgorithm(
                tiny, GaSettings.defaults().withPopulationSize(10).withEliteCount(1));
        List<Individual> initial = ga.initialPopulation(rng(2));
        assertThat(initial).hasSize(10);
        assertThat(initial.stream().map(i -> i.genome().id()).distinct()).hasSize(2);

        List<Individual> next = ga.nextGeneration(1, score(initial), ids(score(initial)), rng(3));
        assertThat(next).hasSize(10).allSatisfy(i -> assertThat(tiny.contains(i.genome()))
                .isTrue());
    }

    @Test
    void strategiesFollowTheSettings() {
        assertThat(Strategies.of(SPACE, GaSettings.defaults())).isInstanceOf(GeneticAlgorithm.class);
        assertThat(Strategies.of(SPACE, GaSettings.defaults().withStrategy(Strategy.RANDOM_SEARCH)))
                .isInstanceOf(RandomSearch.class);
        assertThatThrownBy(() -> Strategies.of(SPACE, GaSettings.defaults().withPopulationSize(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("population:");
        assertThatThrownBy(() -> Strategies.of(SPACE.withLayers(3, 2), GaSettings.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("hidden layers:");
    }

    @Test
    void nextGenerationRejectsMisuse() {
        GeneticAlgorithm ga = new GeneticAlgorithm(SPACE, SETTINGS);
        assertThatThrownBy(() -> ga.nextGeneration(1, List.of(), Set.of(), rng(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ga.nextGeneration(0, score(ga.initialPopulation(rng(1))), Set.of(), rng(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Set<String> ids(List<Scored> population) {
        return population.stream().map(s -> s.individual().genome().id()).collect(Collectors.toSet());
    }
}
