package org.evolab.export;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles are untrusted input: hostile or broken archives are refused with a clear message. */
class BundleReaderTest {
    @TempDir
    Path dir;

    Path zip(String name, String... entryNames) throws IOException {
        Path p = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
            for (String entry : entryNames) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return p;
    }

    @Test
    void pathTraversalEntriesAreRefused() throws IOException {
        Path evil = zip("evil.zip", "configuration.json", "../../etc/passwd");
        assertThatThrownBy(() -> BundleReader.read(evil))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unsafe entry name");
        Path absolute = zip("absolute.zip", "/tmp/x");
        assertThatThrownBy(() -> BundleReader.read(absolute)).hasMessageContaining("unsafe entry name");
    }

    @Test
    void anEntryThatUnpacksToMoreThanItDeclaresIsRefused() throws IOException {
        // A stored entry whose declared size is smaller than its data: what a zip bomb's header lies about.
        Path bomb = dir.resolve("bomb.zip");
        byte[] data = new byte[100_000];
        try (OutputStream out = Files.newOutputStream(bomb);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e = new ZipEntry("evolab/genome.json");
            zip.putNextEntry(e);
            zip.write(data);
            zip.closeEntry();
        }
        // Rewrite the declared uncompressed size in the central directory to 10 bytes.
        byte[] bytes = Files.readAllBytes(bomb);
        for (int i = bytes.length - 22; i >= 0; i--) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02) {
                bytes[i + 24] = 10;
                bytes[i + 25] = 0;
                bytes[i + 26] = 0;
                bytes[i + 27] = 0;
                break;
            }
        }
        Files.write(bomb, bytes);
        assertThatThrownBy(() -> BundleReader.read(bomb))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bomb.zip");
    }

    @Test
    void aTruncatedArchiveIsRefused() throws IOException {
        Path whole = zip("whole.zip", "configuration.json", "coefficients.bin", "evolab/genome.json");
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("truncated.zip");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> BundleReader.read(truncated))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("truncated.zip")
                .hasMessageContaining("zip");
    }

    @Test
    void aZipWithoutEvolabEntriesIsNotABundle() throws IOException {
        Path dl4jOnly = zip("plain-dl4j.zip", "configuration.json", "coefficients.bin");
        assertThatThrownBy(() -> BundleReader.read(dl4jOnly))
                .hasMessage("plain-dl4j.zip: not an Evolab model bundle (no evolab/genome.json)");
        Path other = zip("other.zip", "readme.txt");
        assertThatThrownBy(() -> BundleReader.read(other)).hasMessageContaining("not a DL4J model");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> BundleReader.read(dir.resolve("gone.zip"))).hasMessage("gone.zip: file not found");
    }
}
