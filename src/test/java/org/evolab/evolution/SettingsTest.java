package org.evolab.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private static final GaSettings D = GaSettings.defaults();

    private static void rejected(GaSettings settings, String message) {
        assertThatThrownBy(settings::validate)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message);
    }

    @Test
    void defaultsAreTheDocumentedOnesAndValid() {
        assertThat(D)
                .isEqualTo(new GaSettings(
                        Strategy.GENETIC,
                        50,
                        10,
                        0.1,
                        0.8,
                        2,
                        SelectionMethod.TOURNAMENT,
                        3,
                        CrossoverMethod.ONE_POINT,
                        0.3));
        assertThat(D.validate()).isSameAs(D);
    }

    @Test
    void eachWitherChangesItsOwnSettingOnly() {
        GaSettings all = D.withStrategy(Strategy.RANDOM_SEARCH)
                .withPopulationSize(9)
                .withGenerations(4)
                .withMutationRate(0.3)
                .withCrossoverRate(0.5)
                .withEliteCount(1)
                .withSelection(SelectionMethod.RANK)
                .withTournamentSize(5)
                .withCrossover(CrossoverMethod.UNIFORM)
                .withImmigrantRate(0.5);
        assertThat(all)
                .isEqualTo(new GaSettings(
                        Strategy.RANDOM_SEARCH,
                        9,
                        4,
                        0.3,
                        0.5,
                        1,
                        SelectionMethod.RANK,
                        5,
                        CrossoverMethod.UNIFORM,
                        0.5));
        assertThat(D.withGenerations(4)).isEqualTo(D.withGenerations(4).withPopulationSize(50));
        assertThat(D.withGenerations(4).populationSize()).isEqualTo(50);
    }

    @Test
    void validationNamesTheSettingAtFault() {
        rejected(D.withPopulationSize(0), "population: must be at least 2, got 0");
        rejected(D.withGenerations(0), "generations: must be at least 1, got 0");
        rejected(D.withMutationRate(1.5), "mutation rate: must be in [0, 1], got 1.5");
        rejected(D.withMutationRate(Double.NaN), "mutation rate: must be in [0, 1], got NaN");
        rejected(D.withCrossoverRate(-0.1), "crossover rate: must be in [0, 1], got -0.1");
        rejected(D.withImmigrantRate(1.2), "immigrants: must be in [0, 1], got 1.2");
        rejected(D.withEliteCount(50), "elitism: 50 elites must be less than the population (50)");
        rejected(D.withEliteCount(-1), "elitism: must be at least 0, got -1");
        rejected(D.withTournamentSize(0), "tournament size: must be between 1 and the population (50), got 0");
        rejected(D.withTournamentSize(51), "tournament size: must be between 1 and the population (50), got 51");
        rejected(D.withStrategy(null), "strategy: choose genetic or random");
        rejected(D.withSelection(null), "selection: choose tournament, roulette, rank or nsga2");
        rejected(D.withCrossover(null), "crossover: choose one-point or uniform");
    }

    @Test
    void tournamentSizeOnlyMattersForTournaments() {
        assertThat(D.withSelection(SelectionMethod.RANK).withTournamentSize(0).validate())
                .isNotNull();
        assertThat(D.withPopulationSize(2)
                        .withEliteCount(1)
                        .withTournamentSize(2)
                        .validate())
                .isNotNull();
    }

    @Test
    void enumIdsAreLowerCaseAndParsedLeniently() {
        assertThat(SelectionMethod.TOURNAMENT.id()).isEqualTo("tournament");
        assertThat(SelectionMethod.parse(" Roulette ")).isEqualTo(SelectionMethod.ROULETTE);
        assertThat(SelectionMethod.parse("RANK")).isEqualTo(SelectionMethod.RANK);
        assertThat(CrossoverMethod.ONE_POINT.id()).isEqualTo("one-point");
        assertThat(CrossoverMethod.parse("one-point")).isEqualTo(CrossoverMethod.ONE_POINT);
        assertThat(CrossoverMethod.parse("ONE_POINT")).isEqualTo(CrossoverMethod.ONE_POINT);
        assertThat(CrossoverMethod.parse("uniform")).isEqualTo(CrossoverMethod.UNIFORM);
        assertThat(Strategy.RANDOM_SEARCH.id()).isEqualTo("random");
        assertThat(Strategy.parse("random")).isEqualTo(Strategy.RANDOM_SEARCH);
        assertThat(Strategy.parse("random_search")).isEqualTo(Strategy.RANDOM_SEARCH);
        assertThat(Strategy.parse("Genetic")).isEqualTo(Strategy.GENETIC);
        assertThatThrownBy(() -> CrossoverMethod.parse("two-point"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("crossover: unknown value 'two-point' (choose from one-point, uniform)");
        assertThatThrownBy(() -> SelectionMethod.parse(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("selection:");
    }

    @Test
    void individualIdsAreDeterministicAndSortInSlotOrder() {
        assertThat(Individual.idOf(3, 7, 50)).isEqualTo("g3-07");
        assertThat(Individual.idOf(0, 0, 2)).isEqualTo("g0-00");
        assertThat(Individual.idOf(12, 5, 150)).isEqualTo("g12-005");
        assertThat(Individual.idOf(12, 149, 150)).isEqualTo("g12-149");
    }
}
