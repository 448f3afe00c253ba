package org.evolab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evolab.cli.EvolabCommand;
import org.evolab.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code evolab bench --quick} in-process: both engines report, and the report's numbers agree with each other. */
class BenchCommandTest {
    @TempDir
    Path dir;

    private record Outcome(int status, String out, String err) {}

    private static Outcome execute(String... args) {
        CommandLine cli = EvolabCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Outcome(status, out.toString(), err.toString());
    }

    @Test
    void quickBenchReportsBothEnginesOnEveryWorkload() throws Exception {
        Path json = dir.resolve("bench.json");
        Outcome o = execute("bench", "--quick", "--json", json.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out())
                .contains(
                        "Workload spirals",
                        "Workload synthetic",
                        "default",
                        "straightforward",
                        "speed-up",
                        "fraction of mmul peak");

        JsonNode report = Json.mapper().readTree(Files.readString(json));
        double peak = report.get("peak").get("gflops").asDouble();
        // a rate, so only sane (a shared machine can be very slow); the report's other numbers are checked against it
        assertThat(peak).isPositive().isLessThan(5000.0);
        List<String> workloads = new ArrayList<>();
        for (JsonNode w : report.get("workloads")) {
            workloads.add(w.get("name").asText());
            List<String> engines = new ArrayList<>();
            Map<String, Double> wall = new HashMap<>();
            for (JsonNode e : w.get("engines")) {
                String engine = e.get("engine").asText();
                engines.add(engine);
                double seconds = e.get("wallSeconds").asDouble();
                wall.put(engine, seconds);
                int evaluations = e.get("evaluations").asInt();
                int trainings = e.get("trainings").asInt();
                assertThat(evaluations).as(engine).isEqualTo(4 * 2);
                // Every evaluation is a training or a cache hit, and the first generation is all trainings.
                assertThat(trainings + e.get("cacheHits").asInt()).as(engine).isEqualTo(evaluations);
                assertThat(trainings).as(engine).isBetween(4, evaluations);
                assertThat(e.get("evaluationsPerMinute").asDouble())
                        .as(engine)
                        .isCloseTo(evaluations / seconds * 60, within(1e-6 * evaluations / seconds * 60));
                assertThat(e.get("trainingSeconds").asDouble())
                        .as(engine)
                        .isPositive()
                        .isLessThanOrEqualTo(seconds);
                assertThat(e.get("gflops").asDouble())
                        .as(engine)
                        .isCloseTo(
                                e.get("trainingGflop").asDouble()
                                        / e.get("trainingSeconds").asDouble(),
                                within(1e-6 * e.get("gflops").asDouble()));
                assertThat(e.get("peakFraction").asDouble())
                        .as(engine)
                        .isCloseTo(e.get("gflops").asDouble() / peak, within(1e-9));
                // Accuracies on Spirals and the synthetic task: a tiny budget learns something, never all.
                assertThat(e.get("bestValidation").asDouble()).as(engine).isBetween(0.0, 1.0);
                assertThat(e.get("testScore").asDouble()).as(engine).isBetween(0.0, 1.0);
                assertThat(e.get("trainingGflop").asDouble()).as(engine).isPositive();
            }
            assertThat(engines).containsExactly("default", "straightforward");
            assertThat(w.get("speedup").asDouble())
                    .isCloseTo(wall.get("straightforward") / wall.get("default"), within(1e-9));
        }
        assertThat(workloads).containsExactly("spirals", "synthetic");
    }

    @Test
    void quickMemorySoakSamplesEveryGeneration() throws Exception {
        Path csv = dir.resolve("soak.csv");
        Outcome o = execute("bench", "--memory", "--quick", "--csv", csv.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("Memory soak", "heap after GC", "slope");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("generation,trainings,seconds,heap_mib,rss_mib,direct_mib");
        assertThat(lines).hasSize(1 + 1 + 5); // header, before the search, one per generation
        String[] last = lines.get(lines.size() - 1).split(",");
        assertThat(Integer.parseInt(last[0])).isEqualTo(4);
        assertThat(Double.parseDouble(last[3])).isPositive();
        // Generations in order, trainings and time only growing, the heap no larger than the process.
        for (int i = 2; i < lines.size(); i++) {
            String[] before = lines.get(i - 1).split(",");
            String[] now = lines.get(i).split(",");
            assertThat(Integer.parseInt(now[0])).isEqualTo(Integer.parseInt(before[0]) + 1);
            assertThat(Integer.parseInt(now[1])).isGreaterThanOrEqualTo(Integer.parseInt(before[1]));
            assertThat(Double.parseDouble(now[2])).isGreaterThan(Double.parseDouble(before[2]));
        }
        assertThat(Integer.parseInt(last[1])).isPositive();
    }

    @Test
    void unknownWorkloadIsBadInput() {
        Outcome o = execute("bench", "--quick", "--workloads", "mnist");
        assertThat(o.status()).isEqualTo(EvolabCommand.BAD_INPUT);
        assertThat(o.err()).contains("mnist").doesNotContain("Exception");
    }
}
