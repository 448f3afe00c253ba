package org.evolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evolab.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --ensemble}, then {@code inspect} and {@code predict} on the ensemble bundle, through the CLI. */
class EnsembleCliTest {
    @TempDir
    Path dir;

    @Test
    void anEnsembleBundleIsInspectedAndPredictsEveryRow() throws Exception {
        Path model = dir.resolve("ens.zip");
        Path report = dir.resolve("report.json");
        CliBadInputTest.Result run = CliBadInputTest.tinyIrisRun(
                4, "20..30", "--ensemble", "3", "--out", model.toString(), "--report", report.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Exported: ensemble of 3: ");
        JsonNode r = Json.mapper().readTree(report.toFile());
        assertThat(r.path("model").asText()).isEqualTo("ensemble");
        assertThat(r.path("ensemble")).hasSize(3);

        CliBadInputTest.Result inspect = CliBadInputTest.run("inspect", model.toString());
        assertThat(inspect.code()).as(inspect.err()).isZero();
        assertThat(inspect.out()).contains("ensemble of 3 networks", "member 1", "member 3", "evolab/model.json");

        Path out = dir.resolve("p.csv");
        CliBadInputTest.Result predict = CliBadInputTest.run(
                "predict", "--model", model.toString(), "--data", "sample-data/iris.csv", "--out", out.toString());
        assertThat(predict.code()).as(predict.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines)
                .hasSize(Files.readAllLines(Path.of("sample-data/iris.csv")).size());
        assertThat(lines.get(0)).contains("prediction", "p_setosa");
        // Three or four epochs train little, but the averaged probabilities beat guessing one species (a third).
        long right = lines.stream()
                .skip(1)
                .filter(l -> l.split(",")[4].equals(l.split(",")[5]))
                .count();
        assertThat(right).isGreaterThan((lines.size() - 1) / 3);
    }

    /** What a run of three genomes trained for {@code epochs} that asks for 9 members prints, and its bundle's {@code inspect}. */
    record NineAsked(String run, String inspect) {}

    NineAsked askForNineMembers(String epochs, String bundle) {
        Path model = dir.resolve(bundle);
        CliBadInputTest.Result run =
                CliBadInputTest.tinyIrisRun(3, epochs, "--ensemble", "9", "--out", model.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return new NineAsked(
                run.out(), CliBadInputTest.run("inspect", model.toString()).out());
    }

    @Test
    void askingForMoreMembersThanGenomesSaysSoAndUsesWhatThereIs() {
        NineAsked few = askForNineMembers("20..30", "few.zip");
        assertThat(few.run())
                .contains("--ensemble 9: only 3 distinct genomes scored within reach of the best, "
                        + "so the model averages 3");
        assertThat(few.inspect()).contains("ensemble of 3 networks");
    }

    @Test
    void genomesFarBelowTheBestAreNoMembersAndTheBestMayStandAlone() {
        // two or three epochs: the best of three genomes reaches 0.84, the others do not come near
        NineAsked alone = askForNineMembers("2..3", "alone.zip");
        assertThat(alone.run())
                .contains("--ensemble 9: no other genome scored within reach of the best, "
                        + "so the best network is exported alone")
                .doesNotContain("Exported: ensemble");
        assertThat(alone.inspect()).doesNotContain("ensemble of");
    }
}
