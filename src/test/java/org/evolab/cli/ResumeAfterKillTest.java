package org.evolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evolab.run.RunFolder;
import org.evolab.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Trust issue's test: a real CLI run process is killed (SIGKILL) in the middle of a
 * generation, resumed from its folder, and ends with the same best genome and scores as an
 * uninterrupted run with the same seed.
 */
class ResumeAfterKillTest {
    @TempDir
    Path dir;

    static List<String> runArgs() {
        return List.of(
                "run",
                "--data",
                "sample-data/iris.csv",
                "--target",
                "species",
                "--population",
                "6",
                "--generations",
                "4",
                "--layers",
                "1..2",
                "--neurons",
                "8..32",
                "--epochs",
                "30..60",
                "--learning-rate",
                "3e-3..5e-2",
                "--seed",
                "17",
                "-q");
    }

    @Test
    void aKilledRunResumesToTheSameResultAsAnUninterruptedOne() throws Exception {
        List<String> plain = new ArrayList<>(runArgs());
        plain.addAll(List.of(
                "--out",
                dir.resolve("plain.zip").toString(),
                "--report",
                dir.resolve("plain.json").toString()));
        assertThat(EvolabCommand.execute(plain.toArray(String[]::new))).isZero();

        Path runDir = dir.resolve("run");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // No relaunch: the JVM killed below must be the one that runs (a relaunched child ends only
                // once it notices its parent is gone, and holds the run folder's lock until then).
                "-Devolab.relaunch=false",
                "-cp",
                System.getProperty("java.class.path"),
                "org.evolab.Launcher"));
        command.addAll(runArgs());
        command.addAll(List.of(
                "--run-dir",
                runDir.toString(),
                "--out",
                dir.resolve("resumed.zip").toString(),
                "--report",
                dir.resolve("resumed.json").toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed-run.log").toFile())
                .start();
        Path checkpoint = runDir.resolve(RunFolder.CHECKPOINT);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(checkpoint) && Files.readString(checkpoint).contains("\"nextGeneration\" : 2"))) {
            assertThat(process.isAlive())
                    .as("the run ended before it could be killed: " + Files.readString(dir.resolve("killed-run.log")))
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("no checkpoint of generation 2 in time")
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
        Thread.sleep(700); // into generation 2's trainings
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        assertThat(dir.resolve("resumed.zip")).doesNotExist();

        CliBadInputTest.Result resumed = CliBadInputTest.run("resume", runDir.toString(), "-q");
        assertThat(resumed.code()).as(resumed.err()).isZero();

        JsonNode a = Json.mapper().readTree(dir.resolve("plain.json").toFile());
        JsonNode b = Json.mapper().readTree(dir.resolve("resumed.json").toFile());
        assertThat(b.get("bestGenome")).isEqualTo(a.get("bestGenome"));
        assertThat(b.get("validationScore")).isEqualTo(a.get("validationScore"));
        assertThat(b.get("testMetrics")).isEqualTo(a.get("testMetrics"));
        assertThat(b.get("evaluations")).isEqualTo(a.get("evaluations"));
        assertThat(b.get("generations").asInt()).isEqualTo(4);
        assertThat(dir.resolve("resumed.zip")).exists();
    }

    @Test
    void resumingAFolderWithoutACheckpointIsAClearError() {
        CliBadInputTest.Result r = CliBadInputTest.run("resume", dir.toString());
        assertThat(r.code()).isEqualTo(EvolabCommand.BAD_INPUT);
        assertThat(r.err()).contains("no checkpoint to resume from");
    }
}
