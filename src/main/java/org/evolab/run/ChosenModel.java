package org.evolab.run;

import java.util.function.IntConsumer;
import org.evolab.fitness.Dl4jEvaluator;
import org.evolab.fitness.TrainingControl;
import org.evolab.fitness.TrainingData;
import org.evolab.fitness.TrainedModel;

/**
 * The final model of a genome: retrained on the training and validation rows for the epochs early
 * stopping chose during the search, then tested on the test rows. A run does this for its best
 * genome; the Results screen does it for any genome of the leaderboard (a smaller one from the
 * Pareto front, say), and the result exports like the run's own.
 */
public final class ChosenModel {
    private ChosenModel() {
    }

    /** Epochs of the final training: those at which the search's training reached its best score. */
    public static int epochs(Evaluation e) {
        return (int) Math.max(1, Math.round(e.result().bestEpoch()));
    }

    static TrainedModel train(Dl4jEvaluator evaluator, Evaluation chosen) {
        return evaluator.trainFinal(chosen.individual().genome(), epochs(chosen));
    }

    /**
     * {@code run}'s result as if {@code chosen} had been its best: its genome retrained and tested.
     * Cancelled through {@code control} (a {@link java.util.concurrent.CancellationException}).
     *
     * @param epochDone told the number of epochs begun so far, from the training thread
     */
    public static RunResult retrain(RunResult run, Evaluation chosen, TrainingControl control, IntConsumer epochDone) {
        if (run.data() == null) {
            throw new IllegalStateException("the run has no prepared data to train on");
        }
        int[] begun = {0};
        TrainingControl counting = () -> {
            control.checkpoint();
            epochDone.accept(++begun[0]);
        };
        TrainingData data = TrainingData.of(run.data(), run.config().training().metric());
        Dl4jEvaluator evaluator = new Dl4jEvaluator(data, run.config().training(), run.config().seed(), counting);
        TrainedModel model = train(evaluator, chosen);
        TestReport test = EvolutionRun.testReport(run.data(), model);
        return new RunResult(run.config(), RunStatus.COMPLETED, run.stopReason(), null, run.data(), run.metric(), chosen,
                run.history(), run.leaderboard(), model, test, run.evaluations(), run.trainings(), run.cacheHits(),
                run.wallSeconds());
    }
}
