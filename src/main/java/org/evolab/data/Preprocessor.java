package org.evolab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Json;

/**
 * Turns raw rows into the numbers a network reads, and the network's outputs back into targets.
 * Fitted on the training rows only (so validation and test scores are honest), saved as JSON in
 * the model bundle, and applied the same way to any later CSV: columns are found by name, not
 * position.
 *
 * <p>Numeric features: missing values become the training median (optionally flagged in a
 * {@code <name>_missing} input), then are standardized with the training mean and standard
 * deviation. Categorical features: one-hot over the training levels (most frequent first, up to
 * a cap), plus {@code <missing>} and {@code <other>} (levels folded away by the cap, or never
 * seen in training), which are always present so that any later value has a place.
 */
public final class Preprocessor {
    static final int FORMAT_VERSION = 1;
    static final String MISSING_LEVEL = "<missing>";
    static final String OTHER_LEVEL = "<other>";
    static final String MISSING_SUFFIX = "_missing";
    private static final String SOURCE = "preprocessing.json";

    /** One input column as saved: numbers for a numeric column, levels for a categorical one. */
    private record InputState(String name, ColumnKind kind, Double median, Double mean, Double std,
                              Boolean missingIndicator, List<String> levels) {
    }

    /** The saved form (preprocessing.json). */
    private record State(int formatVersion, TaskType taskType, String target, List<InputState> inputs,
                         List<String> featureNames, List<String> classLabels, Boolean numericLabels,
                         Double targetMean, Double targetStd) {
    }

    private final State state;
    private final List<String> inputColumns;
    private final List<String> featureNames;
    private final List<Map<String, Integer>> levelIndex; // per input; null for numeric inputs
    private final Map<String, Integer> labelIndex;

    private Preprocessor(State state) {
        this.state = state;
        this.inputColumns = state.inputs().stream().map(InputState::name).toList();
        this.featureNames = List.copyOf(deriveFeatureNames(state.inputs()));
        List<Map<String, Integer>> levels = new ArrayList<>();
        for (InputState input : state.inputs()) {
            if (input.kind() == ColumnKind.CATEGORICAL) {
                Map<String, Integer> index = new HashMap<>();
                for (String level : input.levels()) {
                    index.put(level, index.size());
                }
                levels.add(index);
            } else {
                levels.add(null);
            }
        }
        this.levelIndex = Collections.unmodifiableList(levels);
        Map<String, Integer> labels = new HashMap<>();
        if (state.classLabels() != null) {
            for (String label : state.classLabels()) {
                labels.put(label, labels.size());
            }
        }
        this.labelIndex = Map.copyOf(labels);
    }

    public static Preprocessor fit(DataTable table, DatasetSchema schema, int[] trainRows, PreprocessOptions options) {
        Objects.requireNonNull(options, "options");
        if (trainRows.length == 0) {
            throw new IllegalArgumentException("no training rows to fit on");
        }
        List<InputState> inputs = new ArrayList<>();
        for (ColumnInfo feature : schema.features()) {
            int column = requireColumn(table, feature.name(), schema.features().stream().map(ColumnInfo::name).toList());
            inputs.add(switch (feature.kind()) {
                case NUMERIC -> fitNumeric(table, column, trainRows, options);
                case CATEGORICAL -> fitCategorical(table, column, trainRows, options);
                default -> throw new IllegalArgumentException("feature '" + feature.name() + "' has kind " + feature.kind()
                        + ", which cannot be encoded");
            });
        }
        State state;
        List<String> featureNames = deriveFeatureNames(inputs);
        if (schema.taskType() == TaskType.CLASSIFICATION) {
            state = new State(FORMAT_VERSION, TaskType.CLASSIFICATION, schema.target(), inputs, featureNames,
                    schema.classLabels(), schema.numericLabels(), null, null);
        } else {
            int column = requireColumn(table, schema.target(), List.of(schema.target()));
            double[] y = new double[trainRows.length];
            for (int i = 0; i < trainRows.length; i++) {
                y[i] = targetValue(table, column, trainRows[i], schema.target());
            }
            double mean = mean(y);
            state = new State(FORMAT_VERSION, TaskType.REGRESSION, schema.target(), inputs, featureNames,
                    null, null, mean, scale(y, mean));
        }
        return new Preprocessor(state);
    }

