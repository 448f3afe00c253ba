package org.evolab.bench;

import java.util.List;
import org.evolab.fitness.baseline.StraightforwardTrainer;

/**
 * What to benchmark.
 *
 * @param workloads      names among {@code spirals}, {@code synthetic}, {@code iris}
 * @param engines        names among {@code default}, {@code straightforward}
 * @param syntheticRows  rows of the generated workload
 * @param population     individuals per generation
 * @param generations    generations
 * @param seed           the one seed of both engines
 * @param baselineBatch  the straightforward engine's mini-batch size, 0 for each genome's own
 * @param peakSize       side of the square matrices of the peak probe; 0 skips it
 * @param warmUp         train a few tiny networks with both engines before timing
 * @param quick          tiny epochs and data (tests, CI)
 */
public record BenchOptions(
        List<String> workloads,
        List<String> engines,
        int syntheticRows,
        int population,
        int generations,
        long seed,
        int baselineBatch,
        int peakSize,
        boolean warmUp,
        boolean quick) {
    public static final List<String> ALL_WORKLOADS = List.of("spirals", "synthetic", "iris");
    public static final List<String> ALL_ENGINES = List.of(Benchmark.DEFAULT, Benchmark.STRAIGHTFORWARD);

    public static BenchOptions full() {
        return new BenchOptions(
                List.of("spirals", "synthetic"),
                ALL_ENGINES,
                50_000,
                20,
                5,
                42,
                StraightforwardTrainer.DOCS_BATCH_SIZE,
                2048,
                true,
                false);
    }

    /** A few hundred rows, population 4, 2 generations, a small peak probe: seconds, for tests. */
    public static BenchOptions quickOptions() {
        return new BenchOptions(
                List.of("spirals", "synthetic"),
                ALL_ENGINES,
                300,
                4,
                2,
                42,
                StraightforwardTrainer.DOCS_BATCH_SIZE,
                256,
                false,
                true);
    }
}
