package org.evolab.cli;

import static org.evolab.cli.Overrides.or;
import static org.evolab.cli.Overrides.override;

import org.evolab.evolution.CrossoverMethod;
import org.evolab.evolution.GaSettings;
import org.evolab.evolution.Objectives;
import org.evolab.evolution.SelectionMethod;
import org.evolab.evolution.Strategy;
import org.evolab.run.RunConfig;
import picocli.CommandLine.Option;

/** {@code evolab run}'s flags for the search itself: its size, seed, where it trains, and the GA's settings. */
final class SearchOptions {
    @Option(names = "--population", paramLabel = "N", description = "individuals per generation (default 50)")
    Integer population;

    @Option(names = "--generations", paramLabel = "N", description = "generations (default 10)")
    Integer generations;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "random seed; the same seed gives the same run (default 42)")
    Long seed;

    @Option(names = "--workers", paramLabel = "N", description = "training threads (default: one per core)")
    Integer workers;

    @Option(
            names = "--spark",
            paramLabel = "MASTER",
            description =
                    "train on Apache Spark: local[N] (embedded), "
                            + "spark://host:port (a standalone cluster) or any master URL Spark takes; needs Spark on the class path")
    String spark;

    @Option(names = "--strategy", paramLabel = "S", description = "genetic or random (the random-search baseline)")
    String strategy;

    @Option(names = "--mutation-rate", paramLabel = "P", description = "probability per gene (default 0.1)")
    Double mutationRate;

    @Option(
            names = "--crossover-rate",
            paramLabel = "P",
            description = "probability a child has two parents (default 0.8)")
    Double crossoverRate;

    @Option(
            names = "--immigrants",
            paramLabel = "P",
            description = "share of each generation after the first drawn at random (default 0.3)")
    Double immigrants;

    @Option(names = "--elitism", paramLabel = "N", description = "best individuals carried over unchanged (default 2)")
    Integer elitism;

    @Option(names = "--selection", paramLabel = "M", description = "tournament, roulette, rank or nsga2")
    String selection;

    @Option(
            names = "--objectives",
            paramLabel = "LIST",
            description = "fitness (default) or fitness,params (NSGA-II on accuracy and size)")
    String objectives;

    @Option(names = "--tournament-size", paramLabel = "N", description = "contestants per tournament (default 3)")
    Integer tournamentSize;

    @Option(names = "--crossover", paramLabel = "M", description = "one-point or uniform")
    String crossover;

    /** The seed, the training threads and where the run trains. */
    RunConfig applyTo(RunConfig cfg) {
        cfg = override(cfg, seed, RunConfig::withSeed);
        cfg = override(cfg, workers, RunConfig::withWorkers);
        if (spark != null) {
            return cfg.withSpark(spark);
        }
        if (cfg.spark() == null && System.getProperty("spark.master") != null) {
            // Under spark-submit (it sets spark.master): train on its cluster, not on the driver alone.
            return cfg.withSpark(System.getProperty("spark.master"));
        }
        return cfg;
    }

    /** The name the refusal of a Spark-less build names: the flag when given, else the settings file's field. */
    String sparkSource() {
        return spark != null ? "--spark" : "spark";
    }

    GaSettings applyTo(GaSettings ga) {
        return new GaSettings(
                        strategy != null ? Strategy.parse(strategy) : ga.strategy(),
                        or(population, ga.populationSize()),
                        or(generations, ga.generations()),
                        or(mutationRate, ga.mutationRate()),
                        or(crossoverRate, ga.crossoverRate()),
                        or(elitism, ga.eliteCount()),
                        Objectives.selectionFor(
                                "--objectives",
                                objectives,
                                selection != null ? SelectionMethod.parse(selection) : ga.selection()),
                        or(tournamentSize, ga.tournamentSize()),
                        crossover != null ? CrossoverMethod.parse(crossover) : ga.crossover(),
                        or(immigrants, ga.immigrantRate()))
                .withDefaultsFittedToPopulation(elitism != null, tournamentSize != null);
    }
}
