package org.evolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evolab.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --refit all} through the CLI: the report and summary name the rows, and the bundle is inspected and predicts. */
class RefitCliTest {
    @TempDir
    Path dir;

    @Test
    void aRefitBundleSaysWhichRowsAndStillInspectsAndPredicts() throws Exception {
        Path model = dir.resolve("refit.zip");
        Path report = dir.resolve("report.json");
        CliBadInputTest.Result run = CliBadInputTest.tinyIrisRun(
                3,
                "20..30",
                "--ensemble",
                "2",
                "--refit",
                "all",
                "--out",
                model.toString(),
                "--report",
                report.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode r = Json.mapper().readTree(report.toFile());
        int testRows = r.path("testRows").asInt();
        int tested = r.path("testedModelTrainingRows").asInt();
        assertThat(testRows).isPositive();
        assertThat(tested + testRows).isEqualTo(150);
        assertThat(r.path("exportedModelTrainingRows").asInt()).isEqualTo(150);
        assertThat(r.path("refit").asText()).isEqualTo("all");
        assertThat(r.path("ensemble").get(1).path("trainingRows").asInt()).isEqualTo(150);
        assertThat(run.out())
                .contains("Test: " + testRows + " rows, scored by the retrained ensemble of 2 trained on the " + tested
                        + " training + validation rows; exported: the same genomes and epochs refit on all 150 "
                        + "labelled rows");

        CliBadInputTest.Result inspect = CliBadInputTest.run("inspect", model.toString());
        assertThat(inspect.code()).as(inspect.err()).isZero();
        assertThat(inspect.out()).contains("ensemble of 2 networks", "refit after the test on every labelled row");

        Path out = dir.resolve("p.csv");
        CliBadInputTest.Result predict = CliBadInputTest.run(
                "predict", "--model", model.toString(), "--data", "sample-data/iris.csv", "--out", out.toString());
        assertThat(predict.code()).as(predict.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(151);
    }

    @Test
    void anUnknownRefitIsRefusedByName() {
        CliBadInputTest.Result run =
                CliBadInputTest.run("run", "--data", "sample-data/iris.csv", "--refit", "most", "-q");
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("refit: expected all or train-validation, got 'most'");
        assertThat(run.err()).doesNotContain("Exception");
    }
}
