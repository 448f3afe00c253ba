package org.evolab.run;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.evolab.data.prep.PreprocessOptions;
import org.evolab.data.prep.SplitRatios;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.ColumnRole;
import org.evolab.data.schema.SchemaOptions;
import org.evolab.data.schema.TaskType;
import org.evolab.evolution.GaSettings;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.SearchSpace;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Json;
import org.evolab.util.Records;
import org.evolab.util.Setting;

/**
 * Everything needed to reproduce a run. The same JSON is read by the CLI's {@code --config} and
 * written by the GUI's "Save settings"; a file may hold only some keys, the rest keep their defaults.
 *
 * @param data        the CSV file
 * @param target      the column to predict (null: the last column)
 * @param taskType    null: inferred from the target
 * @param columnKinds per-column kind overrides
 * @param columnRoles per-column role overrides (feature, target, ignore)
 * @param workers     training threads; 0 means one per core
 * @param spark       where the trainings run: null for this computer, else a Spark master URL
 *                    ({@code local[N]}, {@code spark://host:port}, ...) for {@code org.evolab.spark}
 */
public record RunConfig(
        String data,
        String target,
        TaskType taskType,
        Map<String, ColumnKind> columnKinds,
        Map<String, ColumnRole> columnRoles,
        SplitRatios split,
        PreprocessOptions preprocessing,
        SearchSpace searchSpace,
        GaSettings ga,
        StopSettings stop,
        TrainingSettings training,
        long seed,
        int workers,
        String spark) {

    public static final long DEFAULT_SEED = 42;

    public RunConfig {
        columnKinds = columnKinds == null ? Map.of() : Map.copyOf(new TreeMap<>(columnKinds));
        columnRoles = columnRoles == null ? Map.of() : Map.copyOf(new TreeMap<>(columnRoles));
        spark = spark == null || spark.isBlank() ? null : spark.trim();
    }

    public static RunConfig defaults() {
        return new RunConfig(
                null,
                null,
                null,
                Map.of(),
                Map.of(),
                SplitRatios.defaults(),
                PreprocessOptions.defaults(),
                SearchSpace.defaults(),
                GaSettings.defaults(),
                StopSettings.none(),
                TrainingSettings.defaults(),
                DEFAULT_SEED,
                0,
                null);
    }

    /** Checks every setting; throws {@link InvalidInputException} naming the first one at fault. */
    public RunConfig validate() {
        if (data == null || data.isBlank()) {
            throw InvalidInputException.of(Setting.DATA, "no CSV file given");
        }
        split.validate();
        searchSpace.validate();
        ga.validate();
        stop.validate();
        training.validate();
        if (workers < 0) {
            throw InvalidInputException.of(Setting.WORKERS, "must be 0 (one per core) or more, got " + workers);
        }
        return this;
    }

    public int effectiveWorkers() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }

    public SchemaOptions schemaOptions() {
        SchemaOptions options = SchemaOptions.defaults().withTarget(target).withTaskType(taskType);
        for (Map.Entry<String, ColumnKind> e : columnKinds.entrySet()) {
            options = options.withKind(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, ColumnRole> e : columnRoles.entrySet()) {
            options = options.withRole(e.getKey(), e.getValue());
        }
        return options;
    }

    public RunConfig withData(String path) {
        return Records.with(this, "data", path);
    }

    public RunConfig withTarget(String column) {
        return Records.with(this, "target", column);
    }

    public RunConfig withTaskType(TaskType type) {
        return Records.with(this, "taskType", type);
    }

    public RunConfig withSearchSpace(SearchSpace space) {
        return Records.with(this, "searchSpace", space);
    }

    public RunConfig withGa(GaSettings settings) {
        return Records.with(this, "ga", settings);
    }

    public RunConfig withStop(StopSettings settings) {
        return Records.with(this, "stop", settings);
    }

    public RunConfig withTraining(TrainingSettings settings) {
        return Records.with(this, "training", settings);
    }

    public RunConfig withSplit(SplitRatios ratios) {
        return Records.with(this, "split", ratios);
    }

    public RunConfig withColumnKinds(Map<String, ColumnKind> kinds) {
        return Records.with(this, "columnKinds", kinds);
    }

    public RunConfig withColumnRoles(Map<String, ColumnRole> roles) {
        return Records.with(this, "columnRoles", roles);
    }

    public RunConfig withSeed(long value) {
        return Records.with(this, "seed", value);
    }

    public RunConfig withWorkers(int value) {
        return Records.with(this, "workers", value);
    }

    /** Trainings on the Spark master {@code url}; null or blank: on this computer. */
    public RunConfig withSpark(String url) {
        return Records.with(this, "spark", url);
    }

    public String toJson() {
        return Json.write(this);
    }

    /**
     * Reads a config; keys it does not name keep their defaults, unknown keys are an error (a typo
     * must not be silently ignored). {@code source} names the file in messages.
     */
    public static RunConfig fromJson(String json, String source) {
        JsonNode given;
        try {
            given = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new InvalidInputException(source + ": not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
        if (given == null || !given.isObject()) {
            throw new InvalidInputException(source + ": expected a JSON object of run settings");
        }
        ObjectNode merged = Json.mapper().valueToTree(defaults());
        merge(merged, (ObjectNode) given);
        try {
            return Json.mapper().treeToValue(merged, RunConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(source + ": unknown setting '" + path(e) + "'");
        } catch (JsonMappingException e) {
            String why = e.getCause() instanceof InvalidInputException bad
                    ? bad.getMessage()
                    : firstLine(e.getOriginalMessage());
            throw new InvalidInputException(source + ": setting '" + path(e) + "': " + why);
        } catch (IOException e) {
            throw new InvalidInputException(source + ": " + firstLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source + ": " + e.getMessage());
        }
    }

    public static RunConfig read(Path file) {
        try {
            return fromJson(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": file not found");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static void merge(ObjectNode base, ObjectNode over) {
        Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode existing = base.get(f.getKey());
            if (existing instanceof ObjectNode eo
                    && f.getValue() instanceof ObjectNode fo
                    && !f.getKey().equals("columnKinds")
                    && !f.getKey().equals("columnRoles")) {
                merge(eo, fo);
            } else {
                base.set(f.getKey(), f.getValue());
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
