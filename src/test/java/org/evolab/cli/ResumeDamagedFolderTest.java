package org.evolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.evolab.run.RunFolder;
import org.evolab.run.RunFolderLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run folder damaged after a real run (checkpoint cut short, garbage, empty, config missing or
 * cut short): resume is exit 2 with one line naming the file, and not a byte in the folder changes.
 */
class ResumeDamagedFolderTest {
    @TempDir
    static Path dir;

    static Path pristine;

    @BeforeAll
    static void aFinishedTinyRun() {
        pristine = dir.resolve("pristine");
        CliBadInputTest.Result r = CliBadInputTest.tinyIrisRun(
                "--run-dir",
                pristine.toString(),
                "--out",
                dir.resolve("first.zip").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(pristine.resolve(RunFolder.CHECKPOINT)).exists();
        assertThat(pristine.resolve(RunFolderLock.FILE))
                .as("released at the end")
                .doesNotExist();
    }

    interface Damage {
        void apply(Path folder) throws IOException;
    }

    static Stream<Arguments> damages() {
        return Stream.of(
                Arguments.of(
                        "checkpoint cut short",
                        (Damage) f -> cutInHalf(f.resolve(RunFolder.CHECKPOINT)),
                        RunFolder.CHECKPOINT),
                Arguments.of(
                        "checkpoint garbage",
                        (Damage) f -> Files.write(
                                f.resolve(RunFolder.CHECKPOINT), new byte[] {0, 1, 2, (byte) 0xff, 'x', 'y'}),
                        RunFolder.CHECKPOINT),
                Arguments.of(
                        "checkpoint empty",
                        (Damage) f -> Files.write(f.resolve(RunFolder.CHECKPOINT), new byte[0]),
                        RunFolder.CHECKPOINT),
                Arguments.of(
                        "config missing", (Damage) f -> Files.delete(f.resolve(RunFolder.CONFIG)), RunFolder.CONFIG),
                Arguments.of(
                        "config cut short", (Damage) f -> cutInHalf(f.resolve(RunFolder.CONFIG)), RunFolder.CONFIG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void resumeNamesTheDamagedFileAndChangesNothing(String name, Damage damage, String file) throws IOException {
        Path folder = dir.resolve(name.replace(' ', '-'));
        copy(pristine, folder);
        damage.apply(folder);
        Map<String, byte[]> before = snapshot(folder);

        CliBadInputTest.Result r = CliBadInputTest.run(
                "resume",
                folder.toString(),
                "--out",
                dir.resolve(name.replace(' ', '-') + ".zip").toString());

        assertThat(r.code()).as(r.err()).isEqualTo(EvolabCommand.BAD_INPUT);
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as(r.err()).hasSize(1);
        assertThat(lines.get(0))
                .startsWith("evolab: ")
                .contains(folder.resolve(file).toString());
        assertThat(r.err()).doesNotContain("\tat ", "Exception");
        Map<String, byte[]> after = snapshot(folder);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((f, bytes) -> assertThat(after.get(f)).as(f).isEqualTo(bytes));
        assertThat(dir.resolve(name.replace(' ', '-') + ".zip")).doesNotExist();
    }

    private static void cutInHalf(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
