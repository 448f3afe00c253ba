package org.evolab.ui.run;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where the GUI keeps its runs' folders (checkpoints and fitness cache): {@code ~/.evolab/runs},
 * or the folder named by the system property {@value #PROPERTY}. One folder per run, named by
 * time and data file, so a run cancelled or cut short can be resumed.
 */
public final class RunFolders {
    public static final String PROPERTY = "evolab.runsDir";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    private RunFolders() {}

    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".evolab", "runs");
    }

    /** A new folder name for a run on {@code data} (created by the run when it writes). */
    public static Path newFolder(Path data) {
        String name = data == null || data.getFileName() == null
                ? "run"
                : data.getFileName().toString();
        name = name.replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_-]", "_");
        return root().resolve(LocalDateTime.now().format(STAMP) + "-" + name);
    }
}