    private static InputState fitNumeric(DataTable table, int column, int[] trainRows, PreprocessOptions options) {
        double[] values = new double[trainRows.length];
        int present = 0;
        double[] observed = new double[trainRows.length];
        for (int i = 0; i < trainRows.length; i++) {
            values[i] = numberAt(table, column, trainRows[i]);
            if (!Double.isNaN(values[i])) {
                observed[present++] = values[i];
            }
        }
        double median = present == 0 ? 0.0 : median(Arrays.copyOf(observed, present));
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                values[i] = median;
            }
        }
        double mean = mean(values);
        boolean indicator = options.missingIndicators() && present < trainRows.length;
        return new InputState(table.columnNames().get(column), ColumnKind.NUMERIC, median, mean, scale(values, mean),
                indicator, null);
    }

    private static InputState fitCategorical(DataTable table, int column, int[] trainRows, PreprocessOptions options) {
        Map<String, Integer> counts = new HashMap<>();
        for (int row : trainRows) {
            String cell = table.cell(row, column);
            if (cell != null) {
                counts.merge(cell, 1, Integer::sum);
            }
        }
        List<String> levels = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(options.maxCategoryLevels())
                .map(Map.Entry::getKey)
                .toList();
        return new InputState(table.columnNames().get(column), ColumnKind.CATEGORICAL, null, null, null, null, levels);
    }

    private static List<String> deriveFeatureNames(List<InputState> inputs) {
        List<String> names = new ArrayList<>();
        for (InputState input : inputs) {
            if (input.kind() == ColumnKind.NUMERIC) {
                names.add(input.name());
                if (Boolean.TRUE.equals(input.missingIndicator())) {
                    names.add(input.name() + MISSING_SUFFIX);
                }
            } else {
                for (String level : input.levels()) {
                    names.add(input.name() + "=" + level);
                }
                names.add(input.name() + "=" + MISSING_LEVEL);
                names.add(input.name() + "=" + OTHER_LEVEL);
            }
        }
        return names;
    }

    /** The raw feature columns the model needs, in the order they are encoded. */
    public List<String> inputColumns() {
        return inputColumns;
    }

    /** Names of the encoded features, in matrix column order ("age", "age_missing", "color=red", "color=<other>"). */
    public List<String> featureNames() {
        return featureNames;
    }

    public int featureCount() {
        return featureNames.size();
    }

    public TaskType taskType() {
        return state.taskType();
    }

    public String target() {
        return state.target();
    }

    /** Classification: the labels, sorted; output {@code i} of the network is {@code classLabels().get(i)}. Empty for regression. */
    public List<String> classLabels() {
        return state.classLabels() == null ? List.of() : state.classLabels();
    }

    /** Network outputs: one per class for classification, 1 for regression. */
    public int outputCount() {
        return state.taskType() == TaskType.CLASSIFICATION ? state.classLabels().size() : 1;
    }

    /** The encoded features of every row of the table. */
    public double[][] features(DataTable table) {
        int[] all = new int[table.rowCount()];
        Arrays.setAll(all, i -> i);
        return features(table, all);
    }

    /** The encoded features of the given rows; columns are found by name, extra columns are ignored. */
    public double[][] features(DataTable table, int[] rows) {
        int[] columns = new int[inputColumns.size()];
        for (int k = 0; k < columns.length; k++) {
            columns[k] = requireColumn(table, inputColumns.get(k), inputColumns);
        }
        int width = featureCount();
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double[] x = new double[width];
            int j = 0;
            for (int k = 0; k < columns.length; k++) {
                InputState input = state.inputs().get(k);
                if (input.kind() == ColumnKind.NUMERIC) {
                    double v = numberAt(table, columns[k], rows[i]);
                    boolean missing = Double.isNaN(v);
                    x[j++] = ((missing ? input.median() : v) - input.mean()) / input.std();
                    if (Boolean.TRUE.equals(input.missingIndicator())) {
                        x[j++] = missing ? 1.0 : 0.0;
                    }
                } else {
                    String cell = table.cell(rows[i], columns[k]);
                    int levels = input.levels().size();
                    int hot = cell == null ? levels : levelIndex.get(k).getOrDefault(cell, levels + 1);
                    x[j + hot] = 1.0;
                    j += levels + 2;
                }
            }
            out[i] = x;
        }
        return out;
    }

    /** What the network is trained to output: one-hot rows for classification, the standardized target for regression. */
    public double[][] targets(DataTable table, int[] rows) {
        if (state.taskType() == TaskType.CLASSIFICATION) {
            int[] classes = classIndices(table, rows);
            double[][] y = new double[rows.length][outputCount()];
            for (int i = 0; i < rows.length; i++) {
                y[i][classes[i]] = 1.0;
            }
            return y;
        }
        double[] raw = rawTargets(table, rows);
        double[][] y = new double[rows.length][1];
        for (int i = 0; i < rows.length; i++) {
            y[i][0] = (raw[i] - state.targetMean()) / state.targetStd();
        }
        return y;
    }

    /** Classification: the index into {@link #classLabels()} of each row's target. */
    public int[] classIndices(DataTable table, int[] rows) {
        requireTask(TaskType.CLASSIFICATION);
        int column = requireColumn(table, state.target(), List.of(state.target()));
        boolean numeric = Boolean.TRUE.equals(state.numericLabels());
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String cell = table.cell(rows[i], column);
            if (cell == null) {
                throw new InvalidInputException(table.name() + ": line " + table.sourceLine(rows[i]) + " has no value for the target "
                        + Cells.quote(state.target()));
            }
            Integer k = numeric && !Cells.isNumeric(cell) ? null : labelIndex.get(Cells.label(cell, numeric));
            if (k == null) {
                throw new InvalidInputException(table.name() + ": line " + table.sourceLine(rows[i]) + ": the target "
                        + Cells.quote(state.target()) + " is " + Cells.quote(cell) + ", which is not one of the model's classes ("
                        + String.join(", ", state.classLabels()) + ")");
            }
            out[i] = k;
        }
        return out;
    }

    /** Regression: each row's target in its original units. */
    public double[] rawTargets(DataTable table, int[] rows) {
        requireTask(TaskType.REGRESSION);
        int column = requireColumn(table, state.target(), List.of(state.target()));
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = targetValue(table, column, rows[i], state.target());
        }
        return out;
    }

    /** A regression output of the network, back in the target's units. */
    public double decodeRegression(double standardized) {
        requireTask(TaskType.REGRESSION);
        return standardized * state.targetStd() + state.targetMean();
    }

    public String toJson() {
        return Json.write(state);
    }

    /** Reads what {@link #toJson} wrote, refusing anything that could not have come from it. */
    public static Preprocessor fromJson(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidInputException(SOURCE + ": is empty");
        }
        State state = Json.read(json, State.class, SOURCE);
        if (state == null) {
            throw new InvalidInputException(SOURCE + ": is empty");
        }
        validate(state);
        return new Preprocessor(state);
    }

    private static void validate(State s) {
        if (s.formatVersion() != FORMAT_VERSION) {
            throw invalid("format version " + s.formatVersion() + " is not supported (this Evolab reads version " + FORMAT_VERSION + ")");
        }
        if (s.taskType() == null) {
            throw invalid("taskType is missing");
        }
        if (s.target() == null || s.target().isBlank()) {
            throw invalid("target is missing");
        }
        if (s.inputs() == null || s.inputs().isEmpty()) {
            throw invalid("inputs are missing");
        }
        Set<String> names = new HashSet<>();
        for (InputState input : s.inputs()) {
            if (input == null || input.name() == null || input.name().isBlank()) {
                throw invalid("an input has no name");
            }
            String what = "input " + Cells.quote(input.name());
            if (!names.add(input.name()) || input.name().equals(s.target())) {
                throw invalid(what + " appears twice");
            }
            if (input.kind() == ColumnKind.NUMERIC) {
                requireFinite(input.median(), what + ": median");
                requireFinite(input.mean(), what + ": mean");
                requireFinite(input.std(), what + ": std");
                if (!(input.std() > 0)) {
                    throw invalid(what + ": std must be above 0");
                }
                if (input.levels() != null) {
                    throw invalid(what + " is numeric but has levels");
                }
            } else if (input.kind() == ColumnKind.CATEGORICAL) {
                if (input.levels() == null || input.levels().contains(null) || new HashSet<>(input.levels()).size() != input.levels().size()) {
                    throw invalid(what + ": levels must be a list of distinct texts");
                }
                if (input.median() != null || input.mean() != null || input.std() != null || input.missingIndicator() != null) {
                    throw invalid(what + " is categorical but has numeric statistics");
                }
            } else {
                throw invalid(what + ": kind must be NUMERIC or CATEGORICAL");
            }
        }
        if (s.taskType() == TaskType.CLASSIFICATION) {
            List<String> labels = s.classLabels();
            if (labels == null || labels.size() < 2 || labels.contains(null) || new HashSet<>(labels).size() != labels.size()) {
                throw invalid("classLabels must list at least 2 distinct classes");
            }
            if (Boolean.TRUE.equals(s.numericLabels())) {
                for (String label : labels) {
                    if (!Cells.isNumeric(label) || Double.isNaN(Cells.number(label)) || !Cells.label(label, true).equals(label)) {
                        throw invalid("class label " + Cells.quote(label) + " is not a number in canonical form");
                    }
                }
            }
            if (s.targetMean() != null || s.targetStd() != null) {
                throw invalid("a classification model has no target mean or std");
            }
        } else {
            requireFinite(s.targetMean(), "targetMean");
            requireFinite(s.targetStd(), "targetStd");
            if (!(s.targetStd() > 0)) {
                throw invalid("targetStd must be above 0");
            }
            if (s.classLabels() != null || s.numericLabels() != null) {
                throw invalid("a regression model has no class labels");
            }
        }
        if (s.featureNames() != null && !s.featureNames().equals(deriveFeatureNames(s.inputs()))) {
            throw invalid("featureNames do not match the inputs");
        }
    }

    private static void requireFinite(Double value, String what) {
        if (value == null || !Double.isFinite(value)) {
            throw invalid(what + " must be a finite number");
        }
    }

    private static InvalidInputException invalid(String problem) {
        return new InvalidInputException(SOURCE + ": " + problem);
    }

    private void requireTask(TaskType task) {
        if (state.taskType() != task) {
            throw new IllegalStateException("only for " + task + " models; this one is " + state.taskType());
        }
    }

    /** The table column of input {@code k}; a missing one is an error naming the columns the model needs. */
    int columnOf(DataTable table, int k) {
        return requireColumn(table, inputColumns.get(k), inputColumns);
    }

    boolean isNumericInput(int k) {
        return state.inputs().get(k).kind() == ColumnKind.NUMERIC;
    }

    /** Whether training kept {@code level} of categorical input {@code k} as a level of its own. */
    boolean knowsLevel(int k, String level) {
        return levelIndex.get(k).containsKey(level);
    }

    private static int requireColumn(DataTable table, String name, List<String> needed) {
        int column = table.columnIndex(name);
        if (column < 0) {
            throw new InvalidInputException(table.name() + ": the column " + Cells.quote(name) + " is missing (the model needs: "
                    + String.join(", ", needed) + ")");
        }
        return column;
    }

    /** The number in a cell, NaN when missing; text is an error naming the column and line. */
    private static double numberAt(DataTable table, int column, int row) {
        String cell = table.cell(row, column);
        if (!Cells.isNumeric(cell)) {
            throw DatasetSchema.notANumber(table, column, row);
        }
        return Cells.number(cell);
    }

    private static double targetValue(DataTable table, int column, int row, String target) {
        double v = numberAt(table, column, row);
        if (Double.isNaN(v)) {
            throw new InvalidInputException(table.name() + ": line " + table.sourceLine(row) + " has no value for the target "
                    + Cells.quote(target));
        }
        return v;
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Population standard deviation, or 1 when the values do not vary (so division leaves them at 0). */
    private static double scale(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(sum / values.length);
        return std > 0 && Double.isFinite(std) ? std : 1.0;
    }

    /** Two preprocessors are equal when they transform every table the same way. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Preprocessor p && state.equals(p.state);
    }

    @Override
    public int hashCode() {
        return state.hashCode();
    }

    @Override
    public String toString() {
        return "Preprocessor[" + state.taskType() + " of " + Cells.quote(state.target()) + ", " + inputColumns.size()
                + " input columns -> " + featureCount() + " features]";
    }
}
