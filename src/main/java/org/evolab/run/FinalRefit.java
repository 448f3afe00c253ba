package org.evolab.run;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.evolab.data.prep.PreparedData;
import org.evolab.fitness.Refit;
import org.evolab.fitness.TrainedModel;
import org.evolab.fitness.Trainer;
import org.evolab.fitness.TrainingControl;
import org.evolab.fitness.TrainingData;

/**
 * The last step of a run that {@link Refit#ALL} asks for: once the test rows have scored the
 * final model, each of its networks (each ensemble member, or the one network) is trained again,
 * with the same genome, initial weights and epochs, on every labelled row, and that is exported.
 * The test metrics stay those of the model trained without the test rows.
 */
final class FinalRefit {
    private FinalRefit() {}

    /**
     * {@code result} exporting its model refit on every labelled row, when its settings ask for it
     * and it has a tested model; else {@code result} itself. The refit trains on {@code trainers}'
     * trainer over {@link PreparedData#withTestRowsInValidation}; {@code status} hears that it does.
     */
    static RunResult apply(RunResult result, Trainer.Factory trainers, TrainingControl control, Consumer<String> status)
            throws InterruptedException {
        if (!result.completed() || !result.refitted()) {
            return result;
        }
        PreparedData all = result.data().withTestRowsInValidation();
        List<TrainedModel> tested = ModelRecord.members(result.model());
        status.accept(String.format(
                "Tested on %d rows. Refitting the %s on all %d labelled rows for the export.",
                result.test().rows(),
                tested.size() == 1 ? "network" : tested.size() + " networks of the ensemble",
                result.data().labelledRows()));
        RunConfig config = result.config();
        List<TrainedModel> refit;
        try (Trainer trainer = trainers.create(
                TrainingData.of(all, config.training().metric()),
                config.training(),
                config.seed(),
                control,
                new Trainer.Options(config.effectiveWorkers(), null, null, null))) {
            refit = trainer.retrainAll(tested.stream()
                    .map(m -> new Trainer.Retraining(m.genome(), epochs(m)))
                    .toList());
        }
        if (refit.stream().anyMatch(Objects::isNull)) {
            return result;
        }
        return result.withModel(TrainedModel.averageOf(refit));
    }

    /** The epochs of a refit: the tested network's (the search's own may have stopped mid-epoch). */
    static int epochs(TrainedModel tested) {
        return (int) Math.max(1, Math.round(tested.epochs()));
    }
}
