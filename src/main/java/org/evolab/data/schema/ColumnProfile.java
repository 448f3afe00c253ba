package org.evolab.data.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evolab.data.csv.Cells;
import org.evolab.data.csv.DataTable;

/**
 * What one column holds, for a person deciding how to use it: how many cells, how many missing,
 * how many distinct values, and either the numbers' range, mean, standard deviation and
 * histogram, or the most frequent text values. A column is profiled as numbers when every
 * present cell is one (whatever kind it was given), so the profile shows the data as it is.
 *
 * @param numbers   null for text columns (or when no cell holds a finite number)
 * @param levels    text columns: the most frequent values, most frequent first (at most {@link #TOP_LEVELS})
 * @param otherRows text columns: rows holding a value not among {@code levels}
 * @param histogram numeric columns: equal-width bins from min to max
 */
public record ColumnProfile(
        String column,
        int rows,
        int missing,
        int distinct,
        Numbers numbers,
        List<Level> levels,
        int otherRows,
        List<Bin> histogram) {
    /** Text columns list this many of their most frequent values. */
    public static final int TOP_LEVELS = 8;
    /** Histograms have at most this many bins (Sturges' rule below it). */
    public static final int MAX_BINS = 20;

    public ColumnProfile {
        levels = levels == null ? List.of() : List.copyOf(levels);
        histogram = histogram == null ? List.of() : List.copyOf(histogram);
    }

    /** Sample statistics of the present, finite numbers; {@code sd} is 0 for a single value. */
    public record Numbers(double min, double max, double mean, double sd) {}

    public record Level(String value, int count) {}

    /** Numbers from {@code from} (inclusive) to {@code to} (exclusive, inclusive for the last bin). */
    public record Bin(double from, double to, int count) {}

    public boolean numeric() {
        return numbers != null;
    }

    /** Reads every row of the column once (or twice for numbers); call it off the FX thread for large tables. */
    public static ColumnProfile of(DataTable table, String column) {
        int c = table.columnIndex(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + table.name());
        }
        int rows = table.rowCount();
        boolean allNumeric = true;
        for (int r = 0; r < rows && allNumeric; r++) {
            allNumeric = Cells.isNumeric(table.cell(r, c));
        }
        return allNumeric ? numeric(table, c) : text(table, c);
    }

    private static ColumnProfile numeric(DataTable table, int c) {
        int rows = table.rowCount();
        double[] values = new double[rows];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            double v = Cells.number(table.cell(r, c));
            if (!Double.isNaN(v)) {
                values[n++] = v;
            }
        }
        String name = table.columnNames().get(c);
        if (n == 0) {
            return new ColumnProfile(name, rows, rows, 0, null, List.of(), 0, List.of());
        }
        values = Arrays.copyOf(values, n);
        Arrays.sort(values);
        int distinct = 1;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            distinct += i > 0 && values[i] != values[i - 1] ? 1 : 0;
            sum += values[i];
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        double min = values[0];
        double max = values[n - 1];
        return new ColumnProfile(
                name,
                rows,
                rows - n,
                distinct,
                new Numbers(min, max, mean, sd),
                List.of(),
                0,
                histogram(values, min, max));
    }

    private static List<Bin> histogram(double[] sorted, double min, double max) {
        int n = sorted.length;
        if (min == max) {
            return List.of(new Bin(min, max, n));
        }
        int bins = Math.min(MAX_BINS, 1 + (int) Math.ceil(Math.log(n) / Math.log(2)));
        double width = (max - min) / bins;
        int[] counts = new int[bins];
        for (double v : sorted) {
            counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
        }
        List<Bin> out = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            out.add(new Bin(min + b * width, b == bins - 1 ? max : min + (b + 1) * width, counts[b]));
        }
        return out;
    }

    private static ColumnProfile text(DataTable table, int c) {
        Map<String, Integer> counts = new HashMap<>();
        int missing = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            String cell = table.cell(r, c);
            if (cell == null) {
                missing++;
            } else {
                counts.merge(cell, 1, Integer::sum);
            }
        }
        List<Level> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_LEVELS)
                .map(e -> new Level(e.getKey(), e.getValue()))
                .toList();
        int shown = top.stream().mapToInt(Level::count).sum();
        int present = table.rowCount() - missing;
        return new ColumnProfile(
                table.columnNames().get(c),
                table.rowCount(),
                missing,
                counts.size(),
                null,
                top,
                present - shown,
                List.of());
    }
}
