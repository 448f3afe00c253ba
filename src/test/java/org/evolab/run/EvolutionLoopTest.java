package org.evolab.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evolab.TestData;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Genome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run's loop on {@link FakeTrainer}: generations, the cache, successive halving's bookkeeping,
 * stop conditions, cancel and resume, in milliseconds and without DL4J.
 */
class EvolutionLoopTest {
    @TempDir
    Path dir;

    private static RunConfig config(int population, int generations, long seed) {
        return TestData.tinyRun(TestData.sample("iris.csv"), "species", population, generations, seed);
    }

    private static Map<String, Double> scores(RunResult r) {
        return r.leaderboard().stream()
                .collect(Collectors.toMap(e -> e.individual().genome().id(), Evaluation::fitness));
    }

    private static List<Evaluation> evaluations(EvolutionRun run) {
        List<Evaluation> seen = new CopyOnWriteArrayList<>();
        run.addListener(e -> {
            if (e instanceof RunEvent.EvaluationFinished f) {
                seen.add(f.evaluation());
            }
        });
        return seen;
    }

    @Test
    void everyGenerationIsScoredAndNoGenomeIsTrainedTwice() {
        FakeTrainer.Factory fake = new FakeTrainer.Factory();
        EvolutionRun run = new EvolutionRun(config(8, 6, 3), null, fake);
        List<Evaluation> seen = evaluations(run);
        RunResult r = run.run();

        assertThat(r.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(r.stopReason()).isEqualTo("finished 6 generations");
        assertThat(r.model()).as("a fake makes no network").isNull();
        assertThat(r.history()).extracting(GenerationStats::generation).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(r.evaluations()).isEqualTo(48).isEqualTo(seen.size());
        assertThat(fake.made).hasSize(1);
        List<String> trained = fake.trained();
        assertThat(trained).doesNotHaveDuplicates().hasSize(r.trainings());
        assertThat(r.cacheHits()).isEqualTo(48 - r.trainings()).isPositive();
        assertThat(seen.stream()
                        .filter(Evaluation::cacheHit)
                        .map(e -> e.individual().genome().id()))
                .allMatch(trained::contains);
        // The leaderboard holds every genome once, best first, and the best is its head.
        assertThat(r.leaderboard()).hasSize(trained.size());
        assertThat(r.leaderboard()).extracting(Evaluation::fitness).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(r.best()).isEqualTo(r.leaderboard().get(0));
        // Each generation's best is the best of that generation's evaluations, and never gets worse (elitism).
        for (GenerationStats g : r.history()) {
            double best = seen.stream()
                    .filter(e -> e.generation() == g.generation())
                    .mapToDouble(Evaluation::fitness)
                    .max()
                    .orElseThrow();
            assertThat(g.best()).isEqualTo(best);
            assertThat(g.evaluations()).isEqualTo(8);
        }
        assertThat(r.history()).extracting(GenerationStats::best).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void theSameSeedGivesTheSameRunWhateverTheWorkerCount() {
        RunResult one = new EvolutionRun(config(8, 4, 21).withWorkers(1), null, new FakeTrainer.Factory()).run();
        RunResult two = new EvolutionRun(config(8, 4, 21).withWorkers(3), null, new FakeTrainer.Factory()).run();
        RunResult other = new EvolutionRun(config(8, 4, 22), null, new FakeTrainer.Factory()).run();
        assertThat(scores(two)).isEqualTo(scores(one));
        assertThat(two.best().individual()).isEqualTo(one.best().individual());
        assertThat(scores(other)).isNotEqualTo(scores(one));
    }

    @Test
    void halvingContinuesTheBestThirdAtEachRungAndKeepsTheOthersScoresSoFar() {
        FakeTrainer.Factory fake = new FakeTrainer.Factory();
        EvolutionRun run = new EvolutionRun(config(9, 1, 4), null, fake);
        List<Evaluation> seen = evaluations(run);
        RunResult r = run.run();

        List<String> trained = fake.trained();
        assertThat(trained).hasSize(9);
        Map<String, Genome> genomes = seen.stream()
                .map(e -> e.individual().genome())
                .collect(Collectors.toMap(Genome::id, Function.identity(), (a, b) -> a));
        Map<String, FitnessResult> results = seen.stream()
                .map(Evaluation::result)
                .collect(Collectors.toMap(FitnessResult::genomeId, Function.identity(), (a, b) -> a));
        // Rung 0: all nine at a ninth of their budget; the six worst stop there.
        List<String> rung0 = ranked(trained, genomes, 0);
        List<String> rung1 = ranked(rung0.subList(0, 3), genomes, 1);
        for (String id : rung0.subList(3, 9)) {
            assertHalvedAt(results.get(id), genomes.get(id), 0);
        }
        // Rung 1: the three best at a third; two stop there, the best trains to its end.
        for (String id : rung1.subList(1, 3)) {
            assertHalvedAt(results.get(id), genomes.get(id), 1);
        }
        Genome top = genomes.get(rung1.get(0));
        assertThat(results.get(top.id()).halved()).isFalse();
        assertThat(results.get(top.id()).epochs()).isEqualTo(top.maxEpochs());
        assertThat(r.best().individual().genome()).isEqualTo(top);
        // Every training was let go of (its native memory, in the DL4J trainer).
        assertThat(fake.made.get(0).releases.keySet()).containsExactlyInAnyOrderElementsOf(trained);
    }

    private static void assertHalvedAt(FitnessResult result, Genome genome, int rung) {
        long steps = TrainingSettings.rungSteps(rung, totalSteps(genome));
        assertThat(result.halved()).as("%s halved", genome.id()).isTrue();
        assertThat(result.epochs()).isEqualTo(steps / (double) FakeTrainer.STEPS_PER_EPOCH);
        assertThat(result.fitness())
                .isEqualTo(FakeTrainer.quality(genome) * Math.sqrt(steps / (double) totalSteps(genome)));
    }

    private static long totalSteps(Genome g) {
        return (long) FakeTrainer.STEPS_PER_EPOCH * g.maxEpochs();
    }

    /** {@code ids} best first by their fake fitness at {@code rung}. */
    private static List<String> ranked(List<String> ids, Map<String, Genome> genomes, int rung) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparingDouble((String id) -> {
            Genome g = genomes.get(id);
            return -FakeTrainer.quality(g)
                    * Math.sqrt(TrainingSettings.rungSteps(rung, totalSteps(g)) / (double) totalSteps(g));
        }));
        return sorted;
    }

