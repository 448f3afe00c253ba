package org.evolab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The benchmark's report as a readable text table, one block per workload. */
public final class ReportTable {
    private ReportTable() {}

    public static String format(BenchReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("Evolab ")
                .append(report.evolabVersion())
                .append(" benchmark, ")
                .append(report.startedAt())
                .append('\n');
        sb.append("machine: ").append(report.machine().summary()).append('\n');
        if (report.peak() != null) {
            BenchReport.Peak p = report.peak();
            sb.append(String.format(
                    Locale.ROOT,
                    "peak: %dx%d float mmul x %d, ND4J default threads (%d): %.1f GFLOP/s%n",
                    p.size(),
                    p.size(),
                    p.repetitions(),
                    p.threads(),
                    p.gflops()));
        }
        for (BenchReport.WorkloadResult w : report.workloads()) {
            sb.append('\n').append(workload(w));
        }
        return sb.toString();
    }

    static String workload(BenchReport.WorkloadResult w) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "Workload %s: %s%n  search space: %s%n  population %d, %d generations, "
                        + "seed %d, %d training rows%n",
                w.name(),
                w.description(),
                w.searchSpace(),
                w.population(),
                w.generations(),
                w.seed(),
                w.trainRows()));
        List<EngineResult> es = w.engines();
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        es.forEach(e -> header.add(e.engine()));
        rows.add(header.toArray(String[]::new));
        rows.add(row("wall time (s)", es, e -> f("%.1f", e.wallSeconds())));
        rows.add(row("evaluations", es, e -> Integer.toString(e.evaluations())));
        rows.add(row("trainings (cache hits)", es, e -> e.trainings() + " (" + e.cacheHits() + ")"));
        rows.add(row("evaluations / min", es, e -> f("%.1f", e.evaluationsPerMinute())));
        rows.add(row("best validation accuracy", es, e -> f("%.4f", e.bestValidation())));
        rows.add(row("test accuracy (final model)", es, e -> f("%.4f", e.testScore())));
        rows.add(row("epochs trained / budget", es, e -> e.epochsTrained() + " / " + e.epochsBudget()));
        rows.add(row("stopped early / halved", es, e -> e.stoppedEarly() + " / " + e.halved()));
        rows.add(row("trainings by batch size", es, e -> e.trainingsByBatch()
                .toString()
                .replace(" ", "")));
        rows.add(row("workers x ND4J threads", es, e -> e.workers() + " x " + e.nd4jThreads()));
        rows.add(row("training busy time (s)", es, e -> f("%.1f", e.busySeconds())));
        rows.add(row("final train + test (s)", es, e -> f("%.1f", e.finalSeconds())));
        rows.add(row("process CPU time (s)", es, e -> f("%.1f", e.cpuSeconds())));
        rows.add(row("cores used (CPU / wall)", es, e -> f("%.2f", e.cpuSeconds() / e.wallSeconds())));
        rows.add(row("load average at end", es, e -> f("%.2f", e.loadAverage())));
        rows.add(row("training GFLOP", es, e -> f("%.1f", e.trainingGflop())));
        rows.add(row("training time (s)", es, e -> f("%.1f", e.trainingSeconds())));
        rows.add(row("training GFLOP/s", es, e -> f("%.3f", e.gflops())));
        rows.add(row(
                "fraction of mmul peak",
                es,
                e -> Double.isNaN(e.peakFraction()) ? "-" : f("%.2f%%", 100 * e.peakFraction())));
        int[] widths = new int[header.size()];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            sb.append("  ").append(pad(r[0], widths[0], false));
            for (int i = 1; i < r.length; i++) {
                sb.append("  ").append(pad(r[i], widths[i], true));
            }
            sb.append('\n');
        }
        if (!Double.isNaN(w.speedup())) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  speed-up (straightforward / default wall time): %.2fx (target %.0fx); "
                            + "test accuracy %+.2f points (target >= -%.0f): %s%n",
                    w.speedup(),
                    Benchmark.TARGET_SPEEDUP,
                    100 * w.testDelta(),
                    100 * Benchmark.TARGET_TEST_TOLERANCE,
                    Boolean.TRUE.equals(w.targetMet()) ? "target met" : "target missed"));
        }
        return sb.toString();
    }

    public static String soak(MemorySoak.Result r) {
        return String.format(
                Locale.ROOT,
                """
                Memory soak: Iris, %d generations x population %d (%s)
                  %d trainings, %d evaluations, %.0f s
                  heap after GC (MiB): first %.1f, last %.1f, max %.1f, slope over the second half %+.3f MiB/generation
                  resident size (MiB): first %.1f, last %.1f, max %.1f, slope over the second half %+.3f MiB/generation
                  machine: %s
                """,
                r.generations(),
                r.population(),
                r.searchSpace(),
                r.trainings(),
                r.evaluations(),
                r.wallSeconds(),
                r.heapFirstMib(),
                r.heapLastMib(),
                r.heapMaxMib(),
                r.slopeHeapMibPerGeneration(),
                r.rssFirstMib(),
                r.rssLastMib(),
                r.rssMaxMib(),
                r.slopeRssMibPerGeneration(),
                r.machine().summary());
    }

    private static String[] row(String name, List<EngineResult> es, Function<EngineResult, String> cell) {
        String[] r = new String[es.size() + 1];
        r[0] = name;
        for (int i = 0; i < es.size(); i++) {
            r[i + 1] = cell.apply(es.get(i));
        }
        return r;
    }

    private static String f(String format, double v) {
        return String.format(Locale.ROOT, format, v);
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
