package org.evolab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.evolab.analysis.AnalysisFiles;
import org.evolab.analysis.FinishedRunFixture;
import org.evolab.analysis.Trial;
import org.evolab.evolution.Strategy;
import org.evolab.genome.Genome;
import org.evolab.genome.SearchSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {
    @TempDir
    Path tmp;

    record Result(int status, String out, String err) {}

    static Result analyze(String... args) {
        CommandLine cli = EvolabCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    /** A run over two generations whose fitness rewards a learning rate near 1e-2; one training failed. */
    static List<Trial> trials(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Genome g = SearchSpace.defaults().randomGenome(rng);
            double fitness = i == 7 ? Double.NEGATIVE_INFINITY : 0.9 - 0.1 * Math.abs(Math.log10(g.learningRate()) + 2);
            trials.add(new Trial(
                    String.format("g%d-%02d", i / 30, i % 30), i / 30, g, fitness, g.parameterCount(4, 3), 5));
        }
        return trials;
    }

    @Test
    void writesImportanceParetoAndPlotsOfARunFolder() throws Exception {
        List<Trial> trials = trials(1);
        Path run = FinishedRunFixture.write(tmp.resolve("run"), trials, Strategy.GENETIC, 0.9);
        Path out = tmp.resolve("analysis");
        Result r = analyze("analyze", run.toString(), "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("PED-ANOVA").contains("learning_rate").contains("Pareto front");

        List<String> importance = Files.readAllLines(out.resolve(AnalysisFiles.IMPORTANCE_CSV));
        assertThat(importance.get(0)).isEqualTo("gene,importance");
        assertThat(importance.get(1)).startsWith("learning_rate,");
        double sum = importance.stream()
                .skip(1)
                .mapToDouble(l -> Double.parseDouble(l.split(",")[1]))
                .sum();
        assertThat(sum).isCloseTo(1.0, within(1e-4));

        // Every genome of pareto.csv is non-dominated, and every dominated genome is absent.
        Map<String, Trial> byId = new HashMap<>();
        trials.forEach(t -> byId.put(t.individualId(), t));
        List<String> front = Files.readAllLines(out.resolve(AnalysisFiles.PARETO_CSV)).stream()
                .skip(1)
                .map(l -> l.split(",")[0])
                .toList();
        assertThat(front).isNotEmpty();
        for (Trial t : trials) {
            boolean dominated = trials.stream()
                    .anyMatch(o -> !o.failed()
                            && o.fitness() >= t.fitness()
                            && o.parameters() <= t.parameters()
                            && (o.fitness() > t.fitness() || o.parameters() < t.parameters()));
            assertThat(front.contains(t.individualId())).as(t.individualId()).isEqualTo(!dominated && !t.failed());
        }
        for (String png : List.of(
                AnalysisFiles.IMPORTANCE_PNG,
                AnalysisFiles.SLICES_PNG,
                AnalysisFiles.PARALLEL_PNG,
                AnalysisFiles.PARETO_PNG)) {
            var image = ImageIO.read(out.resolve(png).toFile());
            assertThat(image).as(png).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(300);
        }
    }

    @Test
    void badInputIsOneLineAndStatusTwo() throws Exception {
        Result missing = analyze(
                "analyze",
                tmp.resolve("nope").toString(),
                "--out",
                tmp.resolve("o").toString());
        assertThat(missing.status()).isEqualTo(EvolabCommand.BAD_INPUT);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("nope").contains("no such run folder");

        Path notARun = Files.createDirectories(tmp.resolve("empty"));
        Result empty =
                analyze("analyze", notARun.toString(), "--out", tmp.resolve("o").toString());
        assertThat(empty.status()).isEqualTo(EvolabCommand.BAD_INPUT);
        assertThat(empty.err()).contains("not a run folder");

        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(
                broken.resolve("leaderboard.csv"),
                "rank,individual,generation,fitness,parameters,train_ms,genome\n"
                        + "1,g0-00,0,0.5,100,3,layers=relu:ten\n");
        Result bad =
                analyze("analyze", broken.toString(), "--out", tmp.resolve("o").toString());
        assertThat(bad.status()).isEqualTo(EvolabCommand.BAD_INPUT);
        assertThat(bad.err().strip()).doesNotContain("\n").contains("row 2, column genome");

        Result usage = analyze("analyze", broken.toString());
        assertThat(usage.status()).isEqualTo(EvolabCommand.BAD_INPUT);
        assertThat(Files.exists(tmp.resolve("o"))).isFalse();
    }
}
