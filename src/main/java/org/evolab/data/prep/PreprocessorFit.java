package org.evolab.data.prep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evolab.data.csv.DataTable;
import org.evolab.data.prep.PreprocessorState.Input;
import org.evolab.data.schema.ColumnInfo;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.TaskType;

/**
 * Fitting a {@link Preprocessor} on the training rows: the medians, means and standard deviations
 * of numeric features, the levels of categorical ones, and the target's scale for a regression.
 */
final class PreprocessorFit {
    private PreprocessorFit() {}

    static PreprocessorState fit(DataTable table, DatasetSchema schema, int[] trainRows, PreprocessOptions options) {
        Objects.requireNonNull(options, "options");
        if (trainRows.length == 0) {
            throw new IllegalArgumentException("no training rows to fit on");
        }
        List<Input> inputs = new ArrayList<>();
        for (ColumnInfo feature : schema.features()) {
            int column = Preprocessor.requireColumn(
                    table,
                    feature.name(),
                    schema.features().stream().map(ColumnInfo::name).toList());
            inputs.add(
                    switch (feature.kind()) {
                        case NUMERIC -> fitNumeric(table, column, trainRows, options);
                        case CATEGORICAL -> fitCategorical(table, column, trainRows, options);
                        default -> throw new IllegalArgumentException("feature '" + feature.name() + "' has kind "
                                + feature.kind() + ", which cannot be encoded");
                    });
        }
        PreprocessorState state;
        List<String> featureNames = Preprocessor.deriveFeatureNames(inputs);
        if (schema.taskType() == TaskType.CLASSIFICATION) {
            state = new PreprocessorState(
                    Preprocessor.FORMAT_VERSION,
                    TaskType.CLASSIFICATION,
                    schema.target(),
                    inputs,
                    featureNames,
                    schema.classLabels(),
                    schema.numericLabels(),
                    null,
                    null);
        } else {
            int column = Preprocessor.requireColumn(table, schema.target(), List.of(schema.target()));
            double[] y = new double[trainRows.length];
            for (int i = 0; i < trainRows.length; i++) {
                y[i] = Preprocessor.targetValue(table, column, trainRows[i], schema.target());
            }
            double mean = mean(y);
            state = new PreprocessorState(
                    Preprocessor.FORMAT_VERSION,
                    TaskType.REGRESSION,
                    schema.target(),
                    inputs,
                    featureNames,
                    null,
                    null,
                    mean,
                    scale(y, mean));
        }
        return state;
    }

    private static Input fitNumeric(DataTable table, int column, int[] trainRows, PreprocessOptions options) {
        double[] values = new double[trainRows.length];
        int present = 0;
        double[] observed = new double[trainRows.length];
        for (int i = 0; i < trainRows.length; i++) {
            values[i] = Preprocessor.numberAt(table, column, trainRows[i]);
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
        return new Input(
                table.columnNames().get(column),
                ColumnKind.NUMERIC,
                median,
                mean,
                scale(values, mean),
                indicator,
                null);
    }

    private static Input fitCategorical(DataTable table, int column, int[] trainRows, PreprocessOptions options) {
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
        return new Input(table.columnNames().get(column), ColumnKind.CATEGORICAL, null, null, null, null, levels);
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
}
