package org.evolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evolab.util.AtomicFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing results where they cannot go (a read-only folder, a full disk, a folder that is not
 * there): exit status 2 with one line that says why, the file already at the target as it was,
 * and no partial or temporary file left beside it.
 */
class ExportFaultsTest {
    @TempDir
    static Path dir;

    static Path model;

    @BeforeAll
    static void aTinyModel() {
        model = dir.resolve("model.zip");
        CliBadInputTest.Result r = CliBadInputTest.tinyIrisRun("--out", model.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    /** A disk that fills up after {@code room} bytes of the file being written. */
    static AtomicFiles.Restore diskFullAfter(int room) {
        return AtomicFiles.openStreamsWith(tmp -> new FilterOutputStream(Files.newOutputStream(tmp)) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > room) {
                    throw new IOException("No space left on device");
                }
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        });
    }

    @Test
    void predictionsOntoAFullDiskKeepThePreviousFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("full"));
        Path out = previousPredictions(folder);
        CliBadInputTest.Result r;
        try (AtomicFiles.Restore full = diskFullAfter(200)) {
            r = predictOver(out);
        }
        assertOneLineExitTwo(
                r, out + ": cannot write the predictions: the disk is full (free some space, or choose another drive)");
        assertThat(Files.readString(out)).isEqualTo("the previous predictions\n");
        assertThat(list(folder)).containsExactly(out);
    }

    @Test
    void aBundleOntoAFullDiskKeepsThePreviousBundle() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("full-bundle"));
        Path out = folder.resolve("m.zip");
        Files.copy(model, out);
        byte[] before = Files.readAllBytes(out);
        CliBadInputTest.Result r;
        try (AtomicFiles.Restore full = diskFullAfter(4096)) {
            r = CliBadInputTest.tinyIrisRun("--seed", "5", "--force", "--out", out.toString());
        }
        assertOneLineExitTwo(
                r, out + ": cannot write the bundle: the disk is full (free some space, or choose another drive)");
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
        assertThat(list(folder)).containsExactly(out);
    }

    @Test
    void predictionsIntoAReadOnlyFolderKeepThePreviousFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("read-only"));
        Path out = previousPredictions(folder);
        CliBadInputTest.Result r;
        try (ReadOnly readOnly = ReadOnly.make(folder)) {
            r = predictOver(out);
        }
        assertOneLineExitTwo(
                r,
                out + ": cannot write the predictions: the folder " + folder
                        + " is read-only or not yours (permission denied)");
        assertThat(Files.readString(out)).isEqualTo("the previous predictions\n");
        assertThat(list(folder)).containsExactly(out);
    }

    @Test
    void aBundleUnderAMissingFolderThatCannotBeMadeIsExitTwo() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        Path out = notAFolder.resolve("sub").resolve("p.csv");
        CliBadInputTest.Result r = CliBadInputTest.run(
                "predict", "--model", model.toString(), "--data", "sample-data/iris.csv", "--out", out.toString());
        assertOneLineExitTwo(r, out + ": cannot write the predictions: a part of the path is a file, not a folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    static Path previousPredictions(Path folder) throws IOException {
        return Files.writeString(folder.resolve("p.csv"), "the previous predictions\n");
    }

    static CliBadInputTest.Result predictOver(Path out) {
        return CliBadInputTest.run(
                "predict",
                "--model",
                model.toString(),
                "--data",
                "sample-data/iris.csv",
                "--out",
                out.toString(),
                "--force");
    }

    static void assertOneLineExitTwo(CliBadInputTest.Result r, String expected) {
        assertThat(r.code()).as(r.err()).isEqualTo(EvolabCommand.BAD_INPUT);
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as(r.err()).containsExactly("evolab: " + expected);
    }

    static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /**
     * A folder made read-only for the length of a test. Permissions do not stop root (as tests run
     * in containers): then the folder is made immutable (chattr +i, which stops root too), and
     * where that is not possible either, the folder's refusal is simulated at the file-opening seam.
     */
    static final class ReadOnly implements AutoCloseable {
        private final Path folder;
        private final boolean immutable;
        private final AtomicFiles.Restore simulated;

        private ReadOnly(Path folder, boolean immutable, AtomicFiles.Restore simulated) {
            this.folder = folder;
            this.immutable = immutable;
            this.simulated = simulated;
        }

        static ReadOnly make(Path folder) throws Exception {
            folder.toFile().setWritable(false, false);
            if (!canCreateIn(folder)) {
                return new ReadOnly(folder, false, null);
            }
            boolean immutable = new ProcessBuilder("chattr", "+i", folder.toString())
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
            if (immutable && !canCreateIn(folder)) {
                return new ReadOnly(folder, true, null);
            }
            return new ReadOnly(folder, immutable, AtomicFiles.openStreamsWith(tmp -> {
                throw new AccessDeniedException(tmp.toString());
            }));
        }

        private static boolean canCreateIn(Path folder) {
            try {
                Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() throws Exception {
            if (simulated != null) {
                simulated.close();
            }
            if (immutable) {
                new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor();
            }
            folder.toFile().setWritable(true, false);
        }
    }
}
