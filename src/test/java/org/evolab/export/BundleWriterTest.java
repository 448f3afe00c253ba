package org.evolab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export never leaves a partial file, and a failed export keeps the previous one as it was. */
class BundleWriterTest {
    @TempDir
    Path dir;

    static BundleContents broken() {
        // Not a DL4J model: the read-back check must catch it before anything is moved into place.
        return new BundleContents(
                "garbage".getBytes(StandardCharsets.UTF_8),
                Map.of(BundleFormat.GENOME, "{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBundleThatFailsItsCheckLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("model.zip");
        Files.writeString(target, "the previous bundle");
        assertThatThrownBy(() -> BundleWriter.write(target, broken(), true)).isInstanceOf(InvalidInputException.class);
        assertThat(Files.readString(target)).isEqualTo("the previous bundle");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void anExistingFileIsNotOverwrittenUnlessAsked() throws IOException {
        Path target = dir.resolve("model.zip");
        Files.writeString(target, "keep me");
        assertThatThrownBy(() -> BundleWriter.write(target, broken(), false))
                .hasMessage(target + ": already exists (use --force to overwrite it)");
        assertThat(Files.readString(target)).isEqualTo("keep me");
    }

    @Test
    void anUnwritablePlaceIsReportedInWords() throws IOException {
        Path notAFolder = dir.resolve("file.txt");
        Files.writeString(notAFolder, "x");
        Path target = notAFolder.resolve("model.zip");
        assertThatThrownBy(() -> BundleWriter.write(target, broken(), false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(target + ": cannot write the bundle");
        assertThatThrownBy(() -> BundleWriter.write(dir, broken(), true)).hasMessageContaining("is a folder");
    }
}
