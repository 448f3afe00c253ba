package org.evolab.ui.wizard.evolution;

import java.util.Locale;
import org.evolab.evolution.GaSettings;
import org.evolab.evolution.Strategy;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.Formats;
import org.evolab.ui.wizard.search.CostEstimate;

/** The evolution step's explanations, in words: what the GA does, the whole run and what its budget counts. */
final class EvolutionTexts {
    private EvolutionTexts() {}

    /** One paragraph that says what the current settings make the algorithm do. */
    static String explain(GaSettings ga) {
        if (ga.strategy() == Strategy.RANDOM_SEARCH) {
            return String.format(
                    Locale.ROOT,
                    "Every generation draws %d new networks at random from the search space (generation 0's last is "
                            + "the starter: 3 relu layers of 64, Adam, no dropout, fitted into the space): "
                            + "no selection, no inheritance. Compare its best score with a genetic run of the same budget to see "
                            + "what evolution adds.",
                    ga.populationSize());
        }
        int immigrants = ga.immigrantCount();
        int children = Math.max(0, ga.populationSize() - ga.eliteCount() - immigrants);
        String selection =
                switch (ga.selection()) {
                    case TOURNAMENT -> "the best of " + ga.tournamentSize() + " drawn at random (a tournament)";
                    case ROULETTE -> "drawn with chances in proportion to their fitness (roulette)";
                    case RANK -> "drawn with chances by their rank (rank selection)";
                    case NSGA2 -> "the better of two drawn at random on the Pareto front of fitness against parameter count "
                            + "(NSGA-II: the lower front, then the less crowded; the elites too)";
                };
        return String.format(
                Locale.ROOT,
                "Generation 0 is drawn at random, but for its last network, the starter: 3 relu layers of 64, Adam, "
                        + "no dropout, fitted into the space. In each later one, the %d best network%s "
                        + "carried over unchanged; each of the other %d is bred from parents picked as %s. With "
                        + "probability %.2f two parents are mixed by %s crossover, otherwise one is copied; then each gene "
                        + "mutates with probability %.2f.%s Every new network is trained and scored on the validation rows.",
                ga.eliteCount(),
                ga.eliteCount() == 1 ? " is" : "s are",
                children,
                selection,
                ga.crossoverRate(),
                ga.crossover().id(),
                ga.mutationRate(),
                immigrants == 0
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                " The last %d %s drawn at random, as in generation 0, so the search keeps exploring.",
                                immigrants,
                                immigrants == 1 ? "is" : "are"));
    }

    /** The whole run in a few lines, to review before starting. */
    static String summary(RunConfig c, DatasetInfo info) {
        var s = c.searchSpace();
        String data = info == null || info.schema() == null
                ? "no data yet"
                : String.format(
                        Locale.ROOT,
                        "%s: predict '%s' (%s) from %d input%s",
                        info.table().name(),
                        info.schema().target(),
                        info.taskType().id(),
                        info.inputs(),
                        info.inputs() == 1 ? "" : "s");
        return String.format(
                Locale.ROOT,
                "Data · %s; split %.0f/%.0f/%.0f %%%n"
                        + "Networks · %d–%d hidden layers of %d–%d neurons, learning rate %s–%s, %d–%d epochs, patience %d%n"
                        + "Search · %s, seed %d, %s",
                data,
                c.split().train() * 100,
                c.split().validation() * 100,
                c.split().test() * 100,
                s.layers().min(),
                s.layers().max(),
                s.neurons().min(),
                s.neurons().max(),
                Formats.small(s.learningRate().min()),
                Formats.small(s.learningRate().max()),
                s.epochs().min(),
                s.epochs().max(),
                c.training().patience(),
                c.ga().strategy() == Strategy.RANDOM_SEARCH ? "random search" : "genetic algorithm",
                c.seed(),
                c.workers() == 0 ? "one worker per core" : c.workers() + " worker" + (c.workers() == 1 ? "" : "s"));
    }

    /** What the budget counts: the trainings of the search, how each is scored and what the final step retrains. */
    static String budgetDetail(RunConfig c, CostEstimate e) {
        int k = c.training().ensemble();
        return String.format(
                Locale.ROOT,
                "%d × %d generations; at most %s networks trained (elites are not retrained)%s, then %s on "
                        + "training + validation data and tested.",
                c.ga().populationSize(),
                c.ga().generations(),
                Formats.count(e.trainings()),
                e.scoring(),
                k == 1 ? "the best is retrained" : "the " + k + " best are retrained, averaged into one network");
    }
}
