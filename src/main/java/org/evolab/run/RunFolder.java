package org.evolab.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.ParentWeights;
import org.evolab.util.AtomicFiles;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's folder on disk: {@code config.json}, {@code checkpoint.json} after every generation,
 * {@code history.csv} and {@code leaderboard.csv} for people, and {@code fitness-cache.jsonl},
 * one scored genome per line, appended after each generation, so that a run resumed or run again
 * does not train those genomes again. Every file but the append-only cache is
 * written atomically; a torn last cache line is ignored on reading. The first write claims the
 * folder for this process ({@link RunFolderLock}) until {@link #close()}, so a second run on the same
 * folder is refused instead of writing over this one's checkpoints.
 */
public final class RunFolder {
    private static final Logger LOG = LoggerFactory.getLogger(RunFolder.class);
    public static final String CONFIG = "config.json";
    public static final String CHECKPOINT = "checkpoint.json";
    public static final String CACHE = "fitness-cache.jsonl";
    public static final String HISTORY = "history.csv";
    public static final String LEADERBOARD = "leaderboard.csv";
    /** The final model's test metrics, once the run completed (as the bundle's {@code metrics.json}). */
    public static final String METRICS = "metrics.json";
    /** Weight inheritance's kept parents after generation N ({@link ParentWeights#writeTo}), beside its checkpoint. */
    static final String PARENTS = "parents-g%d.bin";

    private static final ObjectMapper LINES = Json.mapper()
            .copy()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Path dir;
    private BufferedWriter cacheOut;
    private RunFolderLock lock;

    public RunFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public static boolean hasCheckpoint(Path dir) {
        return Files.isRegularFile(dir.resolve(CHECKPOINT)) && Files.isRegularFile(dir.resolve(CONFIG));
    }

    /**
     * Checks, without writing anything, that a run can be resumed from {@code dir}: the folder is
     * not in use by another run, and its config and checkpoint are there and readable. Throws an
     * {@link InvalidInputException} naming the folder or file at fault.
     */
    public static void checkResumable(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + ": no such run folder");
        }
        boolean config = Files.isRegularFile(dir.resolve(CONFIG));
        boolean checkpoint = Files.isRegularFile(dir.resolve(CHECKPOINT));
        if (!config && !checkpoint) {
            throw new InvalidInputException(
                    dir + ": no checkpoint to resume from (not a run folder: it has no " + CONFIG + ")");
        }
        if (!checkpoint) {
            throw new InvalidInputException(dir + ": no checkpoint to resume from (the run stopped before its first "
                    + "generation ended; start it again)");
        }
        if (!config) {
            throw new InvalidInputException(dir.resolve(CONFIG) + ": is missing, so the run cannot be resumed "
                    + "(the folder is left as it is)");
        }
        RunFolderLock.refuseIfInUse(dir);
        RunFolder folder = new RunFolder(dir);
        folder.readConfig();
        folder.readCheckpoint();
    }

    public void writeConfig(RunConfig config) {
        write(CONFIG, config.toJson());
    }

    public RunConfig readConfig() {
        if (!Files.isRegularFile(dir.resolve(CONFIG))) {
            throw new InvalidInputException(dir + ": not a run folder (no " + CONFIG + ")");
        }
        try {
            return RunConfig.read(dir.resolve(CONFIG));
        } catch (InvalidInputException e) {
            if (e.getMessage().contains("not valid JSON") || e.getMessage().contains("expected a JSON object")) {
                throw damaged(dir.resolve(CONFIG), e.getMessage().replaceFirst("^.*?\\((.*)\\)$", "$1"));
            }
            throw e;
        }
    }

    /**
     * Saves weight inheritance's parents after {@code generation}, before its checkpoint: the file
     * of the generation before stays until that checkpoint is written ({@link #dropParentsBefore}),
     * so that a run killed in between resumes from the weights its checkpoint belongs to.
     */
    public void writeParents(int generation, ParentWeights parents) {
        claim();
        Path file = dir.resolve(String.format(PARENTS, generation));
        try {
            AtomicFiles.write(file, parents::writeTo);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Deletes the parents saved after generations before {@code generation}. */
    public void dropParentsBefore(int generation) {
        for (int g = generation - 1; g >= 0 && Files.exists(dir.resolve(String.format(PARENTS, g))); g--) {
            try {
                Files.deleteIfExists(dir.resolve(String.format(PARENTS, g)));
            } catch (IOException e) {
                LOG.warn("cannot delete {}", String.format(PARENTS, g), e);
            }
        }
    }

    /** The parents saved after {@code generation}, for a resumed run with weight inheritance. */
    public ParentWeights readParents(int generation) {
        Path file = dir.resolve(String.format(PARENTS, generation));
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(dir + ": cannot resume with weight inheritance: " + file.getFileName()
                    + " (the weights the next generation inherits) is missing");
        }
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            return ParentWeights.readFrom(in);
        } catch (IOException e) {
            throw damaged(file, e.getMessage());
        }
    }

    public void writeCheckpoint(Checkpoint checkpoint) {
        write(CHECKPOINT, Json.write(checkpoint));
        write(HISTORY, RunReports.historyCsv(checkpoint.history()));
        List<Evaluation> board = new ArrayList<>(checkpoint.scored());
        board.sort(RunStatistics.BEST_FIRST);
        write(LEADERBOARD, RunReports.leaderboardCsv(board));
    }

    public void writeMetrics(RunResult completed) {
        write(METRICS, Json.write(BundleExport.metricsRecord(completed)));
    }

    public Checkpoint readCheckpoint() {
        Path file = dir.resolve(CHECKPOINT);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(dir + ": no checkpoint to resume from (" + CHECKPOINT + " is missing)");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw damaged(file, "not text");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        Checkpoint c;
        try {
            c = Json.mapper().readValue(text, Checkpoint.class);
        } catch (JsonProcessingException e) {
            throw damaged(
                    file,
                    text.isBlank()
                            ? "it is empty"
                            : e.getLocation() == null
                                    ? e.getOriginalMessage()
                                    : e.getOriginalMessage() + " at line "
                                            + e.getLocation().getLineNr());
        }
        if (c == null || c.format() != Checkpoint.FORMAT) {
            throw damaged(
                    file,
                    c == null ? "it holds no checkpoint" : "checkpoint format " + c.format() + " is not supported");
        }
        return c;
    }

    private static InvalidInputException damaged(Path file, String why) {
        String first = why == null
                ? "unreadable"
                : why.lines()
                        .findFirst()
                        .orElse("unreadable")
                        .replaceAll(" \\((start marker at )?\\[Source.*?\\]\\)", "");
        return new InvalidInputException(file + ": cut short or corrupted (" + first + "); the run cannot be resumed "
                + "from it (the folder is left as it is)");
    }

    /**
     * Scores saved with the same context before generation {@code beforeGeneration}; lines of
     * another context or of later generations (a generation interrupted while being saved) are skipped.
     */
    public Map<String, FitnessResult> readCache(String contextHash, int beforeGeneration) {
        Map<String, FitnessResult> known = new TreeMap<>();
        Path file = dir.resolve(CACHE);
        if (!Files.isRegularFile(file)) {
            return known;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    CacheLine entry = LINES.readValue(line, CacheLine.class);
                    if (contextHash.equals(entry.context()) && entry.generation() < beforeGeneration) {
                        known.put(entry.result().genomeId(), entry.result());
                    }
                } catch (IOException torn) {
                    LOG.debug("skipping an unreadable cache line (a run killed while writing it)");
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot read the fitness cache {}: {}", file, e.getMessage());
        }
        return known;
    }

    /** Appends one scored genome to the cache file and flushes it. */
    public synchronized void appendCache(String contextHash, int generation, FitnessResult result) {
        try {
            if (cacheOut == null) {
                claim();
                cacheOut = Files.newBufferedWriter(
                        dir.resolve(CACHE),
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            cacheOut.write(LINES.writeValueAsString(new CacheLine(contextHash, generation, result)));
            cacheOut.write('\n');
            cacheOut.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fitness cache in " + dir, e);
        }
    }

    /** Lets go of the folder: closes the cache and releases this process's claim. */
    public synchronized void close() {
        if (cacheOut != null) {
            try {
                cacheOut.close();
            } catch (IOException ignored) {
                // the lines written so far were flushed one by one
            }
            cacheOut = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    /** Claims the folder on the first write: refused (InvalidInputException) when another run holds it. */
    private synchronized void claim() {
        if (lock == null) {
            lock = RunFolderLock.acquire(dir);
        }
    }

    private void write(String name, String text) {
        claim();
        try {
            AtomicFiles.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " in " + dir, e);
        }
    }

    /**
     * What a genome's score depends on besides the genome: the data's bytes, how they are read,
     * split and encoded, how networks are trained, and the seed. Scores are reusable only within
     * one context; GA and stop settings do not enter it.
     */
    public static String contextHash(RunConfig config) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path data = Path.of(config.data());
            if (Files.isRegularFile(data)) {
                try (var in = Files.newInputStream(data)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int r; (r = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, r);
                    }
                }
            }
            ObjectWriter w = Json.mapper().writer();
            Map<String, Object> settings = new TreeMap<>();
            settings.put("target", config.target());
            settings.put("taskType", config.taskType());
            settings.put("columnKinds", config.columnKinds());
            settings.put("columnRoles", config.columnRoles());
            settings.put("split", config.split());
            settings.put("preprocessing", config.preprocessing());
            // Less the rows of the exported model: they change no fitness, and a folder written
            // before the setting existed must still resume.
            com.fasterxml.jackson.databind.node.ObjectNode training =
                    Json.mapper().valueToTree(config.training());
            training.remove("refit");
            settings.put("training", training);
            settings.put("seed", config.seed());
            sha.update(w.writeValueAsBytes(settings));
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line of the cache file. */
    record CacheLine(String context, int generation, FitnessResult result) {}
}
