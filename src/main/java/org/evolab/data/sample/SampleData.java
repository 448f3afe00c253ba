package org.evolab.data.sample;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/** The catalogue of example data sets in {@code sample-data/}, and where to find that folder. */
public final class SampleData {
    /** Overrides the search for the sample folder (packaged installs may put it anywhere). */
    public static final String DIR_PROPERTY = "evolab.sampleDir";

    static final String DIR_NAME = "sample-data";

    private record Entry(String name, String fileName, String title, String target, String description) {}

    private static final List<Entry> CATALOGUE = List.of(
            new Entry(
                    "iris",
                    "iris.csv",
                    "Iris flowers (classification, 150 rows)",
                    "species",
                    "Four measurements of 150 iris flowers of three species (R. A. Fisher, 1936). Small and easy: "
                            + "a good network classifies about 95% of the test flowers correctly."),
            new Entry(
                    "spirals",
                    "spirals.csv",
                    "Two spirals (classification, 1000 rows)",
                    "arm",
                    "Points on two interleaved noisy spirals. No straight line separates the arms (about 50-60%), "
                            + "so the search has to find hidden layers that do (over 90%)."),
            new Entry(
                    "housing",
                    "housing.csv",
                    "Housing prices (regression, 1500 rows)",
                    "price_k",
                    "Synthetic homes: area, rooms, age, district, heating, garden and distance to the centre, "
                            + "with some values missing; predicts the price in thousands."));

    private SampleData() {}

    /** The catalogued data sets whose file exists in {@code sampleDir}, Iris first; empty if the folder is null or absent. */
    public static List<SampleDataset> list(Path sampleDir) {
        List<SampleDataset> found = new ArrayList<>();
        if (sampleDir == null) {
            return found;
        }
        for (Entry e : CATALOGUE) {
            Path file = sampleDir.resolve(e.fileName());
            if (Files.isRegularFile(file)) {
                found.add(new SampleDataset(e.name(), e.title(), file, e.target(), e.description()));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The {@code sample-data} folder: the one named by the system property {@value #DIR_PROPERTY},
     * else the one in the working directory, else the one beside the running jar or class folder
     * (or one level up, for a jar or classes in {@code target/}); null if there is none.
     */
    public static Path locateSampleDir() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            try {
                Path dir = Path.of(configured);
                if (Files.isDirectory(dir)) {
                    return dir.toAbsolutePath().normalize();
                }
            } catch (InvalidPathException ignored) {
                // fall through to the usual places
            }
        }
        return locateSampleDir(Path.of("").toAbsolutePath(), codeLocation());
    }

    static Path locateSampleDir(Path workingDir, Path codeLocation) {
        List<Path> candidates = new ArrayList<>();
        if (workingDir != null) {
            candidates.add(workingDir.resolve(DIR_NAME));
        }
        if (codeLocation != null) {
            // Beside a jar, or inside a class folder, and up to two levels above: target/evolab.jar
            // and target/classes both find the project's sample-data.
            Path base = Files.isDirectory(codeLocation) ? codeLocation : codeLocation.getParent();
            int levels = 0;
            for (Path p = base; p != null && levels < 3; p = p.getParent(), levels++) {
                candidates.add(p.resolve(DIR_NAME));
            }
        }
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    private static Path codeLocation() {
        try {
            CodeSource source = SampleData.class.getProtectionDomain().getCodeSource();
            URL url = source == null ? null : source.getLocation();
            return url == null ? null : Path.of(url.toURI());
        } catch (URISyntaxException
                | IllegalArgumentException
                | SecurityException
                | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
