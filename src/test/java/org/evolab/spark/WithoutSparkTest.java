package org.evolab.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default build has no Spark (it is {@code provided}): there {@code --spark} is refused in one
 * line that says how to add it, exit 2, and everything else runs as before.
 */
@Tag("spark")
class WithoutSparkTest {
    @TempDir
    Path dir;

    @Test
    void sparkIsRefusedInOneLineThatSaysHowToAddIt() throws Exception {
        String withoutSpark = Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("/org/apache/spark/") && !e.contains("/org/scala-lang/"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Devolab.relaunch=false",
                "-cp",
                withoutSpark,
                "org.evolab.Launcher",
                "run",
                "--data",
                Path.of("sample-data", "iris.csv").toAbsolutePath().toString(),
                "--spark",
                "local[2]",
                "--out",
                dir.resolve("m.zip").toString()));
        Process p = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> err = Files.readAllLines(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(String.join("\n", err)).isEqualTo(2);
        assertThat(err).hasSize(1);
        assertThat(err.get(0)).contains("--spark: Spark is not on the class path", "-Pspark", "spark-submit");
        assertThat(dir.resolve("m.zip")).doesNotExist();
    }
}
