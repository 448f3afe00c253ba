package org.evolab.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.evolab.export.BundleFormat;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Json;

/**
 * A finished (or stopped) run read back from disk for analysis: its run folder or its model
 * bundle, which both hold {@code leaderboard.csv} and {@code history.csv}; the test score comes
 * from {@code metrics.json} where the run got that far.
 *
 * @param name     the folder's or the bundle's file name
 * @param strategy how it searched, e.g. {@code genetic (tournament)} or {@code random}
 * @param test     the final model's test score, when the run completed
 */
public record AnalyzedRun(
        String name,
        Path source,
        String strategy,
        Leaderboard leaderboard,
        RunHistory history,
        Optional<TestScore> test) {

    /** Names of the files in a run folder (a bundle holds them under {@code evolab/}). */
    public static final String LEADERBOARD = "leaderboard.csv";

    public static final String HISTORY = "history.csv";
    public static final String CONFIG = "config.json";
    public static final String METRICS = "metrics.json";
    private static final long MAX_TEXT = 64L << 20;

    /** A test metric of the final model: accuracy for classification, R² for regression. */
    public record TestScore(String metric, double value) {
        static Optional<TestScore> of(JsonNode metrics) {
            JsonNode test = metrics == null ? null : metrics.path("test");
            if (test == null || test.isMissingNode()) {
                return Optional.empty();
            }
            for (String name : new String[] {"accuracy", "r2"}) {
                if (test.path(name).isNumber()) {
                    return Optional.of(new TestScore(name, test.path(name).asDouble()));
                }
            }
            return Optional.empty();
        }
    }

    /** Reads a run folder or a {@code .zip} bundle; bad or missing files are an {@link InvalidInputException}. */
    public static AnalyzedRun open(Path path) {
        if (Files.isDirectory(path)) {
            return fromFolder(path);
        }
        if (Files.isRegularFile(path)) {
            return fromBundle(path);
        }
        throw new InvalidInputException(path + ": no such run folder or bundle");
    }

    private static AnalyzedRun fromFolder(Path dir) {
        Path board = dir.resolve(LEADERBOARD);
        if (!Files.isRegularFile(board)) {
            throw new InvalidInputException(dir + ": not a run folder (no " + LEADERBOARD + ")");
        }
        JsonNode config = json(read(dir.resolve(CONFIG)), dir.resolve(CONFIG).toString());
        Path metrics = dir.resolve(METRICS);
        return new AnalyzedRun(
                name(dir),
                dir,
                strategy(config),
                Leaderboard.readCsv(read(board), board.toString()),
                historyOf(read(dir.resolve(HISTORY)), dir.resolve(HISTORY).toString()),
                Files.isRegularFile(metrics)
                        ? TestScore.of(json(read(metrics), metrics.toString()))
                        : Optional.empty());
    }

    private static AnalyzedRun fromBundle(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String board = entry(zip, BundleFormat.LEADERBOARD, file);
            if (board == null) {
                throw new InvalidInputException(file + ": not an Evolab bundle (no " + BundleFormat.LEADERBOARD + ")");
            }
            JsonNode run = json(entry(zip, BundleFormat.RUN, file), file + "!" + BundleFormat.RUN);
            return new AnalyzedRun(
                    name(file),
                    file,
                    strategy(run == null ? null : run.path("config")),
                    Leaderboard.readCsv(board, file + "!" + BundleFormat.LEADERBOARD),
                    historyOf(entry(zip, BundleFormat.HISTORY, file), file + "!" + BundleFormat.HISTORY),
                    TestScore.of(json(entry(zip, BundleFormat.METRICS, file), file + "!" + BundleFormat.METRICS)));
        } catch (IOException e) {
            throw new InvalidInputException(
                    file + ": not a run folder or a readable .zip bundle (" + e.getMessage() + ")");
        }
    }

    private static String entry(ZipFile zip, String name, Path file) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(e)) {
            byte[] bytes = in.readNBytes((int) MAX_TEXT + 1);
            if (bytes.length > MAX_TEXT) {
                throw new InvalidInputException(file + ": " + name + " is larger than 64 MB");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static RunHistory historyOf(String csv, String source) {
        return csv == null ? new RunHistory(java.util.List.of()) : RunHistory.readCsv(csv, source);
    }

    private static JsonNode json(String text, String source) {
        return text == null ? null : Json.read(text, JsonNode.class, source);
    }

    private static String strategy(JsonNode config) {
        JsonNode ga = config == null ? null : config.path("ga");
        if (ga == null || ga.isMissingNode()) {
            return "unknown";
        }
        String strategy = ga.path("strategy").asText("genetic");
        return strategy.equals("random")
                ? strategy
                : strategy + " (" + ga.path("selection").asText("tournament") + ")";
    }

    private static String name(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
