package org.evolab.fitness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

/** The guard against ND4J M2.1 freeing an op's arrays while its native call still reads them. */
class ReachableOpExecutionerTest {
    @Test
    void testsRunOnTheProtectedExecutioner() {
        assertThat(Nd4j.getExecutioner()).isInstanceOf(ReachableOpExecutioner.class);
    }

    @Test
    void theProtectedExecutionerLeavesAnExplicitChoiceAlone() {
        String before = System.getProperty(ReachableOpExecutioner.PROPERTY);
        try {
            System.setProperty(ReachableOpExecutioner.PROPERTY, "some.other.Executioner");
            ReachableOpExecutioner.install();
            assertThat(System.getProperty(ReachableOpExecutioner.PROPERTY)).isEqualTo("some.other.Executioner");
        } finally {
            System.setProperty(ReachableOpExecutioner.PROPERTY, before);
        }
    }

    /**
     * Training under constant garbage collection: without the protection such a JVM died with
     * SIGSEGV in {@code sd::DataBuffer::primary()} after 4-40 s in every try (docs/BENCHMARKS.md);
     * with it, it must finish.
     */
    @Test
    void trainingSurvivesConstantGarbageCollection(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("out.txt");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-Xmx256m",
                        "-Xmn1m",
                        "-XX:+UseSerialGC",
                        "-XX:ErrorFile=" + dir.resolve("hs_err_pid%p.log"),
                        "-Dorg.bytedeco.javacpp.maxBytes=0",
                        "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                        "-cp",
                        System.getProperty("java.class.path"),
                        GcStressMain.class.getName(),
                        "20")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean ended = p.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(crashLogs(dir)).as("JVM crash logs; output:%n%s", out).isEmpty();
        assertThat(ended).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out)
                .contains("executioner " + ReachableOpExecutioner.class.getName())
                .containsPattern("OK \\d+ fits");
    }

    private static List<Path> crashLogs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("hs_err"))
                    .toList();
        }
    }
}