    @Test
    void fewerThanFourNewGenomesTrainToTheEndWithoutHalving() {
        RunResult r = new EvolutionRun(config(3, 1, 4), null, new FakeTrainer.Factory()).run();
        assertThat(r.leaderboard()).hasSize(3).allSatisfy(e -> {
            assertThat(e.result().halved()).isFalse();
            assertThat(e.result().epochs()).isEqualTo(e.individual().genome().maxEpochs());
        });
    }

    @Test
    void aRunThePriorPutsAtSecondsIsNotCalibratedALongOneIs() {
        List<RunEvent.CostEstimated> estimates = new CopyOnWriteArrayList<>();
        RunConfig small = config(4, 2, 8);
        assertThat(CostModel.PRIOR.estimate(small, prepared(small))).isLessThan(RunSetup.CALIBRATE_ABOVE);
        new EvolutionRun(small, null, new FakeTrainer.Factory())
                .estimateCost(true)
                .addListener(e -> {
                    if (e instanceof RunEvent.CostEstimated c) {
                        estimates.add(c);
                    }
                })
                .run();
        assertThat(estimates).hasSize(1);
        assertThat(estimates.get(0).model()).isSameAs(CostModel.PRIOR);

        RunConfig large = config(40, 60, 8).withStop(new StopSettings(null, 1, null));
        assertThat(CostModel.PRIOR.estimate(large, prepared(large))).isGreaterThan(RunSetup.CALIBRATE_ABOVE);
        estimates.clear();
        new EvolutionRun(large, null, new FakeTrainer.Factory())
                .estimateCost(true)
                .addListener(e -> {
                    if (e instanceof RunEvent.CostEstimated c) {
                        estimates.add(c);
                    }
                })
                .run();
        assertThat(estimates).hasSize(1);
        assertThat(estimates.get(0).model()).isNotSameAs(CostModel.PRIOR);
    }

    private static org.evolab.data.prep.PreparedData prepared(RunConfig c) {
        org.evolab.data.csv.DataTable t = org.evolab.data.csv.DataTable.load(Path.of(c.data()));
        return org.evolab.data.prep.PreparedData.prepare(
                t,
                org.evolab.data.schema.DatasetSchema.infer(t, c.schemaOptions()),
                c.split(),
                c.seed(),
                c.preprocessing());
    }

