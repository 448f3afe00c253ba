package org.evolab.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.evolab.TestData;
import org.evolab.cli.EvolabCommand;
import org.evolab.run.EvolutionRun;
import org.evolab.run.GoldenRunTest;
import org.evolab.run.RunConfig;
import org.evolab.run.RunEvent;
import org.evolab.run.RunResult;
import org.evolab.util.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The definition of done for scale-out: a real Spark standalone master and a one-core
 * worker on 127.0.0.1, each in its own JVM, give a run the result it has on this computer: through
 * the CLI's {@code --spark spark://...}, and with the worker's executor killed in the middle of a
 * generation (Spark retries the lost task on the executor the worker starts in its place), the
 * local run of the same Iris search to the last line ({@code GoldenRunTest.describe}).
 */
@Tag("spark")
class SparkClusterTest {
    @TempDir
    static Path dir;

    static StandaloneCluster cluster;
    static Process worker;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = new StandaloneCluster(Files.createDirectories(dir.resolve("cluster")));
        worker = cluster.addWorker();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void theCliOnAStandaloneClusterGivesTheLocalRunsResult() throws Exception {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 4, 2, 3);
        RunResult local = new EvolutionRun(config).run();
        Path settings = dir.resolve("iris.json");
        Files.writeString(settings, config.toJson());
        Path report = dir.resolve("report.json");
        Map<String, String> driver = StandaloneCluster.driverSettings();
        driver.forEach(System::setProperty);
        int status;
        try {
            status = EvolabCommand.execute(
                    "run",
                    "--config",
                    settings.toString(),
                    "--spark",
                    cluster.url(),
                    "--out",
                    dir.resolve("iris.zip").toString(),
                    "--report",
                    report.toString(),
                    "--run-dir",
                    dir.resolve("iris-run").toString(),
                    "--quiet");
        } finally {
            driver.keySet().forEach(System::clearProperty);
        }
        assertThat(status).as(cluster.logs()).isZero();
        JsonNode r = Json.mapper().readTree(report.toFile());
        assertThat(r.get("bestGenomeSummary").asText())
                .isEqualTo(local.best().individual().genome().summary());
        assertThat(r.get("validationScore").asDouble()).isEqualTo(local.best().fitness());
        assertThat(r.get("testMetrics").get("accuracy").asDouble())
                .isEqualTo(local.test().classification().accuracy());
        assertThat(r.get("testMetrics").get("confusion").toString())
                .isEqualTo(Json.mapper()
                        .valueToTree(local.test().classification().confusion())
                        .toString());
        assertThat(r.get("trainings").asInt()).isEqualTo(local.trainings());
        // The run folder keeps where it ran: a resume trains on the same cluster.
        assertThat(Files.readString(dir.resolve("iris-run").resolve("config.json")))
                .contains(cluster.url());
    }

    @Test
    void aRunWhoseExecutorIsKilledMidGenerationStillGivesTheLocalRun() throws Exception {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 4, 2, 17);
        AtomicReference<Long> killed = new AtomicReference<>();
        EvolutionRun run = new EvolutionRun(
                config, null, SparkSupport.factory("--spark", cluster.url(), StandaloneCluster.driverSettings()));
        run.addListener(event -> {
            if (event instanceof RunEvent.EvaluationFinished && killed.get() == null) {
                Optional<ProcessHandle> executor = StandaloneCluster.executorOf(worker);
                executor.ifPresent(p -> {
                    killed.set(p.pid());
                    p.destroyForcibly();
                });
            }
        });
        RunResult result = run.run();
        assertThat(killed.get()).as("an executor was killed").isNotNull();
        assertThat(GoldenRunTest.describe(result))
                .as(cluster.logs())
                .isEqualTo(GoldenRunTest.describe(new EvolutionRun(config).run()));
    }
}
