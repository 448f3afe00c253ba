package org.evolab.bench;

import java.util.List;

/**
 * Everything one {@code evolab bench} produced, as written to {@code --json}.
 *
 * @param peak      the matrix-multiply probe; null when skipped
 * @param workloads one entry per workload, engines in the order they ran
 */
public record BenchReport(
        String evolabVersion,
        String startedAt,
        Machine machine,
        BenchOptions options,
        Peak peak,
        List<WorkloadResult> workloads) {

    /** The practical peak: an {@code size} x {@code size} float matrix product, ND4J default threads. */
    public record Peak(int size, int repetitions, double seconds, double gflops, int threads) {}

    /**
     * @param speedup       straightforward wall time / default wall time (NaN unless both ran)
     * @param testDelta     default test accuracy - straightforward test accuracy (NaN unless both ran)
     * @param targetMet     speed-up at least 8 and test accuracy at most 1 point below the straightforward one
     */
    public record WorkloadResult(
            String name,
            String description,
            int rows,
            int columns,
            int trainRows,
            String searchSpace,
            int population,
            int generations,
            long seed,
            List<EngineResult> engines,
            double speedup,
            double testDelta,
            Boolean targetMet) {
        public EngineResult engine(String name) {
            return engines.stream()
                    .filter(e -> e.engine().equals(name))
                    .findFirst()
                    .orElse(null);
        }
    }
}
