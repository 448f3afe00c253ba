package org.evolab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.evolab.data.prep.PreparedData;
import org.evolab.fitness.FinalModel;
import org.evolab.fitness.FitnessMetric;
import org.evolab.fitness.TrainedModel;
import org.evolab.fitness.Trainer;
import org.evolab.fitness.TrainingControl;
import org.evolab.fitness.TrainingData;
import org.evolab.genome.Genome;

/**
 * The final model of a genome, the step after the search: the search's own network where it was
 * kept, else one retrained on the training and validation rows for the epochs early stopping chose
 * during the search; then tested on the test rows (and refit on every labelled row where the
 * settings ask for it: {@link FinalRefit}). A run does this for its best genome; the
 * Results screen does it for any genome of the leaderboard (a smaller one from the Pareto front,
 * say), and the result exports like the run's own.
 */
public final class ChosenModel {
    private ChosenModel() {}

    /** Epochs of the final training: those at which the search's training reached its best score. */
    public static int epochs(Evaluation e) {
        return (int) Math.max(1, Math.round(e.result().bestEpoch()));
    }

    /**
     * A search's result with its final model: the best genome's network, tested. A run whose every
     * training failed ends FAILED. A trainer that makes no networks (a test's fake) gives a
     * completed result without model and test.
     */
    static RunResult complete(
            Trainer trainer,
            RunStatistics statistics,
            PreparedData data,
            FitnessMetric metric,
            FinalModel choice,
            EnsembleMembers ensemble,
            SearchNetworks networks,
            String stopReason,
            Consumer<String> status)
            throws InterruptedException {
        Evaluation best = statistics.bestOverall();
        if (best == null || !Double.isFinite(best.fitness())) {
            String why = best == null ? "nothing was scored" : best.result().failure();
            return statistics.partial(
                    RunStatus.FAILED, stopReason, "every training failed (" + why + ")", data, metric);
        }
        List<Evaluation> members = ensemble.of(statistics);
        String alone = ensemble.wanted() > 1 && members.size() == 1
                ? "; no other genome scored within reach of the best, so it is exported alone"
                : "";
        TrainedModel model = members.size() == 1
                ? forBest(trainer, best, choice, networks, stopReason + alone, status)
                : ensemble(trainer, members, ensemble.wanted(), choice, networks, stopReason, status);
        TestReport test = model == null ? null : TestReport.of(data, model);
        return statistics.result(RunStatus.COMPLETED, stopReason, null, data, metric, best, model, test);
    }

    /**
     * The network to export for the run's {@code best}: the search's own (when {@code choice} asks
     * for it and {@code networks} kept it in this process), or one retrained; {@code status} is
     * told which, with {@code stopReason}.
     */
    private static TrainedModel forBest(
            Trainer trainer,
            Evaluation best,
            FinalModel choice,
            SearchNetworks networks,
            String stopReason,
            Consumer<String> status) {
        Genome genome = best.individual().genome();
        Optional<float[]> kept = kept(best, choice, networks);
        if (kept.isPresent()) {
            status.accept(String.format(
                    "Search finished (%s). Exporting the search's own network for the best "
                            + "genome (its best validation epoch, %.1f).",
                    stopReason, best.result().bestEpoch()));
            return trainer.searchModel(genome, kept.get(), best.result().bestEpoch());
        }
        status.accept(String.format(
                "Search finished (%s). Retraining the best network on training and validation " + "data for %d epochs.",
                stopReason, epochs(best)));
        return trainer.retrain(genome, epochs(best));
    }

    /** Each member's final model as {@code choice} says, averaged in one network. */
    private static TrainedModel ensemble(
            Trainer trainer,
            List<Evaluation> members,
            int wanted,
            FinalModel choice,
            SearchNetworks networks,
            String stopReason,
            Consumer<String> status)
            throws InterruptedException {
        String fewer = members.size() < wanted
                ? String.format(
                        " (--ensemble %d asked for more, but only %d distinct genomes scored within reach of the best)",
                        wanted, members.size())
                : "";
        status.accept(String.format(
                "Search finished (%s). Final models for an ensemble of the %d best genomes%s.",
                stopReason, members.size(), fewer));
        // The search's own networks as they are, the others retrained all at once.
        TrainedModel[] models = new TrainedModel[members.size()];
        List<Integer> toRetrain = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Evaluation member = members.get(i);
            Optional<float[]> kept = kept(member, choice, networks);
            if (kept.isPresent()) {
                models[i] = trainer.searchModel(
                        member.individual().genome(),
                        kept.get(),
                        member.result().bestEpoch());
            } else {
                toRetrain.add(i);
            }
        }
        List<TrainedModel> retrained = trainer.retrainAll(toRetrain.stream()
                .map(i -> new Trainer.Retraining(members.get(i).individual().genome(), epochs(members.get(i))))
                .toList());
        for (int k = 0; k < toRetrain.size(); k++) {
            models[toRetrain.get(k)] = retrained.get(k);
        }
        for (TrainedModel m : models) {
            if (m == null) {
                return null;
            }
        }
        return TrainedModel.averageOf(List.of(models));
    }

    /** The search's own parameters for {@code e}'s genome, where {@code choice} asks for them and the run kept them. */
    private static Optional<float[]> kept(Evaluation e, FinalModel choice, SearchNetworks networks) {
        return choice == FinalModel.SEARCH
                ? networks.parametersOf(e.individual().genome().id())
                : Optional.empty();
    }

    /**
     * {@code run}'s result as if {@code chosen} had been its best: its genome retrained and tested,
     * then refit on every labelled row where the run's settings ask for it ({@link FinalRefit}, whose
     * epochs {@code epochDone} counts on after the first training's). Cancelled through {@code control} (a {@link java.util.concurrent.CancellationException}).
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
        TrainedModel model;
        try (Trainer trainer = Trainers.dl4j()
                .create(
                        data,
                        run.config().training(),
                        run.config().seed(),
                        counting,
                        new Trainer.Options(1, null, null, null))) {
            model = trainer.retrain(chosen.individual().genome(), epochs(chosen));
        }
        TestReport test = TestReport.of(run.data(), model);
        RunResult tested = new RunResult(
                run.config(),
                RunStatus.COMPLETED,
                run.stopReason(),
                null,
                run.data(),
                run.metric(),
                chosen,
                run.history(),
                run.leaderboard(),
                model,
                test,
                run.evaluations(),
                run.trainings(),
                run.cacheHits(),
                run.wallSeconds());
        try {
            return FinalRefit.apply(tested, Trainers.dl4j(), counting, status -> {});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while refitting");
        }
    }
}
