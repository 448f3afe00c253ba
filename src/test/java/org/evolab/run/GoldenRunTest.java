package org.evolab.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evolab.TestData;
import org.evolab.fitness.FinalModel;
import org.evolab.fitness.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour pinned down before the engine was restructured (issue 10): fixed seeds, bundled
 * samples and a budget of a few seconds give exactly the leaderboard (genome ids and fitness),
 * the best genome and the test metrics recorded in {@code src/test/resources/golden}. A change
 * that moves code around must leave these alone; one that changes the search on purpose records
 * them again with {@code -Dgolden.record=true} and says why in its commit.
 */
public class GoldenRunTest {
    public static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    /** Classification with successive halving, a run folder and the retrained final model. */
    @Test
    void irisWithHalvingAndRetrain() throws IOException {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 6, 3, 17);
        RunResult result = new EvolutionRun(config).runFolder(dir.resolve("run")).run();
        check("iris-halving-retrain.txt", result);
    }

    /** Regression without halving, exporting the search's own network. */
    @Test
    void housingWithTheSearchsOwnNetwork() throws IOException {
        RunConfig base = TestData.tinyRun(TestData.sample("housing.csv"), "price_k", 4, 2, 5);
        RunConfig config = base.withSearchSpace(base.searchSpace().withEpochs(5, 10))
                .withTraining(base.training().withSuccessiveHalving(false).withFinalModel(FinalModel.SEARCH));
        check("housing-search-model.txt", new EvolutionRun(config).run());
    }

    private static void check(String name, RunResult result) throws IOException {
        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        String actual = describe(result);
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.record")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** What must not change, one fact a line (so a failure shows the line that moved). */
    public static String describe(RunResult r) {
        List<String> lines = new ArrayList<>();
        lines.add("stop: " + r.stopReason());
        lines.add("evaluations " + r.evaluations() + ", trainings " + r.trainings() + ", cache hits " + r.cacheHits());
        for (GenerationStats g : r.history()) {
            lines.add(String.format(Locale.ROOT, "generation %d: best %s mean %s worst %s top %s", g.generation(),
                    g.best(), g.mean(), g.worst(), g.bestGenomeId()));
        }
        for (Evaluation e : r.leaderboard()) {
            lines.add(String.format(Locale.ROOT, "leaderboard: %s %s %s gen %d epochs %s halved %s", e.individual().id(),
                    e.individual().genome().id(), e.fitness(), e.generation(), e.result().epochs(), e.result().halved()));
        }
        lines.add("best: " + r.best().individual().id() + " " + r.best().individual().genome().summary());
        lines.add("model: " + r.model().origin() + " epochs " + r.model().epochs() + " rows " + r.model().trainingRows());
        lines.add("test " + r.test().headlineName() + ": " + r.test().headline());
        lines.add("test predicted: " + java.util.Arrays.toString(r.test().predicted()));
        return String.join("\n", lines) + "\n";
    }
}
