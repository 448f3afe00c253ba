package org.evolab.ui.wizard.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evolab.data.csv.DataTable;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.TaskType;

/**
 * What the target column looks like, as bars: rows per class for classification, a histogram for
 * regression. Plain Java, one pass over the column.
 *
 * @param caption one line that says it in words
 */
public record TargetSummary(String title, List<Bar> bars, String caption) {
    public record Bar(String label, int count) {}

    static final int BINS = 12;

    public static TargetSummary of(DataTable table, DatasetSchema schema) {
        int c = table.columnIndex(schema.target());
        if (schema.taskType() == TaskType.CLASSIFICATION) {
            boolean numeric = schema.targetColumn().kind() == ColumnKind.NUMERIC;
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String label : schema.classLabels()) {
                counts.put(label, 0);
            }
            for (int r = 0; r < table.rowCount(); r++) {
                String cell = table.cell(r, c);
                if (cell != null) {
                    counts.merge(numeric ? numericLabel(cell) : cell, 1, Integer::sum);
                }
            }
            List<Bar> bars = new ArrayList<>();
            int smallest = Integer.MAX_VALUE;
            int largest = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                bars.add(new Bar(e.getKey(), e.getValue()));
                smallest = Math.min(smallest, e.getValue());
                largest = Math.max(largest, e.getValue());
            }
            String balance = smallest > 0 && largest <= 1.5 * smallest
                    ? "balanced"
                    : String.format(
                            Locale.ROOT,
                            "imbalanced: the largest class has %.1f× the rows of the smallest",
                            largest / (double) Math.max(1, smallest));
            return new TargetSummary("Class balance", bars, bars.size() + " classes, " + balance);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double[] values = new double[table.rowCount()];
        int n = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            String cell = table.cell(r, c);
            if (cell == null) {
                continue;
            }
            try {
                double v = Double.parseDouble(cell);
                if (Double.isFinite(v)) {
                    values[n++] = v;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            } catch (NumberFormatException ignored) {
                // not numeric: inference would have refused regression already
            }
        }
        List<Bar> bars = new ArrayList<>();
        if (n == 0) {
            return new TargetSummary("Target distribution", bars, "no numeric values");
        }
        double width = max > min ? (max - min) / BINS : 1;
        int[] counts = new int[BINS];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int bin = (int) Math.min(BINS - 1, Math.floor((values[i] - min) / width));
            counts[bin]++;
            sum += values[i];
        }
        for (int b = 0; b < BINS; b++) {
            bars.add(new Bar(short3(min + b * width), counts[b]));
        }
        return new TargetSummary(
                "Target distribution",
                bars,
                String.format(
                        Locale.ROOT,
                        "%s from %s to %s, mean %s",
                        schema.target(),
                        short3(min),
                        short3(max),
                        short3(sum / n)));
    }

    /** "1" and "1.0" are one class, as the engine counts them. */
    static String numericLabel(String cell) {
        try {
            double v = Double.parseDouble(cell.trim());
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    static String short3(double v) {
        if (Math.abs(v) >= 1000 || (Math.abs(v) < 0.01 && v != 0)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        return String.format(Locale.ROOT, "%.3g", v)
                .replaceAll("(\\.\\d*?)0+$", "$1")
                .replaceAll("\\.$", "");
    }
}
