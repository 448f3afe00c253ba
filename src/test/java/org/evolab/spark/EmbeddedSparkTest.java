package org.evolab.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.evolab.TestData;
import org.evolab.cli.EvolabCommand;
import org.evolab.run.EvolutionRun;
import org.evolab.run.RunConfig;
import org.evolab.run.RunEvent;
import org.evolab.run.RunResult;
import org.evolab.run.RunStatus;
import org.evolab.run.Trainers;
import org.evolab.util.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded Spark ({@code local[N]}): a run cancelled there resumes there to the local run's
 * result (the cluster test compares a whole run line by line), and cancel stops its tasks.
 */
@Tag("spark")
class EmbeddedSparkTest {
    /** A run cancelled on Spark resumes on Spark (its folder's config says where) to an uninterrupted local run's result. */
    @Test
    void aRunCancelledOnSparkResumesThereToTheLocalRunsResult(@TempDir Path dir) throws Exception {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 4, 2, 17)
                .withSpark("local[2]");
        Path folder = dir.resolve("run");
        System.setProperty("spark.ui.enabled", "false");
        try {
            EvolutionRun first = new EvolutionRun(
                            config, null, SparkSupport.trainers(config.spark(), Trainers.dl4j(), "spark"))
                    .runFolder(folder);
            first.addListener(e -> {
                if (e instanceof RunEvent.GenerationFinished) {
                    first.control().cancel();
                }
            });
            assertThat(first.run().status()).isEqualTo(RunStatus.CANCELLED);
            Path report = dir.resolve("report.json");
            assertThat(EvolabCommand.execute(
                            "resume",
                            folder.toString(),
                            "--out",
                            dir.resolve("iris.zip").toString(),
                            "--report",
                            report.toString(),
                            "--quiet"))
                    .isZero();
            JsonNode r = Json.mapper().readTree(report.toFile());
            RunResult local = new EvolutionRun(config.withSpark(null)).run();
            assertThat(r.get("bestGenomeSummary").asText())
                    .isEqualTo(local.best().individual().genome().summary());
            assertThat(r.get("validationScore").asDouble())
                    .isEqualTo(local.best().fitness());
            assertThat(r.get("testMetrics").get("accuracy").asDouble())
                    .isEqualTo(local.test().classification().accuracy());
            assertThat(r.get("trainings").asInt()).isEqualTo(local.trainings());
        } finally {
            System.clearProperty("spark.ui.enabled");
        }
    }

    /** Cancel reaches the Spark tasks (their job group) and the run ends cancelled at once, not after the generation. */
    @Test
    void cancelCancelsTheSparkJobs() {
        RunConfig config = TestData.tinyRun(TestData.sample("spirals.csv"), "arm", 8, 5, 1);
        EvolutionRun run = new EvolutionRun(
                config.withSearchSpace(config.searchSpace().withEpochs(200, 300)),
                null,
                SparkSupport.factory("--spark", "local[1]", Map.of("spark.ui.enabled", "false")));
        AtomicLong cancelledAt = new AtomicLong();
        run.addListener(e -> {
            if (e instanceof RunEvent.EvaluationFinished && cancelledAt.get() == 0) {
                cancelledAt.set(System.nanoTime());
                run.control().cancel();
            }
        });
        RunResult result = run.run();
        assertThat(result.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(result.evaluations()).isLessThan(8);
        assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt.get())).isLessThan(Duration.ofSeconds(20));
    }
}
