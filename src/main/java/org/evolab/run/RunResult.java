package org.evolab.run;

import java.util.List;
import org.evolab.data.prep.PreparedData;
import org.evolab.fitness.FitnessMetric;
import org.evolab.fitness.Refit;
import org.evolab.fitness.TrainedModel;
import org.evolab.util.Records;

/**
 * Everything a finished run produced. {@code model} and {@code test} are null unless the run
 * completed; {@code best} is null only when nothing was scored at all. {@code test} scores the
 * model trained without the test rows; {@code model} is the one exported, that same model or, where
 * the settings ask for it ({@link #refitted}), the same genomes refit on every labelled row after.
 *
 * @param leaderboard every distinct genome scored, best first
 * @param trainings   networks actually trained during the search
 * @param cacheHits   individuals whose genome had been scored before, so were not trained again
 */
public record RunResult(
        RunConfig config,
        RunStatus status,
        String stopReason,
        String error,
        PreparedData data,
        FitnessMetric metric,
        Evaluation best,
        List<GenerationStats> history,
        List<Evaluation> leaderboard,
        TrainedModel model,
        TestReport test,
        int evaluations,
        int trainings,
        int cacheHits,
        double wallSeconds) {
    public RunResult {
        history = List.copyOf(history);
        leaderboard = List.copyOf(leaderboard);
    }

    public boolean completed() {
        return status == RunStatus.COMPLETED;
    }

    /**
     * Whether {@link #model} was refit on every labelled row after {@link #test} scored the model
     * trained on fewer: its test metrics are then those of that earlier model, not its own.
     */
    public boolean refitted() {
        return model != null && test != null && config.training().refit() == Refit.ALL;
    }

    /** This result exporting {@code exported} (the refit of its model), its test still that of the tested one. */
    public RunResult withModel(TrainedModel exported) {
        return Records.with(this, "model", exported);
    }
}
