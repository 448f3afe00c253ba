package org.evolab.util;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file could not be written, in words a user can act on: a read-only folder, a full disk,
 * a folder or drive that is not there. The operating system's own wording varies (and Java hands
 * it on as it is), so the common cases are recognized here, once.
 */
public final class WriteFaults {
    private WriteFaults() {}

    /** {@code "<target>: cannot write <what>: <why>"}, as an input error (exit status 2 on the CLI). */
    public static InvalidInputException cannotWrite(Path target, String what, IOException e) {
        return new InvalidInputException(target + ": cannot write " + what + ": " + why(target, e), e);
    }

    /** The reason alone, e.g. "the disk is full" or "the folder /mnt/usb is read-only". */
    public static String why(Path target, IOException e) {
        Path folder = target.toAbsolutePath().getParent();
        String text = ((e instanceof FileSystemException fs && fs.getReason() != null)
                        ? fs.getReason()
                        : String.valueOf(e.getMessage()))
                .toLowerCase(Locale.ROOT);
        if (text.contains("no space left")
                || text.contains("not enough space")
                || text.contains("disk full")
                || text.contains("disk quota")) {
            return "the disk is full (free some space, or choose another drive)";
        }
        if (text.contains("read-only file system")) {
            return "the drive is read-only";
        }
        if (e instanceof AccessDeniedException
                || text.contains("operation not permitted")
                || text.contains("permission denied")
                || text.contains("access is denied")) {
            return "the folder " + folder + " is read-only or not yours (permission denied)";
        }
        if (e instanceof NotDirectoryException
                || text.contains("not a directory")
                || e instanceof FileAlreadyExistsException
                        && !Files.isDirectory(Path.of(((FileSystemException) e).getFile()))) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof NoSuchFileException
                || text.contains("device is not ready")
                || text.contains("no such device")) {
            return "the folder " + folder + " is not there (a drive not connected?)";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
