package org.evolab.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.evolab.data.csv.DataTable;
import org.evolab.data.sample.SampleData;
import org.evolab.evolution.GaSettings;
import org.evolab.fitness.baseline.MatmulPeak;
import org.evolab.genome.Genome;
import org.evolab.run.Versions;
import org.evolab.util.InvalidInputException;

/**
 * The speed benchmark of the issue "many evaluations per minute on every core, never the same
 * work twice, measured": Evolab's default engine against the straightforward DL4J way, on the
 * same workloads, in one process (the machine is shared and noisy: only ratios measured side by
 * side mean much).
 */
public final class Benchmark {
    public static final String DEFAULT = "default";
    public static final String STRAIGHTFORWARD = "straightforward";
    /** The "done when": at least this many times faster ... */
    public static final double TARGET_SPEEDUP = 8.0;
    /** ... with a test accuracy at most this far below the straightforward engine's. */
    public static final double TARGET_TEST_TOLERANCE = 0.01;
    /** Seed of the generated data (fixed: the workload is fixed whatever --seed says). */
    static final long SYNTHETIC_DATA_SEED = 20_240_901L;

    private final BenchOptions options;
    private final Consumer<String> progress;
    private Consumer<BenchReport> partial = r -> {};

    public Benchmark(BenchOptions options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Called with the report so far after every engine's run (a long benchmark keeps what it measured). */
    public Benchmark onPartialReport(Consumer<BenchReport> consumer) {
        this.partial = consumer;
        return this;
    }

    public BenchReport run() {
        for (String w : options.workloads()) {
            if (!BenchOptions.ALL_WORKLOADS.contains(w)) {
                throw new InvalidInputException("workloads: unknown '" + w + "' (choose from "
                        + String.join(", ", BenchOptions.ALL_WORKLOADS) + ")");
            }
        }
        for (String e : options.engines()) {
            if (!BenchOptions.ALL_ENGINES.contains(e)) {
                throw new InvalidInputException("engines: unknown '" + e + "' (choose from "
                        + String.join(", ", BenchOptions.ALL_ENGINES) + ")");
            }
        }
        String started = Instant.now().toString();
        Machine machine = Machine.current();
        progress.accept("machine: " + machine.summary());
        BenchReport.Peak peak = null;
        if (options.peakSize() > 0) {
            MatmulPeak.Result p = MatmulPeak.measure(options.peakSize(), options.quick() ? 0.2 : 3.0);
            peak = new BenchReport.Peak(p.size(), p.repetitions(), p.seconds(), p.gflops(), p.threads());
            progress.accept(String.format(
                    Locale.ROOT,
                    "peak: %dx%d float mmul, %d threads: %.1f GFLOP/s",
                    p.size(),
                    p.size(),
                    p.threads(),
                    p.gflops()));
        }
        if (options.warmUp()) {
            warmUp();
        }
        List<BenchReport.WorkloadResult> results = new ArrayList<>();
        for (String name : options.workloads()) {
            Workload w = workload(name, options);
            progress.accept(String.format(
                    Locale.ROOT,
                    "workload %s: %s; %s; population %d, %d generations, seed %d",
                    w.name(),
                    w.description(),
                    w.spaceSummary(),
                    w.ga().populationSize(),
                    w.ga().generations(),
                    w.seed()));
            List<EngineResult> engines = new ArrayList<>();
            for (String engine : options.engines()) {
                EngineResult r = runEngine(engine, w, options.baselineBatch());
                engines.add(peak == null ? r : r.withPeak(peak.gflops()));
                progress.accept(String.format(
                        Locale.ROOT,
                        "  %s: %.1f s, %d evaluations, validation %.4f, test %.4f",
                        engine,
                        r.wallSeconds(),
                        r.evaluations(),
                        r.bestValidation(),
                        r.testScore()));
                List<BenchReport.WorkloadResult> soFar = new ArrayList<>(results);
                soFar.add(summarise(w, engines));
                partial.accept(new BenchReport(Versions.evolab(), started, machine, options, peak, List.copyOf(soFar)));
            }
            results.add(summarise(w, engines));
        }
        return new BenchReport(Versions.evolab(), started, machine, options, peak, List.copyOf(results));
    }

    private EngineResult runEngine(String engine, Workload w, int baselineBatch) {
        double cpu0 = Machine.processCpuSeconds();
        EngineResult r =
                switch (engine) {
                    case DEFAULT -> DefaultEngineBench.run(w, progress);
                    case STRAIGHTFORWARD -> StraightforwardEngineBench.run(w, baselineBatch, progress);
                    default -> throw new IllegalArgumentException(engine);
                };
        return r.withEnvironment(Machine.processCpuSeconds() - cpu0, Machine.currentLoadAverage());
    }

    /** JIT, class loading and ND4J's start-up happen here, not inside the first timed engine. */
    private void warmUp() {
        progress.accept("warming up");
        Workload tiny = new Workload(
                "warm-up",
                "warm-up",
                SyntheticClassification.table(400, 1),
                SyntheticClassification.TARGET,
                Workload.space(2, 2),
                GaSettings.defaults().withPopulationSize(4).withGenerations(1).withEliteCount(1),
                1);
        DefaultEngineBench.run(tiny, s -> {});
        StraightforwardEngineBench.run(tiny, options.baselineBatch(), s -> {});
    }

    private static BenchReport.WorkloadResult summarise(Workload w, List<EngineResult> engines) {
        EngineResult d = engines.stream()
                .filter(e -> e.engine().equals(DEFAULT))
                .findFirst()
                .orElse(null);
        EngineResult s = engines.stream()
                .filter(e -> e.engine().equals(STRAIGHTFORWARD))
                .findFirst()
                .orElse(null);
        double speedup = d != null && s != null ? s.wallSeconds() / d.wallSeconds() : Double.NaN;
        double delta = d != null && s != null ? d.testScore() - s.testScore() : Double.NaN;
        Boolean met = d != null && s != null ? speedup >= TARGET_SPEEDUP && delta >= -TARGET_TEST_TOLERANCE : null;
        int trainRows =
                (int) Math.round(w.table().rowCount() * w.config().split().train());
        return new BenchReport.WorkloadResult(
                w.name(),
                w.description(),
                w.table().rowCount(),
                w.table().columnCount(),
                trainRows,
                w.spaceSummary(),
                w.ga().populationSize(),
                w.ga().generations(),
                w.seed(),
                List.copyOf(engines),
                speedup,
                delta,
                met);
    }

    /** The fixed workloads; {@code quick} cuts them to a few hundred rows and a couple of epochs. */
    public static Workload workload(String name, BenchOptions o) {
        GaSettings ga = GaSettings.defaults()
                .withPopulationSize(o.population())
                .withGenerations(o.generations())
                .withEliteCount(Math.min(2, o.population() - 1));
        return switch (name) {
            case "spirals" -> {
                DataTable t = sample("spirals.csv");
                if (o.quick()) {
                    t = t.select(firstRows(300));
                }
                yield new Workload(
                        "spirals",
                        "sample-data/spirals.csv (" + t.rowCount() + " rows, 2 classes)",
                        t,
                        "arm",
                        o.quick() ? Workload.space(2, 4) : Workload.space(SPIRALS_EPOCHS[0], SPIRALS_EPOCHS[1]),
                        ga,
                        o.seed());
            }
            case "iris" -> {
                DataTable t = sample("iris.csv");
                yield new Workload(
                        "iris",
                        "sample-data/iris.csv (150 rows, 3 classes)",
                        t,
                        "species",
                        o.quick() ? Workload.space(2, 4) : Workload.space(SPIRALS_EPOCHS[0], SPIRALS_EPOCHS[1]),
                        ga,
                        o.seed());
            }
            case "synthetic" -> {
                DataTable t = SyntheticClassification.table(o.syntheticRows(), SYNTHETIC_DATA_SEED);
                yield new Workload(
                        "synthetic",
                        String.format(
                                Locale.ROOT,
                                "generated, %,d rows, 20 numeric features (6 informative, 6 mixtures, 8 noise), 4 classes",
                                o.syntheticRows()),
                        t,
                        SyntheticClassification.TARGET,
                        o.quick() ? Workload.space(2, 4) : Workload.space(SYNTHETIC_EPOCHS[0], SYNTHETIC_EPOCHS[1]),
                        ga,
                        o.seed());
            }
            default -> throw new InvalidInputException("workloads: unknown '" + name + "'");
        };
    }

    /** Epoch range of the small workloads. */
    static final int[] SPIRALS_EPOCHS = {20, 60};
    /** Epoch range of the 50k workload: the straightforward engine needs about 5 s per epoch here, 15-20 minutes in all. */
    static final int[] SYNTHETIC_EPOCHS = {1, 3};

    private static DataTable sample(String file) {
        Path dir = SampleData.locateSampleDir();
        if (dir == null) {
            throw new InvalidInputException("sample-data folder not found (run from the project folder, or set -D"
                    + SampleData.DIR_PROPERTY + ")");
        }
        return DataTable.load(dir.resolve(file));
    }

    private static int[] firstRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    static String batchName(int batchSize, int rows) {
        return batchSize == Genome.FULL_BATCH || batchSize >= rows ? "full" : Integer.toString(batchSize);
    }
}