    @Test
    void theStopConditionsEndTheSearch() {
        RunConfig target = config(8, 50, 3).withStop(new StopSettings(0.5, null, null));
        RunResult reached = new EvolutionRun(target, null, new FakeTrainer.Factory()).run();
        assertThat(reached.stopReason()).startsWith("reached target fitness 0.5");
        assertThat(reached.best().fitness()).isGreaterThanOrEqualTo(0.5);
        assertThat(reached.history()).hasSizeLessThan(50);
        assertThat(reached.history().subList(0, reached.history().size() - 1))
                .allSatisfy(g -> assertThat(g.best()).isLessThan(0.5));

        RunConfig steady = config(6, 200, 3).withStop(new StopSettings(null, 3, null));
        RunResult stalled = new EvolutionRun(steady, null, new FakeTrainer.Factory()).run();
        assertThat(stalled.stopReason()).startsWith("no improvement for 3");
        List<Double> best =
                stalled.history().stream().map(GenerationStats::best).toList();
        int n = best.size();
        assertThat(n).isLessThan(200);
        assertThat(best.subList(n - 4, n)).containsOnly(best.get(n - 4));
    }

    @Test
    void stopAfterGenerationEndsTheSearchAndCancelEndsTheRun() {
        EvolutionRun stopped = new EvolutionRun(config(6, 10, 2), null, new FakeTrainer.Factory());
        stopped.addListener(e -> {
            if (e instanceof RunEvent.EvaluationFinished) {
                stopped.control().stopAfterGeneration();
            }
        });
        RunResult s = stopped.run();
        assertThat(s.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(s.stopReason()).isEqualTo("stopped by the user after generation 1");
        assertThat(s.history()).hasSize(1);

        FakeTrainer.Factory fake = new FakeTrainer.Factory();
        EvolutionRun cancelled = new EvolutionRun(config(6, 10, 2), null, fake);
        cancelled.addListener(e -> {
            if (e instanceof RunEvent.EvaluationFinished f && f.evaluation().generation() == 1) {
                cancelled.control().cancel();
            }
        });
        RunResult c = cancelled.run();
        assertThat(c.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(c.history()).hasSize(1);
        assertThat(c.leaderboard()).isNotEmpty();
        assertThat(fake.made.get(0).calls).hasSize(2);
    }

    @Test
    void aResumedRunEndsAsTheUninterruptedOneAndTrainsNothingTwice() {
        RunResult whole = new EvolutionRun(config(8, 5, 9), null, new FakeTrainer.Factory())
                .runFolder(dir.resolve("whole"))
                .run();

        FakeTrainer.Factory first = new FakeTrainer.Factory();
        EvolutionRun interrupted = new EvolutionRun(config(8, 5, 9), null, first).runFolder(dir.resolve("cut"));
        interrupted.addListener(e -> {
            if (e instanceof RunEvent.GenerationFinished g && g.stats().generation() == 1) {
                interrupted.control().cancel();
            }
        });
        assertThat(interrupted.run().status()).isEqualTo(RunStatus.CANCELLED);

        FakeTrainer.Factory second = new FakeTrainer.Factory();
        EvolutionRun resumed = EvolutionRun.resume(dir.resolve("cut"), second);
        List<Integer> firstGeneration = new CopyOnWriteArrayList<>();
        resumed.addListener(e -> {
            if (e instanceof RunEvent.RunStarted s) {
                firstGeneration.add(s.firstGeneration());
            }
        });
        RunResult r = resumed.run();

        assertThat(r.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(firstGeneration).containsExactly(2);
        assertThat(scores(r)).isEqualTo(scores(whole));
        assertThat(r.best().individual()).isEqualTo(whole.best().individual());
        assertThat(r.history())
                .extracting(GenerationStats::best)
                .isEqualTo(whole.history().stream().map(GenerationStats::best).toList());
        assertThat(r.evaluations()).isEqualTo(whole.evaluations());
        assertThat(r.trainings()).isEqualTo(whole.trainings());
        assertThat(r.cacheHits()).isEqualTo(whole.cacheHits());
        Set<String> before = new HashSet<>(first.trained());
        assertThat(second.trained()).isNotEmpty().noneMatch(before::contains);
        assertThat(first.trained().size() + second.trained().size()).isEqualTo(whole.trainings());
    }
}
