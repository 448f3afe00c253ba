package org.evolab.util;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
 * same folder, which is then moved over the target. A failure leaves the previous file as it was.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Something that writes a whole file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Opens the stream a temporary file is written through. */
    @FunctionalInterface
    public interface StreamOpener {
        OutputStream open(Path tmp) throws IOException;
    }

    /** Undoes {@link #openStreamsWith}. */
    public interface Restore extends AutoCloseable {
        @Override
        void close();
    }

    private static volatile StreamOpener opener = Files::newOutputStream;

    /**
     * A seam for tests: until the returned handle is closed, every atomic write in this process
     * goes through {@code replacement} (e.g. a stream that fails as a full disk does half-way).
     */
    public static Restore openStreamsWith(StreamOpener replacement) {
        StreamOpener previous = opener;
        opener = replacement;
        return () -> opener = previous;
    }

    /** The stream to write the temporary file {@code tmp} through. */
    public static OutputStream openTemp(Path tmp) throws IOException {
        return opener.open(tmp);
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void write(Path target, Content content) throws IOException {
        Path tmp = createTempBeside(target);
        try {
            try (OutputStream out = openTemp(tmp)) {
                content.writeTo(out);
            }
            moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A fresh temporary file in the folder of {@code target} (so the final move is atomic). */
    public static Path createTempBeside(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null) {
            throw new IOException(target + ": not a file in a folder");
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        // createTempFile makes the file private (0600); the finished file should read like any other.
        if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        return tmp;
    }

    public static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
