package org.evolab.data.prep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evolab.data.csv.Cells;
import org.evolab.data.csv.DataTable;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.TaskType;
import org.evolab.util.InvalidInputException;

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

    private final PreprocessorState state;
    private final List<String> inputColumns;
    private final List<String> featureNames;
    private final List<Map<String, Integer>> levelIndex; // per input; null for numeric inputs
    private final Map<String, Integer> labelIndex;

    private Preprocessor(PreprocessorState state) {
        this.state = state;
        this.inputColumns =
                state.inputs().stream().map(PreprocessorState.Input::name).toList();
        this.featureNames = List.copyOf(deriveFeatureNames(state.inputs()));
        List<Map<String, Integer>> levels = new ArrayList<>();
        for (PreprocessorState.Input input : state.inputs()) {
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
        return new Preprocessor(PreprocessorFit.fit(table, schema, trainRows, options));
    }

    static List<String> deriveFeatureNames(List<PreprocessorState.Input> inputs) {
        List<String> names = new ArrayList<>();
        for (PreprocessorState.Input input : inputs) {
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
                PreprocessorState.Input input = state.inputs().get(k);
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
                throw new InvalidInputException(table.name() + ": line " + table.sourceLine(rows[i])
                        + " has no value for the target " + Cells.quote(state.target()));
            }
            Integer k = numeric && !Cells.isNumeric(cell) ? null : labelIndex.get(Cells.label(cell, numeric));
            if (k == null) {
                throw new InvalidInputException(table.name() + ": line " + table.sourceLine(rows[i]) + ": the target "
                        + Cells.quote(state.target()) + " is " + Cells.quote(cell)
                        + ", which is not one of the model's classes ("
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
        return PreprocessorJson.write(state);
    }

    /** Reads what {@link #toJson} wrote, refusing anything that could not have come from it. */
    public static Preprocessor fromJson(String json) {
        return new Preprocessor(PreprocessorJson.read(json));
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

    static int requireColumn(DataTable table, String name, List<String> needed) {
        int column = table.columnIndex(name);
        if (column < 0) {
            throw new InvalidInputException(table.name() + ": the column " + Cells.quote(name)
                    + " is missing (the model needs: " + String.join(", ", needed) + ")");
        }
        return column;
    }

    /** The number in a cell, NaN when missing; text is an error naming the column and line. */
    static double numberAt(DataTable table, int column, int row) {
        String cell = table.cell(row, column);
        if (!Cells.isNumeric(cell)) {
            throw DatasetSchema.notANumber(table, column, row);
        }
        return Cells.number(cell);
    }

    static double targetValue(DataTable table, int column, int row, String target) {
        double v = numberAt(table, column, row);
        if (Double.isNaN(v)) {
            throw new InvalidInputException(table.name() + ": line " + table.sourceLine(row)
                    + " has no value for the target " + Cells.quote(target));
        }
        return v;
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
