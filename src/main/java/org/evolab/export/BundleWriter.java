package org.evolab.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.evolab.util.AtomicFiles;
import org.evolab.util.InvalidInputException;
import org.evolab.util.WriteFaults;

/**
 * Writes a model bundle so that no reader ever sees half of one: to a temporary file beside the
 * target, read back and checked, then moved into place. An existing file is replaced only when
 * asked; any failure leaves it as it was.
 */
public final class BundleWriter {
    private BundleWriter() {}

    /** Writes and verifies the bundle; returns it as read back from disk. */
    public static Bundle write(Path target, BundleContents contents, boolean overwrite) {
        if (Files.isDirectory(target)) {
            throw new InvalidInputException(target + ": is a folder, give a .zip file name");
        }
        if (Files.exists(target) && !overwrite) {
            throw new InvalidInputException(target + ": already exists (use --force to overwrite it)");
        }
        Path tmp = null;
        try {
            tmp = AtomicFiles.createTempBeside(target);
            try (OutputStream out = AtomicFiles.openTemp(tmp)) {
                writeZip(out, contents);
            }
            Bundle check = BundleReader.read(tmp);
            AtomicFiles.moveIntoPlace(tmp, target);
            return new Bundle(
                    target,
                    check.network(),
                    check.genome(),
                    check.members(),
                    check.preprocessor(),
                    check.run(),
                    check.metrics(),
                    check.entries());
        } catch (IOException e) {
            throw WriteFaults.cannotWrite(target, "the bundle", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a stray temporary file is harmless, the target is intact
                }
            }
        }
    }

    private static void writeZip(OutputStream target, BundleContents contents) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            Set<String> written = new HashSet<>();
            try (ZipInputStream model = new ZipInputStream(new ByteArrayInputStream(contents.modelZip()))) {
                for (ZipEntry e; (e = model.getNextEntry()) != null; ) {
                    if (e.isDirectory() || e.getName().startsWith(BundleFormat.PREFIX)) {
                        continue;
                    }
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    model.transferTo(zip);
                    zip.closeEntry();
                    written.add(e.getName());
                }
            }
            for (Map.Entry<String, byte[]> e : contents.evolabEntries().entrySet()) {
                String name =
                        e.getKey().startsWith(BundleFormat.PREFIX) ? e.getKey() : BundleFormat.PREFIX + e.getKey();
                if (!written.add(name)) {
                    throw new IllegalArgumentException("duplicate bundle entry " + name);
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }
}
