package org.evolab.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import org.evolab.TestData;
import org.evolab.run.EvolutionRun;
import org.evolab.run.GoldenRunTest;
import org.evolab.run.RunConfig;
import org.evolab.run.RunResult;
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
}
