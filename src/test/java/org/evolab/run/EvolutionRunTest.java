package org.evolab.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.evolab.TestData;
import org.evolab.evolution.Strategy;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.SearchSpace;
import org.junit.jupiter.api.Test;

class EvolutionRunTest {

    static Map<String, Double> scores(RunResult r) {
        return r.leaderboard().stream()
                .collect(Collectors.toMap(e -> e.individual().genome().id(), Evaluation::fitness));
    }

    @Test
    void theSameSeedGivesTheSameRunWhateverTheWorkerCount() {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 5, 2, 11);
        RunResult one = new EvolutionRun(config.withWorkers(1)).run();
        RunResult two = new EvolutionRun(config.withWorkers(2)).run();
        assertThat(scores(two)).isEqualTo(scores(one));
        assertThat(two.best().individual()).isEqualTo(one.best().individual());
        assertThat(two.history())
                .extracting(GenerationStats::best)
                .isEqualTo(one.history().stream().map(GenerationStats::best).toList());
        assertThat(two.test().predicted()).isEqualTo(one.test().predicted());
    }

    @Test
    void aGenomeAlreadyScoredIsNeverTrainedAgain() {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 4, 3, 3);
        List<Evaluation> trained = new CopyOnWriteArrayList<>();
        List<Evaluation> cached = new CopyOnWriteArrayList<>();
        RunResult r = new EvolutionRun(config)
                .addListener(e -> {
                    if (e instanceof RunEvent.EvaluationFinished f) {
                        (f.evaluation().cacheHit() ? cached : trained).add(f.evaluation());
                    }
                })
                .run();
        List<String> trainedIds =
                trained.stream().map(e -> e.individual().genome().id()).toList();
        assertThat(trainedIds).doesNotHaveDuplicates();
        assertThat(cached).isNotEmpty();
        assertThat(cached).allSatisfy(c -> assertThat(trainedIds)
                .contains(c.individual().genome().id()));
        assertThat(r.trainings()).isEqualTo(trained.size());
        assertThat(r.cacheHits()).isEqualTo(cached.size());
    }

    @Test
    void successiveHalvingContinuesOnlyTheBestThirdAtEachRungAndSaysSo() {
        // Spirals at batch 16: 44 steps an epoch, 20-30 epochs, so the first rung (a ninth, at
        // least 100 steps: 2-3 epochs) ends before any patience (4-6 epochs here) can.
        RunConfig base = TestData.tinyRun(TestData.sample("spirals.csv"), "arm", 9, 1, 4);
        SearchSpace s = base.searchSpace().withEpochs(20, 30);
        RunConfig config = base.withTraining(TrainingSettings.defaults().withPatience(50))
                .withSearchSpace(new SearchSpace(
                        s.layers(),
                        s.neurons(),
                        s.activations(),
                        s.learningRate(),
                        s.optimizers(),
                        List.of(16),
                        s.dropout(),
                        s.l2(),
                        s.epochs()));
        List<Evaluation> scored = new CopyOnWriteArrayList<>();
        RunResult r = new EvolutionRun(config)
                .addListener(e -> {
                    if (e instanceof RunEvent.EvaluationFinished f) {
                        scored.add(f.evaluation());
                    }
                })
                .run();
        assertThat(scored).hasSize(9).noneMatch(Evaluation::cacheHit);
        List<Evaluation> halved =
                scored.stream().filter(e -> e.result().halved()).toList();
        List<Evaluation> toTheEnd =
                scored.stream().filter(e -> !e.result().endedEarly()).toList();
        // Rung 1 ranks all 9 and continues 3; rung 2 continues at most 1 of those; early stopping
        // may end some in between.
        assertThat(halved).hasSizeGreaterThanOrEqualTo(6);
        assertThat(toTheEnd).hasSizeLessThanOrEqualTo(1);
        assertThat(halved).allSatisfy(e -> assertThat(e.result().epochs())
                .isLessThan(e.individual().genome().maxEpochs())
                .isGreaterThan(0));
        assertThat(toTheEnd).allSatisfy(e -> assertThat(e.result().epochs())
                .isEqualTo((double) e.individual().genome().maxEpochs()));
        assertThat(r.best().result().halved()).isFalse();
        double spent = scored.stream().mapToDouble(e -> e.result().epochs()).sum();
        double budget = scored.stream()
                .mapToDouble(e -> e.individual().genome().maxEpochs())
                .sum();
        assertThat(spent).isLessThan(budget * 0.4);
    }

    @Test
    void cancelEndsTheRunQuicklyAndKeepsWhatWasScored() throws Exception {
        RunConfig config = TestData.tinyRun(TestData.sample("spirals.csv"), "arm", 8, 20, 5)
                .withWorkers(2);
        EvolutionRun run = new EvolutionRun(config);
        CompletableFuture<Void> firstScore = new CompletableFuture<>();
        run.addListener(e -> {
            if (e instanceof RunEvent.EvaluationFinished) {
                firstScore.complete(null);
            }
        });
        CompletableFuture<RunResult> result = CompletableFuture.supplyAsync(run::run);
        firstScore.get(60, TimeUnit.SECONDS);
        long cancelAt = System.nanoTime();
        run.control().cancel();
        RunResult r = result.get(10, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - cancelAt) / 1e9;
        assertThat(seconds).as("seconds from cancel to return").isLessThan(5);
        assertThat(r.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(r.leaderboard()).isNotEmpty();
        assertThat(r.best()).isNotNull();
        assertThat(r.model()).isNull();
    }

    @Test
    void pauseHoldsTheTrainingsUntilResumed() throws Exception {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 4, 1, 9);
        EvolutionRun run = new EvolutionRun(config);
        List<Long> eventTimes = new CopyOnWriteArrayList<>();
        CompletableFuture<Thread> runThread = new CompletableFuture<>();
        run.addListener(e -> {
            if (e instanceof RunEvent.RunStarted) {
                runThread.complete(Thread.currentThread());
            }
            if (e instanceof RunEvent.EvaluationFinished) {
                eventTimes.add(System.nanoTime());
            }
        });
        run.control().pause();
        CompletableFuture<RunResult> result = CompletableFuture.supplyAsync(run::run);
        // Not a sleep: wait until the run's thread is parked in the pause itself.
        Thread thread = runThread.get(60, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!parkedIn(thread, RunControl.class)) {
            assertThat(System.nanoTime()).as("the run to reach its pause").isLessThan(deadline);
            Thread.sleep(10);
        }
        assertThat(eventTimes).isEmpty();
        assertThat(result).isNotDone();
        run.control().resume();
        assertThat(result.get(60, TimeUnit.SECONDS).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(eventTimes).hasSize(4);
    }

    @Test
    void stopAfterGenerationEndsTheSearchButStillDeliversAModel() throws Exception {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 4, 10, 2);
        EvolutionRun run = new EvolutionRun(config);
        run.addListener(e -> {
            // a click on "stop" while the first generation trains
            if (e instanceof RunEvent.EvaluationFinished) {
                run.control().stopAfterGeneration();
            }
        });
        RunResult r = run.run();
        assertThat(r.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(r.history()).hasSize(1);
        assertThat(r.stopReason()).contains("stopped by the user");
        assertThat(r.model()).isNotNull();
    }

    @Test
    void randomSearchIsSelectableAsTheBaseline() {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 4, 2, 4);
        RunResult r = new EvolutionRun(config.withGa(config.ga().withStrategy(Strategy.RANDOM_SEARCH))).run();
        assertThat(r.completed()).isTrue();
        List<String> operators = new ArrayList<>();
        r.leaderboard().forEach(e -> operators.addAll(e.individual().operators()));
        // Generation 0 holds the starter genome, as the GA's does, so both start level.
        assertThat(operators).containsOnly("random", "starter");
    }

    @Test
    void aRegressionRunScoresNegativeRmseAndReportsRegressionMetrics() {
        RunConfig config = TestData.tinyRun(TestData.sample("housing.csv"), "price_k", 4, 1, 1);
        RunResult r = new EvolutionRun(config).run();
        assertThat(r.completed()).isTrue();
        assertThat(r.best().fitness()).isNegative();
        assertThat(r.test().regression().rmse()).isPositive();
        assertThat(r.test().regression().r2()).isGreaterThan(0.3);
        // Fitness is minus the validation RMSE: a better network has a smaller error.
        assertThat(r.leaderboard()).allSatisfy(e -> assertThat(e.fitness()).isLessThanOrEqualTo(0));
    }

    /** Whether {@code thread} waits (not runs) inside a method of {@code owner}. */
    private static boolean parkedIn(Thread thread, Class<?> owner) {
        if (thread.getState() != Thread.State.WAITING) {
            return false;
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().equals(owner.getName())) {
                return true;
            }
        }
        return false;
    }
}
