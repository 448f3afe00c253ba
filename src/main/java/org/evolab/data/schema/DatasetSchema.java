package org.evolab.data.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.evolab.data.csv.Cells;
import org.evolab.data.csv.DataTable;
import org.evolab.util.InvalidInputException;

/**
 * How a table was understood: the kind and role of every column, the target, the task type and,
 * for classification, the class labels. Built by {@link #infer}, which also refuses tables that
 * cannot be learned from, with a message that says why.
 *
 * @param columns     every column of the table, in file order
 * @param classLabels classification: the distinct target values, sorted (by value when the target
 *                    is numeric); empty for regression
 */
public record DatasetSchema(List<ColumnInfo> columns, String target, TaskType taskType, List<String> classLabels) {
    /** Below this many rows, unique text values are as likely a small table as an identifier. */
    public static final int IDENTIFIER_MIN_ROWS = 20;
    /** An integer target with at most this many values (and few per row) reads as class labels. */
    static final int MAX_INFERRED_CLASSES = 20;
    /** ...and only when each class has at least this many rows on average. */
    static final int MIN_ROWS_PER_INFERRED_CLASS = 5;

    /** "id", "user_id", "user-id", "user id", "userId", "PassengerID". */
    public static final Pattern ID_NAME = Pattern.compile("(?i:id)|.*(?:[_\\- ](?i:id)|[a-z0-9](?:Id|ID))");

    public DatasetSchema {
        columns = List.copyOf(columns);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(taskType, "taskType");
        classLabels = classLabels == null ? List.of() : List.copyOf(classLabels);
    }

    /** The columns used as inputs, in file order. */
    public List<ColumnInfo> features() {
        return columns.stream().filter(c -> c.role() == ColumnRole.FEATURE).toList();
    }

