package org.evolab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.evolab.bench.BenchOptions;
import org.evolab.bench.BenchReport;
import org.evolab.bench.Benchmark;
import org.evolab.bench.Calibration;
import org.evolab.bench.MemorySoak;
import org.evolab.bench.ReportTable;
import org.evolab.data.csv.DataTable;
import org.evolab.data.sample.SampleData;
import org.evolab.util.AtomicFiles;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evolab bench}: Evolab's default engine against the straightforward DL4J way on fixed
 * workloads (wall time, evaluations per minute, scores, GFLOP/s against the matrix-multiply
 * peak), or with {@code --memory} the 100-generation memory soak. See docs/BENCHMARKS.md.
 */
@Command(
        name = "bench",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "Benchmark the default engine against the straightforward DL4J way (see docs/BENCHMARKS.md).")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--quick",
            description = "a tiny version for tests and CI: a few hundred rows, population 4, 2 generations")
    boolean quick;

    @Option(
            names = "--workloads",
            paramLabel = "LIST",
            split = ",",
            description = "spirals, synthetic, iris (default: spirals,synthetic)")
    List<String> workloads;

    @Option(
            names = "--engines",
            paramLabel = "LIST",
            split = ",",
            description = "default, straightforward (default: both)")
    List<String> engines;

    @Option(
            names = "--rows",
            paramLabel = "N",
            description = "rows of the generated workload (default 50000; quick 300)")
    Integer rows;

    @Option(names = "--population", paramLabel = "N", description = "individuals per generation (default 20; quick 4)")
    Integer population;

    @Option(names = "--generations", paramLabel = "N", description = "generations (default 5; quick 2)")
    Integer generations;

    @Option(names = "--seed", paramLabel = "N", description = "the one seed of both engines (default 42)")
    Long seed;

    @Option(
            names = "--baseline-batch",
            paramLabel = "N|genome",
            description =
                    "the straightforward engine's mini-batch size (default 32, as in the DL4J examples; 'genome' uses each genome's own)")
    String baselineBatch;

    @Option(
            names = "--peak-size",
            paramLabel = "N",
            description = "matrix side of the mmul peak probe (default 2048; 0 skips it)")
    Integer peakSize;

    @Option(names = "--no-warmup", description = "do not warm up the JIT and ND4J before timing")
    boolean noWarmup;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the report as JSON")
    Path json;

    @Option(names = "--calibrate", description = "only time one mid-sized genome per epoch with both engines' trainers")
    boolean calibrate;

    @Option(
            names = "--memory",
            description = "run the memory soak instead: Iris, 100 generations, heap and RSS per generation")
    boolean memory;

    @Option(
            names = "--soak-generations",
            paramLabel = "N",
            description = "generations of the memory soak (default 100; quick 5)")
    Integer soakGenerations;

    @Option(
            names = "--soak-population",
            paramLabel = "N",
            description = "population of the memory soak (default 10; quick 4)")
    Integer soakPopulation;

    @Option(names = "--csv", paramLabel = "FILE", description = "with --memory: write the per-generation series as CSV")
    Path csv;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> progress = line -> {
            err.println(line);
            err.flush();
        };
        if (memory) {
            return soak(out, progress);
        }
        BenchOptions options = options();
        if (calibrate) {
            for (String name : options.workloads()) {
                progress.accept("calibrating " + name);
                Calibration.Result r = Calibration.run(Benchmark.workload(name, options), progress);
                out.println(Json.write(r));
            }
            out.flush();
            return EvolabCommand.OK;
        }
        Benchmark benchmark = new Benchmark(options, progress);
        if (json != null) {
            benchmark.onPartialReport(r -> {
                try {
                    AtomicFiles.writeString(json, Json.write(r) + "\n");
                } catch (IOException e) {
                    progress.accept("could not write " + json + ": " + e.getMessage());
                }
            });
        }
        BenchReport report = benchmark.run();
        out.print(ReportTable.format(report));
        out.flush();
        if (json != null) {
            write(out, json, Json.write(report) + "\n");
            out.flush();
        }
        return EvolabCommand.OK;
    }

    BenchOptions options() {
        BenchOptions base = quick ? BenchOptions.quickOptions() : BenchOptions.full();
        int batch = base.baselineBatch();
        if (baselineBatch != null) {
            if (baselineBatch.equalsIgnoreCase("genome")) {
                batch = 0;
            } else {
                try {
                    batch = Integer.parseInt(baselineBatch.strip());
                } catch (NumberFormatException e) {
                    batch = -1;
                }
                if (batch < 1) {
                    throw new InvalidInputException(
                            "--baseline-batch: expected a positive number or 'genome', got '" + baselineBatch + "'");
                }
            }
        }
        return new BenchOptions(
                workloads == null ? base.workloads() : lower(workloads),
                engines == null ? base.engines() : lower(engines),
                positive("--rows", rows, base.syntheticRows(), 20),
                positive("--population", population, base.population(), 2),
                positive("--generations", generations, base.generations(), 1),
                seed == null ? base.seed() : seed,
                batch,
                peakSize == null ? base.peakSize() : positive("--peak-size", peakSize, 0, 0),
                base.warmUp() && !noWarmup,
                quick);
    }

    private Integer soak(PrintWriter out, Consumer<String> progress) throws IOException {
        int gens = positive("--soak-generations", soakGenerations, quick ? 5 : 100, 2);
        int pop = positive("--soak-population", soakPopulation, quick ? 4 : 10, 2);
        Path dir = SampleData.locateSampleDir();
        if (dir == null) {
            throw new InvalidInputException("sample-data folder not found (run from the project folder)");
        }
        DataTable iris = DataTable.load(dir.resolve("iris.csv"));
        progress.accept(String.format(Locale.ROOT, "memory soak: Iris, %d generations x %d", gens, pop));
        MemorySoak.Result r = MemorySoak.run(iris, gens, pop, seed == null ? 42 : seed, progress);
        out.print(ReportTable.soak(r));
        if (csv != null) {
            write(out, csv, r.csv());
        }
        if (json != null) {
            write(out, json, Json.write(r) + "\n");
        }
        out.flush();
        return EvolabCommand.OK;
    }

    /** Writes {@code text} to {@code file} whole and says so on the command's output. */
    private static void write(PrintWriter out, Path file, String text) throws IOException {
        AtomicFiles.writeString(file, text);
        out.println("wrote " + file);
    }

    private static List<String> lower(List<String> names) {
        return names.stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static int positive(String name, Integer given, int fallback, int min) {
        if (given == null) {
            return fallback;
        }
        if (given < min) {
            throw new InvalidInputException(name + ": must be at least " + min + ", got " + given);
        }
        return given;
    }
}
