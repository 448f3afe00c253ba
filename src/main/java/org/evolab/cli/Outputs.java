package org.evolab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evolab.run.RunFolderLock;
import org.evolab.util.AtomicFiles;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Json;
import org.evolab.util.WriteFaults;

/** Where a CLI run writes its results, kept in the run folder so that {@code resume} writes the same. */
record Outputs(String out, String report, boolean force) {
    static final String FILE = "cli-outputs.json";

    /** Refuses a folder another run holds before writing into it (the run claims it once it starts). */
    static void write(Path runDir, Outputs outputs) {
        RunFolderLock.refuseIfInUse(runDir);
        try {
            AtomicFiles.writeString(runDir.resolve(FILE), Json.write(outputs));
        } catch (IOException e) {
            throw WriteFaults.cannotWrite(runDir.resolve(FILE), "to the run folder", e);
        }
    }

    static Outputs read(Path runDir) {
        Path file = runDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(runDir + ": not a folder of a CLI run (no " + FILE + "); give --out");
        }
        try {
            return Json.read(Files.readString(file), Outputs.class, file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
