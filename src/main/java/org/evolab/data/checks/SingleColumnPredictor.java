package org.evolab.data.checks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.evolab.data.csv.Cells;
import org.evolab.data.csv.DataTable;

/**
 * How well one column alone predicts the target: leave-one-out, each row is predicted from the
 * other rows with the same value of the column (the majority class, or the mean), or, for a
 * number seen only once, from the rows with the nearest value (1-nearest-neighbour in one
 * dimension). Missing cells form a value of their own, so that "missing exactly when the outcome
 * is X" is found too. A text value seen only once predicts nothing (counted as wrong), which is
 * why an identifier scores low here rather than perfectly.
 *
 * <p>Leave-one-out matters: scored on the rows it was built from, any column with a different
 * value per row would "predict" perfectly.
 */
final class SingleColumnPredictor {
    private final int[] group; // per row: its value's group; groups of numbers are in value order
    private final int groups;
    private final double[] groupValue; // numeric columns: each group's value (NaN for the missing group)
    private final boolean numeric;

    private SingleColumnPredictor(int[] group, int groups, double[] groupValue, boolean numeric) {
        this.group = group;
        this.groups = groups;
        this.groupValue = groupValue;
        this.numeric = numeric;
    }

    /** Groups the given rows of {@code column} by value; {@code numeric} reads the cells as numbers. */
    static SingleColumnPredictor of(DataTable table, int column, int[] rows, boolean numeric) {
        int n = rows.length;
        int[] group = new int[n];
        if (!numeric) {
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String cell = table.cell(rows[i], column);
                group[i] = ids.computeIfAbsent(cell == null ? "\u0000missing" : cell, k -> ids.size());
            }
            return new SingleColumnPredictor(group, ids.size(), null, false);
        }
        double[] value = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            String cell = table.cell(rows[i], column);
            value[i] = cell == null || !Cells.isNumeric(cell) ? Double.NaN : Cells.number(cell);
            order[i] = i;
        }
        // NaN sorts last: the missing cells become the last group.
        Arrays.sort(order, (a, b) -> Double.compare(value[a], value[b]));
        double[] groupValue = new double[n];
        int groups = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            boolean sameAsPrevious = k > 0 && Double.compare(value[i], value[order[k - 1]]) == 0;
            if (!sameAsPrevious) {
                groupValue[groups++] = value[i];
            }
            group[i] = groups - 1;
        }
        return new SingleColumnPredictor(group, groups, Arrays.copyOf(groupValue, groups), true);
    }

    /** The share of rows whose class ({@code classes}[i] in 0..k-1) is predicted correctly. */
    double accuracy(int[] classes, int k) {
        int n = classes.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) group[i] * k + classes[i];
        }
        Arrays.sort(keys);
        int[] size = new int[groups];
        int[] top = new int[groups];
        int[] topClass = new int[groups];
        int[] second = new int[groups];
        for (int start = 0; start < n; ) {
            int end = start;
            while (end < n && keys[end] == keys[start]) {
                end++;
            }
            int g = (int) (keys[start] / k);
            int count = end - start;
            size[g] += count;
            if (count > top[g]) {
                second[g] = top[g];
                top[g] = count;
                topClass[g] = (int) (keys[start] % k);
            } else if (count > second[g]) {
                second[g] = count;
            }
            start = end;
        }
        long correct = 0;
        for (int g = 0; g < groups; g++) {
            if (size[g] >= 2) {
                // Without the row itself its class must still be strictly the commonest in its group.
                correct += top[g] - 1 > second[g] ? top[g] : 0;
            }
        }
        for (int i = 0; i < n; i++) {
            int g = group[i];
            if (size[g] == 1) {
                int neighbour = nearestGroup(g);
                correct += neighbour >= 0 && topClass[neighbour] == classes[i] ? 1 : 0;
            }
        }
        return correct / (double) n;
    }

    /** The coefficient of determination (1 - SSE / SST) of the predictions of {@code target}. */
    double rSquared(double[] target) {
        int n = target.length;
        double[] sum = new double[groups];
        int[] size = new int[groups];
        double total = 0;
        for (int i = 0; i < n; i++) {
            sum[group[i]] += target[i];
            size[group[i]]++;
            total += target[i];
        }
        double mean = total / n;
        double sse = 0;
        double sst = 0;
        for (int i = 0; i < n; i++) {
            int g = group[i];
            double prediction;
            if (size[g] >= 2) {
                prediction = (sum[g] - target[i]) / (size[g] - 1);
            } else {
                int neighbour = nearestGroup(g);
                prediction =
                        neighbour >= 0 ? sum[neighbour] / size[neighbour] : (total - target[i]) / Math.max(1, n - 1);
            }
            sse += (target[i] - prediction) * (target[i] - prediction);
            sst += (target[i] - mean) * (target[i] - mean);
        }
        return sst == 0 ? 0 : 1 - sse / sst;
    }

    /** The group of the nearest other number, or -1 (text, missing, or no other number). */
    private int nearestGroup(int g) {
        if (!numeric || Double.isNaN(groupValue[g])) {
            return -1;
        }
        int below = g - 1;
        int above = g + 1 < groups && !Double.isNaN(groupValue[g + 1]) ? g + 1 : -1;
        if (below < 0) {
            return above;
        }
        if (above < 0) {
            return below;
        }
        return groupValue[g] - groupValue[below] <= groupValue[above] - groupValue[g] ? below : above;
    }
}
