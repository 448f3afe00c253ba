package org.evolab.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.evolab.TestData;
import org.evolab.run.EvolutionRun;
import org.evolab.run.GoldenRunTest;
import org.evolab.run.RunConfig;
import org.evolab.run.RunEvent;
import org.evolab.run.RunResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speed-up of a standalone cluster with two one-core workers against one (docs/BENCHMARKS.md,
 * "Spark scale-out"). Not part of the suite: {@code -Devolab.sparkBench=true} runs it; each
 * configuration gets a fresh cluster, and the run's wall time counts from the first generation.
 */
@Tag("spark")
class SparkSpeedupBench {
    @TempDir
    Path dir;

    @Test
    void twoOneCoreWorkersAgainstOne() throws Exception {
        assumeTrue(Boolean.getBoolean("evolab.sparkBench"), "-Devolab.sparkBench=true runs it");
        int population = Integer.getInteger("evolab.sparkBench.population", 8);
        int generations = Integer.getInteger("evolab.sparkBench.generations", 3);
        RunConfig config = TestData.tinyRun(TestData.sample("spirals.csv"), "arm", population, generations, 42);
        String[] results = new String[3];
        for (int workers = 1; workers <= 2; workers++) {
            try (StandaloneCluster cluster =
                    new StandaloneCluster(Files.createDirectories(dir.resolve("c" + workers)))) {
                for (int w = 0; w < workers; w++) {
                    cluster.addWorker();
                }
                List<Duration> ends = new CopyOnWriteArrayList<>();
                RunResult r = new EvolutionRun(
                                config,
                                null,
                                SparkSupport.factory("--spark", cluster.url(), StandaloneCluster.driverSettings()))
                        .addListener(e -> {
                            if (e instanceof RunEvent.GenerationFinished g) {
                                ends.add(g.elapsed());
                            }
                        })
                        .run();
                results[workers] = GoldenRunTest.describe(r);
                // After generation 0 the executors are up and warm: the later generations are the cluster's pace.
                double later =
                        (ends.get(ends.size() - 1).toMillis() - ends.get(0).toMillis()) / 1000.0;
                System.out.printf(
                        Locale.ROOT,
                        "spark bench: %d one-core worker(s): run %.1f s, generation 0 %.1f s, "
                                + "later generations %.1f s, %d trainings, best %.4f, load average %.1f%n",
                        workers,
                        r.wallSeconds(),
                        ends.get(0).toMillis() / 1000.0,
                        later,
                        r.trainings(),
                        r.best().fitness(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage());
            }
        }
        assertThat(results[2]).isEqualTo(results[1]);
    }
}
