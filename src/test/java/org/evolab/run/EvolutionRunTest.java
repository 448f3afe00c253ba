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
import org.evolab.evolution.GaSettings;
import org.evolab.evolution.Strategy;
import org.junit.jupiter.api.Test;

class EvolutionRunTest {

    static Map<String, Double> scores(RunResult r) {
        return r.leaderboard().stream().collect(Collectors.toMap(e -> e.individual().genome().id(), Evaluation::fitness));
    }

    @Test
    void theSameSeedGivesTheSameRunWhateverTheWorkerCount() {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 5, 2, 11);
        RunResult one = new EvolutionRun(config.withWorkers(1)).run();
        RunResult two = new EvolutionRun(config.withWorkers(2)).run();
        assertThat(scores(two)).isEqualTo(scores(one));
        assertThat(two.best().individual()).isEqualTo(one.best().individual());
        assertThat(two.history()).extracting(GenerationStats::best).isEqualTo(
                one.history().stream().map(GenerationStats::best).toList());
        assertThat(two.test().predicted()).isEqualTo(one.test().predicted());
    }

    @Test
    void aGenomeAlreadyScoredIsNeverTrainedAgain() {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 4, 3, 3);
        List<Evaluation> trained = new CopyOnWriteArrayList<>();
        List<Evaluation> cached = new CopyOnWriteArrayList<>();
        RunResult r = new EvolutionRun(config).addListener(e -> {
            if (e instanceof RunEvent.EvaluationFinished f) {
                (f.evaluation().cacheHit() ? cached : trained).add(f.evaluation());
            }
        }).run();
        List<String> trainedIds = trained.stream().map(e -> e.individual().genome().id()).toList();
        assertThat(trainedIds).doesNotHaveDuplicates();
        assertThat(cached).isNotEmpty();
        assertThat(cached).allSatisfy(c -> assertThat(trainedIds).contains(c.individual().genome().id()));
        assertThat(r.trainings()).isEqualTo(trained.size());
        assertThat(r.cacheHits()).isEqualTo(cached.size());
    }

    @Test
    void cancelEndsTheRunQuicklyAndKeepsWhatWasScored() throws Exception {
        RunConfig config = TestData.tinyRun(TestData.sample("spirals.csv"), "arm", 8, 20, 5).withWorkers(2);
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
        run.addListener(e -> {
            if (e instanceof RunEvent.EvaluationFinished) {
                eventTimes.add(System.nanoTime());
            }
        });
        run.control().pause();
        CompletableFuture<RunResult> result = CompletableFuture.supplyAsync(run::run);
        Thread.sleep(1500);
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
        assertThat(operators).containsOnly("random");
    }

    @Test
    void aRegressionRunScoresNegativeRmseAndReportsRegressionMetrics() {
        RunConfig config = TestData.tinyRun(TestData.sample("housing.csv"), "price_k", 4, 1, 1);
        RunResult r = new EvolutionRun(config).run();
        assertThat(r.completed()).isTrue();
        assertThat(r.best().fitness()).isNegative();
        assertThat(r.test().regression().rmse()).isPositive();
        assertThat(r.test().regression().r2()).isGreaterThan(0.3);
        assertThat(GaSettings.defaults().populationSize()).isEqualTo(50);
    }
}
