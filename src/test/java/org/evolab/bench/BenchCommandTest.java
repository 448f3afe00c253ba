package org.evolab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evolab.cli.EvolabCommand;
import org.evolab.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code evolab bench --quick} in-process: both engines report, with sane numbers. */
class BenchCommandTest {
    @TempDir
    Path dir;

    private record Outcome(int status, String out, String err) {
    }

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
        assertThat(o.out()).contains("Workload spirals", "Workload synthetic", "default", "straightforward",
                "speed-up", "fraction of mmul peak");

        JsonNode report = Json.mapper().readTree(Files.readString(json));
        assertThat(report.get("peak").get("gflops").asDouble()).isPositive();
        List<String> workloads = new ArrayList<>();
        for (JsonNode w : report.get("workloads")) {
            workloads.add(w.get("name").asText());
            List<String> engines = new ArrayList<>();
            for (JsonNode e : w.get("engines")) {
                engines.add(e.get("engine").asText());
                assertThat(e.get("wallSeconds").asDouble()).isPositive();
                assertThat(e.get("evaluations").asInt()).isEqualTo(4 * 2);
                assertThat(e.get("trainings").asInt()).isPositive();
                assertThat(e.get("evaluationsPerMinute").asDouble()).isPositive();
                assertThat(e.get("bestValidation").asDouble()).isBetween(0.0, 1.0);
                assertThat(e.get("testScore").asDouble()).isBetween(0.0, 1.0);
                assertThat(e.get("trainingGflop").asDouble()).isPositive();
                assertThat(e.get("gflops").asDouble()).isPositive();
                assertThat(e.get("peakFraction").asDouble()).isPositive();
            }
            assertThat(engines).containsExactly("default", "straightforward");
            assertThat(w.get("speedup").asDouble()).isPositive();
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
    }

    @Test
    void unknownWorkloadIsBadInput() {
        Outcome o = execute("bench", "--quick", "--workloads", "mnist");
        assertThat(o.status()).isEqualTo(EvolabCommand.BAD_INPUT);
        assertThat(o.err()).contains("mnist").doesNotContain("Exception");
    }
}
