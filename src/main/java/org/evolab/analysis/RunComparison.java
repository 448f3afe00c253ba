package org.evolab.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.evolab.util.InvalidInputException;

/**
 * Runs side by side: each run's best-so-far against evaluations and against wall time (from its
 * {@code history.csv}), with its final test score; GA against random search at the same budget is
 * the first use. Runs are run folders or bundles; one that cannot be read is reported by name and
 * left out, so the others still compare.
 *
 * @param problems one line per run that could not be read, naming it
 */
public record RunComparison(List<AnalyzedRun> runs, List<String> problems) {
    public RunComparison {
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
    }

    /** Reads {@code sources} (run folders or {@code .zip} bundles), in that order. */
    public static RunComparison open(List<Path> sources) {
        List<AnalyzedRun> runs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path source : sources) {
            try {
                AnalyzedRun run = AnalyzedRun.open(source);
                if (run.history().points().isEmpty()) {
                    problems.add(source + ": no generation finished (empty " + AnalyzedRun.HISTORY + ")");
                } else {
                    runs.add(run);
                }
            } catch (InvalidInputException e) {
                problems.add(e.getMessage());
            }
        }
        return new RunComparison(runs, problems);
    }

    /** The run folders directly under {@code root} (those with a leaderboard), newest first; none when it does not exist. */
    public static List<Path> runFolders(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(d -> Files.isRegularFile(d.resolve(AnalyzedRun.LEADERBOARD)))
                    .sorted(Comparator.comparing(RunComparison::modified)
                            .reversed()
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
        } catch (IOException e) {
            throw new InvalidInputException(root + ": cannot list the run folders (" + e.getMessage() + ")");
        }
    }

    private static FileTime modified(Path dir) {
        try {
            return Files.getLastModifiedTime(
                    dir.resolve(AnalyzedRun.HISTORY).toFile().exists() ? dir.resolve(AnalyzedRun.HISTORY) : dir);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
