package org.evolab.run;

import java.util.List;
import org.evolab.data.prep.PreparedData;
import org.evolab.fitness.FitnessMetric;
import org.evolab.fitness.TrainedModel;

/**
 * Everything a finished run produced. {@code model} and {@code test} are null unless the run
 * completed; {@code best} is null only when nothing was scored at all.
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
}
