package org.evolab.cli;

import static org.evolab.cli.Overrides.or;
import static org.evolab.cli.Overrides.override;

import org.evolab.fitness.FinalModel;
import org.evolab.fitness.FitnessMetric;
import org.evolab.fitness.Refit;
import org.evolab.fitness.TrainingSettings;
import org.evolab.run.StopSettings;
import org.evolab.util.Durations;
import picocli.CommandLine.Option;

/** {@code evolab run}'s flags for how genomes are trained and scored, and for when the search stops. */
final class TrainingOptions {
    @Option(
            names = "--patience",
            paramLabel = "N",
            description = "epochs without a better validation score or a lower validation loss before training stops"
                    + " (default 10; at most a fifth of a genome's epochs, at least 3)")
    Integer patience;

    @Option(
            names = "--no-halving",
            description = "train every genome to its own end (default: successive halving, "
                    + "only the most promising third of each rung goes on)")
    boolean noHalving;

    @Option(names = "--metric", paramLabel = "M", description = "fitness: accuracy, macro-f1, neg-rmse or r2")
    String metric;

    @Option(
            names = "--final-model",
            paramLabel = "M",
            description =
                    "retrain (default: train the best genome anew on training + validation rows) or search (export the search's own "
                            + "network of the best genome)")
    String finalModel;

    @Option(
            names = "--folds",
            paramLabel = "K",
            description = "fitness by K-fold cross-validation of the training + "
                    + "validation rows (1: the validation split alone; default: 3 up to 500 such rows, else 1)")
    Integer folds;

    @Option(
            names = "--ensemble",
            paramLabel = "K",
            description = "export the average of the K best distinct genomes' "
                    + "final models as one network (default 3, 5 for a regression; 1: the best genome alone)")
    Integer ensemble;

    @Option(
            names = "--refit",
            paramLabel = "R",
            description = "rows of the exported model: train-validation (default: the model the test scored) or all "
                    + "(after the test, the same genomes and epochs trained again on every labelled row)")
    String refit;

    @Option(
            names = "--inherit-weights",
            negatable = true,
            description = "a child starts from its fitter parent's trained weights where the layers "
                    + "match, a resized layer keeping the overlapping block (default: off, every genome trains fresh)")
    Boolean inheritWeights;

    @Option(names = "--target-fitness", paramLabel = "X", description = "stop once the best validation score reaches X")
    Double targetFitness;

    @Option(
            names = "--steady-generations",
            paramLabel = "N",
            description = "stop after N generations without improvement")
    Integer steadyGenerations;

    @Option(
            names = "--time-budget",
            paramLabel = "DURATION",
            description = "stop the search after this long, e.g. 90s, 10m, 1h")
    String timeBudget;

    TrainingSettings applyTo(TrainingSettings training) {
        training = override(training, patience, TrainingSettings::withPatience);
        training = override(training, metric, (t, m) -> t.withMetric(FitnessMetric.parse(m)));
        training = override(training, finalModel, (t, m) -> t.withFinalModel(FinalModel.parse(m)));
        training = override(training, ensemble, TrainingSettings::withEnsemble);
        training = override(training, inheritWeights, TrainingSettings::withInheritWeights);
        training = override(training, refit, (t, r) -> t.withRefit(Refit.parse(r)));
        if (noHalving) {
            training = training.withSuccessiveHalving(false);
        }
        return override(training, folds, TrainingSettings::withFolds);
    }

    StopSettings applyTo(StopSettings stop) {
        return new StopSettings(
                or(targetFitness, stop.targetFitness()),
                or(steadyGenerations, stop.steadyGenerations()),
                timeBudget != null
                        ? Long.valueOf(
                                Durations.parse("--time-budget", timeBudget).toSeconds())
                        : stop.wallClockSeconds());
    }
}
