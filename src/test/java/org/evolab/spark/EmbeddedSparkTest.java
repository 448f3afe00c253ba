package org.evolab.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import org.evolab.TestData;
import org.evolab.run.EvolutionRun;
import org.evolab.run.GoldenRunTest;
import org.evolab.run.RunConfig;
import org.evolab.run.RunEvent;
import org.evolab.run.RunResult;
import org.evolab.run.RunStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An embedded Spark ({@code local[2]}) trains the golden Iris run to the golden result. */
@Tag("spark")
class EmbeddedSparkTest {
    @Test
    void anEmbeddedSparkGivesTheGoldenRun() throws Exception {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 6, 3, 17);
        RunResult result = new EvolutionRun(config, null,
                SparkSupport.factory("--spark", "local[2]", Map.of("spark.ui.enabled", "false"))).run();
        assertThat(GoldenRunTest.describe(result))
                .isEqualTo(Files.readString(GoldenRunTest.GOLDEN.resolve("iris-halving-retrain.txt")));
    }

    /** Cancel reaches the Spark tasks (their job group) and the run ends cancelled at once, not after the generation. */
    @Test
    void cancelCancelsTheSparkJobs() {
        RunConfig config = TestData.tinyRun(TestData.sample("spirals.csv"), "arm", 8, 5, 1);
        EvolutionRun run = new EvolutionRun(config.withSearchSpace(config.searchSpace().withEpochs(200, 300)), null,
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
