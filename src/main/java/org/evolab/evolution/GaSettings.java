package org.evolab.evolution;

import org.evolab.util.InvalidInputException;
import org.evolab.util.Records;
import org.evolab.util.Setting;

/**
 * The settings of the search itself (the search space lives in {@code genome.SearchSpace}).
 * A plain value: {@link #validate()} is separate so a half-edited form in the GUI can still be held.
 *
 * @param strategy       evolve, or draw at random as a baseline with the same budget
 * @param populationSize individuals per generation
 * @param generations    generations in all, the random initial one included
 * @param mutationRate   probability per gene of being mutated
 * @param crossoverRate  probability that a child has two parents rather than being a mutated copy
 * @param eliteCount     best individuals carried unchanged into the next generation
 * @param selection      how parents are picked
 * @param tournamentSize contestants per tournament (only used by tournament selection)
 * @param crossover      how two parents are recombined
 * @param immigrantRate  share of each later generation drawn at random from the whole space, as
 *                       generation 0 is (random immigrants): exploration that goes on while the
 *                       rest breeds from the best so far
 */
public record GaSettings(
        Strategy strategy,
        int populationSize,
        int generations,
        double mutationRate,
        double crossoverRate,
        int eliteCount,
        SelectionMethod selection,
        int tournamentSize,
        CrossoverMethod crossover,
        double immigrantRate) {

    private static final int DEFAULT_ELITES = 2;
    private static final int DEFAULT_TOURNAMENT_SIZE = 3;
    /**
     * Three of each generation of ten. On the spirals set (seeds 1-12, population 10 x 4
     * generations) a run with no immigrants found no network that leaves the 0.65 plateau in 3
     * of 12 runs; see docs/BENCHMARKS.md.
     */
    static final double DEFAULT_IMMIGRANT_RATE = 0.3;

    /**
     * Genetic, 50 individuals, 10 generations, mutation 0.1, crossover 0.8, 2 elites, tournaments
     * of 3, one-point, 30% random immigrants.
     */
    public static GaSettings defaults() {
        return new GaSettings(
                Strategy.GENETIC,
                50,
                10,
                0.1,
                0.8,
                DEFAULT_ELITES,
                SelectionMethod.TOURNAMENT,
                DEFAULT_TOURNAMENT_SIZE,
                CrossoverMethod.ONE_POINT,
                DEFAULT_IMMIGRANT_RATE);
    }

    /**
     * Random immigrants in each generation after the first: {@code immigrantRate} of the
     * population, rounded, but never a slot the elites hold.
     */
    public int immigrantCount() {
        return Math.max(0, Math.min((int) Math.round(immigrantRate * populationSize), populationSize - eliteCount));
    }

    /**
     * These settings with the elite count and tournament size, where they still hold the defaults
     * and the user did not choose them, shrunk to what the population allows (a population of 2
     * keeps 1 elite and holds tournaments of 2). A value the user chose is left for
     * {@link #validate()} to judge.
     *
     * @param elitesChosen    the user gave the elite count
     * @param tournamentChosen the user gave the tournament size
     */
    public GaSettings withDefaultsFittedToPopulation(boolean elitesChosen, boolean tournamentChosen) {
        int elites = !elitesChosen && eliteCount == DEFAULT_ELITES && populationSize >= 1
                ? Math.min(DEFAULT_ELITES, populationSize - 1)
                : eliteCount;
        int contestants = !tournamentChosen && tournamentSize == DEFAULT_TOURNAMENT_SIZE && populationSize >= 1
                ? Math.min(DEFAULT_TOURNAMENT_SIZE, populationSize)
                : tournamentSize;
        return withEliteCount(elites).withTournamentSize(contestants);
    }

    /**
     * Checks every setting and throws an {@link InvalidInputException} naming the first one at
     * fault, in words a user can act on. Returns {@code this} so it can be chained.
     */
    public GaSettings validate() {
        if (strategy == null) {
            throw InvalidInputException.of(Setting.STRATEGY, "choose genetic or random");
        }
        if (populationSize < 2) {
            throw InvalidInputException.of(Setting.POPULATION, "must be at least 2, got " + populationSize);
        }
        if (generations < 1) {
            throw InvalidInputException.of(Setting.GENERATIONS, "must be at least 1, got " + generations);
        }
        rate(Setting.MUTATION_RATE, mutationRate);
        rate(Setting.CROSSOVER_RATE, crossoverRate);
        if (eliteCount < 0) {
            throw InvalidInputException.of(Setting.ELITISM, "must be at least 0, got " + eliteCount);
        }
        if (eliteCount >= populationSize) {
            throw InvalidInputException.of(
                    Setting.ELITISM, eliteCount + " elites must be less than the population (" + populationSize + ")");
        }
        if (selection == null) {
            throw InvalidInputException.of(Setting.SELECTION, "choose tournament, roulette, rank or nsga2");
        }
        if (selection == SelectionMethod.TOURNAMENT && (tournamentSize < 1 || tournamentSize > populationSize)) {
            throw InvalidInputException.of(
                    Setting.TOURNAMENT_SIZE,
                    "must be between 1 and the population (" + populationSize + "), got " + tournamentSize);
        }
        if (crossover == null) {
            throw InvalidInputException.of(Setting.CROSSOVER, "choose one-point or uniform");
        }
        rate(Setting.IMMIGRANT_RATE, immigrantRate);
        return this;
    }

    private static void rate(Setting name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw InvalidInputException.of(name, "must be in [0, 1], got " + value);
        }
    }

    public GaSettings withStrategy(Strategy value) {
        return Records.with(this, "strategy", value);
    }

    public GaSettings withPopulationSize(int value) {
        return Records.with(this, "populationSize", value);
    }

    public GaSettings withGenerations(int value) {
        return Records.with(this, "generations", value);
    }

    public GaSettings withMutationRate(double value) {
        return Records.with(this, "mutationRate", value);
    }

    public GaSettings withCrossoverRate(double value) {
        return Records.with(this, "crossoverRate", value);
    }

    public GaSettings withEliteCount(int value) {
        return Records.with(this, "eliteCount", value);
    }

    public GaSettings withSelection(SelectionMethod value) {
        return Records.with(this, "selection", value);
    }

    public GaSettings withTournamentSize(int value) {
        return Records.with(this, "tournamentSize", value);
    }

    public GaSettings withCrossover(CrossoverMethod value) {
        return Records.with(this, "crossover", value);
    }

    public GaSettings withImmigrantRate(double value) {
        return Records.with(this, "immigrantRate", value);
    }
}
