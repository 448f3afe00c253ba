package org.evolab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evolab.TestData;
import org.evolab.evolution.Individual;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weight inheritance through whole runs: the same run whatever the workers, resumed alike, and said in the lineage. */
class WeightInheritanceRunTest {
    @TempDir
    Path dir;

    static RunConfig inheriting() {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 6, 3, 5);
        return config.withTraining(config.training().withInheritWeights(true));
    }

    static List<String> inheritTags(RunResult r) {
        return r.leaderboard().stream()
                .map(Evaluation::individual)
                .flatMap(i -> i.operators().stream())
                .filter(o -> o.startsWith(WeightInheritance.TAG))
                .toList();
    }

    @Test
    void theSameSeedGivesTheSameInheritingRunWhateverTheWorkerCountAndTheLineageSaysWhoInherited() {
        RunResult one = new EvolutionRun(inheriting().withWorkers(1)).run();
        RunResult two = new EvolutionRun(inheriting().withWorkers(2)).run();

        assertThat(EvolutionRunTest.scores(two)).isEqualTo(EvolutionRunTest.scores(one));
        assertThat(two.leaderboard())
                .extracting(Evaluation::individual)
                .isEqualTo(
                        one.leaderboard().stream().map(Evaluation::individual).toList());
        assertThat(two.test().predicted()).isEqualTo(one.test().predicted());
        // Children inherited, each from one of its own parents.
        assertThat(inheritTags(one)).isNotEmpty();
        for (Evaluation e : one.leaderboard()) {
            Individual i = e.individual();
            i.operators().stream()
                    .filter(o -> o.startsWith(WeightInheritance.TAG))
                    .forEach(o -> assertThat(i.parentIds()).contains(o.substring(WeightInheritance.TAG.length())));
        }
        // And inheriting changed the scores: the same seed without it trains other networks.
        RunConfig fresh = inheriting().withTraining(inheriting().training().withInheritWeights(false));
        assertThat(EvolutionRunTest.scores(new EvolutionRun(fresh).run())).isNotEqualTo(EvolutionRunTest.scores(one));
    }

    @Test
    void aRunKilledAfterAGenerationResumesToTheSameResult() {
        Path running = dir.resolve("running");
        Path killed = dir.resolve("killed");
        EvolutionRun run = new EvolutionRun(inheriting()).runFolder(running);
        // What a kill after generation 1 leaves: the folder as it is when that generation is recorded.
        run.addListener(event -> {
            if (event instanceof RunEvent.GenerationFinished g && g.stats().generation() == 1) {
                copy(running, killed);
            }
        });
        RunResult uninterrupted = run.run();
        assertThat(killed.resolve(String.format(RunFolder.PARENTS, 1))).exists();
        assertThat(running.resolve(String.format(RunFolder.PARENTS, 1))).doesNotExist(); // dropped once done with

        RunResult resumed = EvolutionRun.resume(killed).run();

        assertThat(EvolutionRunTest.scores(resumed)).isEqualTo(EvolutionRunTest.scores(uninterrupted));
        assertThat(resumed.best().individual()).isEqualTo(uninterrupted.best().individual());
        assertThat(inheritTags(resumed)).isEqualTo(inheritTags(uninterrupted)).isNotEmpty();
        assertThat(resumed.test().predicted()).isEqualTo(uninterrupted.test().predicted());
    }

    @Test
    void theSettingIsOmittedWhenOffSoOldConfigFilesAndHashesReadAsBefore() {
        RunConfig off = RunConfig.defaults().withData("x.csv").withTarget("y");
        assertThat(off.toJson()).doesNotContain("inheritWeights");
        assertThat(RunConfig.fromJson(off.toJson(), "old.json").training().inherits())
                .isFalse();
        RunConfig on = off.withTraining(off.training().withInheritWeights(true));
        assertThat(RunConfig.fromJson(on.toJson(), "new.json").training().inherits())
                .isTrue();
        assertThat(RunFolder.contextHash(on)).isNotEqualTo(RunFolder.contextHash(off));
    }

    @Test
    void aTrainerThatCannotInheritIsRefusedBeforeTheSearchInOneLine() {
        FakeTrainer.Factory fake = new FakeTrainer.Factory(); // as the Spark trainer, it trains fresh only
        assertThatThrownBy(() -> new EvolutionRun(inheriting(), null, fake).run())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("--inherit-weights: this run's trainer cannot start a network")
                .hasMessageNotContaining("\n");
        assertThat(fake.trained()).isEmpty();
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals(RunFolderLock.FILE)) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