    /** The column with this name; an {@link InvalidInputException} naming the known columns if there is none. */
    public ColumnInfo column(String name) {
        for (ColumnInfo c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new InvalidInputException("column " + Cells.quote(String.valueOf(name)) + " does not exist (columns: "
                + columns.stream().map(ColumnInfo::name).collect(Collectors.joining(", ")) + ")");
    }

    public ColumnInfo targetColumn() {
        return column(target);
    }

    /** Whether class labels are numbers ("1" and "1.0" being one class); see {@link Cells#label}. */
    public boolean numericLabels() {
        return targetColumn().kind() == ColumnKind.NUMERIC;
    }

    public static DatasetSchema infer(DataTable table, SchemaOptions options) {
        SchemaOptions opts = options == null ? SchemaOptions.defaults() : options;
        String file = table.name();
        for (String name : unionOfOverriddenColumns(opts)) {
            if (table.columnIndex(name) < 0) {
                throw new InvalidInputException(
                        "column " + Cells.quote(name) + " named in the settings does not exist in " + file
                                + " (columns: " + table.columnList() + ")");
            }
        }
        String target = opts.target() == null ? table.columnNames().get(table.columnCount() - 1) : opts.target();
        if (table.columnIndex(target) < 0) {
            throw new InvalidInputException("target column " + Cells.quote(target) + " does not exist in " + file
                    + " (columns: " + table.columnList() + ")");
        }
        checkRoleOverrides(file, target, opts.roleOverrides());

        List<ColumnInfo> columns = new ArrayList<>(table.columnCount());
        TaskType taskType = null;
        List<String> labels = List.of();
        for (int c = 0; c < table.columnCount(); c++) {
            String name = table.columnNames().get(c);
            ColumnStats stats = ColumnStats.of(table, c);
            if (name.equals(target)) {
                TargetAnalysis t = analyseTarget(table, c, stats, opts);
                columns.add(t.info());
                taskType = t.taskType();
                labels = t.labels();
            } else {
                columns.add(analyseColumn(table, c, stats, opts));
            }
        }
        List<ColumnInfo> features =
                columns.stream().filter(ci -> ci.role() == ColumnRole.FEATURE).toList();
        if (features.isEmpty()) {
            String dropped = columns.stream()
                    .filter(ci -> ci.role() == ColumnRole.IGNORE)
                    .map(ci -> ci.name() + " (" + reasonIgnored(ci, opts) + ")")
                    .collect(Collectors.joining(", "));
            throw new InvalidInputException(file + ": no feature columns left besides the target " + Cells.quote(target)
                    + (dropped.isEmpty() ? "" : "; ignored: " + dropped));
        }
        return new DatasetSchema(columns, target, taskType, labels);
    }

    private static Set<String> unionOfOverriddenColumns(SchemaOptions opts) {
        Set<String> names = new TreeSet<>(opts.kindOverrides().keySet());
        names.addAll(opts.roleOverrides().keySet());
        return names;
    }

    private static void checkRoleOverrides(String file, String target, Map<String, ColumnRole> roles) {
        for (Map.Entry<String, ColumnRole> e : new java.util.TreeMap<>(roles).entrySet()) {
            boolean isTarget = e.getKey().equals(target);
            if (isTarget && e.getValue() != ColumnRole.TARGET) {
                throw new InvalidInputException(file + ": column " + Cells.quote(target)
                        + " is the target, so it cannot have the role " + lower(e.getValue()));
            }
            if (!isTarget && e.getValue() == ColumnRole.TARGET) {
                throw new InvalidInputException(file + ": column " + Cells.quote(e.getKey())
                        + " cannot have the role target: the target is " + Cells.quote(target) + " (choose "
                        + Cells.quote(e.getKey()) + " as the target instead)");
            }
        }
    }

    private static String reasonIgnored(ColumnInfo c, SchemaOptions opts) {
        if (opts.roleOverrides().get(c.name()) == ColumnRole.IGNORE) {
            return "set to ignore";
        }
        return c.kind() == ColumnKind.IDENTIFIER ? "identifier" : "constant";
    }

    private static ColumnInfo analyseColumn(DataTable table, int c, ColumnStats stats, SchemaOptions opts) {
        String name = table.columnNames().get(c);
        ColumnKind forcedKind = opts.kindOverrides().get(name);
        ColumnRole forcedRole = opts.roleOverrides().get(name);
        if (forcedKind == ColumnKind.NUMERIC && stats.firstNonNumericRow >= 0) {
            throw notANumber(table, c, stats.firstNonNumericRow);
        }
        boolean numeric = forcedKind == null ? stats.allNumeric : forcedKind == ColumnKind.NUMERIC;
        int missing = numeric ? stats.missingAsNumber : stats.missingAsText;
        int distinct = numeric ? stats.distinctNumbers : stats.distinctTexts();
        int present = table.rowCount() - missing;
        if (present == 0) {
            if (forcedRole == ColumnRole.IGNORE) {
                return new ColumnInfo(
                        name,
                        forcedKind == null ? ColumnKind.CONSTANT : forcedKind,
                        ColumnRole.IGNORE,
                        missing,
                        0,
                        forcedKind != null);
            }
            throw new InvalidInputException(table.name() + ": column " + Cells.quote(name) + " is empty in every row"
                    + " (set it to ignore, or remove it)");
        }
        ColumnKind kind;
        if (forcedKind != null) {
            kind = forcedKind;
        } else if (distinct == 1) {
            kind = ColumnKind.CONSTANT;
        } else if (numeric) {
            boolean uniquePerRow = distinct == table.rowCount();
            kind = uniquePerRow
                            && stats.allIntegers
                            && ID_NAME.matcher(name.strip()).matches()
                    ? ColumnKind.IDENTIFIER
                    : ColumnKind.NUMERIC;
        } else {
            kind = distinct == present && present > IDENTIFIER_MIN_ROWS
                    ? ColumnKind.IDENTIFIER
                    : ColumnKind.CATEGORICAL;
        }
        boolean droppedKind = kind == ColumnKind.IDENTIFIER || kind == ColumnKind.CONSTANT;
        ColumnRole role = forcedRole != null ? forcedRole : droppedKind ? ColumnRole.IGNORE : ColumnRole.FEATURE;
        if (role == ColumnRole.FEATURE && droppedKind) {
            if (forcedKind != null) {
                throw new InvalidInputException(table.name() + ": column " + Cells.quote(name) + " is set to "
                        + lower(forcedKind) + ", which cannot be a feature (choose numeric or categorical)");
            }
            // The user keeps a column inference would drop: encode it by what its values are.
            kind = numeric ? ColumnKind.NUMERIC : ColumnKind.CATEGORICAL;
        }
        return new ColumnInfo(name, kind, role, missing, distinct, forcedKind != null);
    }

    private record TargetAnalysis(ColumnInfo info, TaskType taskType, List<String> labels) {}

    private static TargetAnalysis analyseTarget(DataTable table, int c, ColumnStats stats, SchemaOptions opts) {
        String file = table.name();
        String name = table.columnNames().get(c);
        ColumnKind forcedKind = opts.kindOverrides().get(name);
        if (forcedKind == ColumnKind.IDENTIFIER || forcedKind == ColumnKind.CONSTANT) {
            throw new InvalidInputException(file + ": the target " + Cells.quote(name) + " cannot be set to "
                    + lower(forcedKind) + " (choose numeric or categorical)");
        }
        for (int r = 0; r < table.rowCount(); r++) {
            if (table.cell(r, c) == null) {
                throw new InvalidInputException(
                        file + ": line " + table.sourceLine(r) + " has no value for the target " + Cells.quote(name));
            }
        }
        if (forcedKind == ColumnKind.NUMERIC && stats.firstNonNumericRow >= 0) {
            throw notANumber(table, c, stats.firstNonNumericRow);
        }
        boolean numeric = forcedKind == null ? stats.allNumeric : forcedKind == ColumnKind.NUMERIC;
        if (numeric) {
            for (int r = 0; r < table.rowCount(); r++) {
                if (Double.isNaN(Cells.number(table.cell(r, c)))) {
                    throw new InvalidInputException(file + ": line " + table.sourceLine(r) + ": the target "
                            + Cells.quote(name) + " is " + Cells.quote(table.cell(r, c)) + ", not a finite number");
                }
            }
        }
        TaskType taskType = opts.taskType();
        if (taskType == null) {
            boolean fewIntegerValues = stats.allIntegers
                    && stats.distinctNumbers <= MAX_INFERRED_CLASSES
                    && (long) stats.distinctNumbers * MIN_ROWS_PER_INFERRED_CLASS <= table.rowCount();
            taskType = !numeric || fewIntegerValues ? TaskType.CLASSIFICATION : TaskType.REGRESSION;
        }
        ColumnKind kind = numeric ? ColumnKind.NUMERIC : ColumnKind.CATEGORICAL;
        if (taskType == TaskType.REGRESSION) {
            if (!numeric) {
                if (forcedKind == ColumnKind.CATEGORICAL) {
                    throw new InvalidInputException(
                            file + ": the target " + Cells.quote(name)
                                    + " is set to categorical, which regression cannot predict (choose classification, or numeric)");
                }
                int r = stats.firstNonNumericRow;
                throw new InvalidInputException(file + ": regression needs a numeric target, but " + Cells.quote(name)
                        + " on line " + table.sourceLine(r) + " is " + Cells.quote(table.cell(r, c))
                        + " (choose classification)");
            }
            if (stats.distinctNumbers == 1) {
                throw new InvalidInputException(file + ": the target " + Cells.quote(name) + " is "
                        + Cells.quote(table.cell(0, c)) + " in every row: nothing to learn");
            }
            return new TargetAnalysis(
                    new ColumnInfo(name, kind, ColumnRole.TARGET, 0, stats.distinctNumbers, forcedKind != null),
                    taskType,
                    List.of());
        }
        Set<String> distinctLabels = new HashSet<>();
        for (int r = 0; r < table.rowCount(); r++) {
            distinctLabels.add(Cells.label(table.cell(r, c), numeric));
        }
        List<String> labels = sortLabels(distinctLabels, numeric);
        if (labels.size() == 1) {
            throw new InvalidInputException(file + ": target " + Cells.quote(name) + " has a single class "
                    + Cells.quote(labels.get(0)) + ": nothing to learn");
        }
        if (!numeric && labels.size() == table.rowCount() && table.rowCount() > IDENTIFIER_MIN_ROWS) {
            throw new InvalidInputException(
                    file + ": target " + Cells.quote(name) + " has a different value in every row (" + labels.size()
                            + " classes): nothing to learn; choose another target");
        }
        return new TargetAnalysis(
                new ColumnInfo(name, kind, ColumnRole.TARGET, 0, labels.size(), forcedKind != null), taskType, labels);
    }

    static List<String> sortLabels(Set<String> labels, boolean numeric) {
        Comparator<String> order =
                numeric ? Comparator.comparingDouble(Double::parseDouble) : Comparator.naturalOrder();
        return labels.stream().sorted(order).toList();
    }

    public static InvalidInputException notANumber(DataTable table, int column, int row) {
        return new InvalidInputException(
                table.name() + ": column " + Cells.quote(table.columnNames().get(column)) + ", line "
                        + table.sourceLine(row) + ": " + Cells.quote(table.cell(row, column)) + " is not a number");
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * What one pass over a column finds out, read both as numbers and as text. Distinct numbers
     * are counted by sorting a double[] and distinct texts only when asked for (a text column, or
     * numbers forced to be categorical): a set of boxed Doubles and one of Strings for every cell
     * made inference of a 1M-row numeric file take 25-35 s.
     */
    private static final class ColumnStats {
        int missingAsText;
        int missingAsNumber;
        int distinctNumbers;
        boolean allNumeric = true;
        boolean allIntegers = true;
        int firstNonNumericRow = -1;
        private DataTable table;
        private int column;
        private int distinctTexts = -1;

        static ColumnStats of(DataTable table, int c) {
            ColumnStats s = new ColumnStats();
            s.table = table;
            s.column = c;
            double[] numbers = new double[table.rowCount()];
            int n = 0;
            for (int r = 0; r < table.rowCount(); r++) {
                String cell = table.cell(r, c);
                if (cell == null) {
                    s.missingAsText++;
                    s.missingAsNumber++;
                    continue;
                }
                if (!Cells.isNumeric(cell)) {
                    if (s.allNumeric) {
                        s.firstNonNumericRow = r;
                    }
                    s.allNumeric = false;
                    continue;
                }
                double v = Cells.number(cell);
                if (Double.isNaN(v)) {
                    s.missingAsNumber++;
                } else {
                    numbers[n++] = v + 0.0; // -0.0 and 0.0 are one value
                    s.allIntegers &= Cells.isInteger(v);
                }
            }
            s.distinctNumbers = distinctCount(numbers, n);
            if (s.allNumeric && n == 0) {
                // Only "inf"/"NaN" spellings or nothing at all: nothing numeric to speak of.
                s.allNumeric = s.missingAsText == table.rowCount();
            }
            return s;
        }

        private static int distinctCount(double[] values, int n) {
            Arrays.sort(values, 0, n);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                distinct += i == 0 || values[i] != values[i - 1] ? 1 : 0;
            }
            return distinct;
        }

        /** Distinct present cells compared as text ("1" and "1.0" differ). */
        int distinctTexts() {
            if (distinctTexts < 0) {
                Set<String> texts = new HashSet<>();
                for (int r = 0; r < table.rowCount(); r++) {
                    String cell = table.cell(r, column);
                    if (cell != null) {
                        texts.add(cell);
                    }
                }
                distinctTexts = texts.size();
            }
            return distinctTexts;
        }
    }
}
