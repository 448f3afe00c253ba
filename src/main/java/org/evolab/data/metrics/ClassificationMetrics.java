package org.evolab.data.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * How well predicted classes match the actual ones.
 *
 * @param macroF1   the mean F1 over the classes that occur (as actual or predicted), so that a
 *                  rare class counts as much as a common one
 * @param precision per class; 0 when the class was never predicted
 * @param recall    per class; 0 when the class never occurs
 * @param confusion {@code confusion[actual][predicted]} row counts
 */
public record ClassificationMetrics(
        double accuracy, double macroF1, List<String> labels, double[] precision, double[] recall, int[][] confusion) {
    public ClassificationMetrics {
        labels = List.copyOf(labels);
        precision = precision.clone();
        recall = recall.clone();
        confusion = Arrays.stream(confusion).map(int[]::clone).toArray(int[][]::new);
    }

    /** Scores class indices into {@code labels}. */
    public static ClassificationMetrics of(int[] actual, int[] predicted, List<String> labels) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException(
                    actual.length + " actual classes but " + predicted.length + " predictions");
        }
        if (actual.length == 0) {
            throw new IllegalArgumentException("no classes to score");
        }
        int k = labels.size();
        int[][] confusion = new int[k][k];
        int correct = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] < 0 || actual[i] >= k || predicted[i] < 0 || predicted[i] >= k) {
                throw new IllegalArgumentException("class index out of range 0.." + (k - 1) + " at " + i);
            }
            confusion[actual[i]][predicted[i]]++;
            if (actual[i] == predicted[i]) {
                correct++;
            }
        }
        double[] precision = new double[k];
        double[] recall = new double[k];
        double f1Sum = 0;
        int scored = 0;
        for (int c = 0; c < k; c++) {
            int truePositives = confusion[c][c];
            int actualCount = 0;
            int predictedCount = 0;
            for (int o = 0; o < k; o++) {
                actualCount += confusion[c][o];
                predictedCount += confusion[o][c];
            }
            precision[c] = predictedCount == 0 ? 0 : (double) truePositives / predictedCount;
            recall[c] = actualCount == 0 ? 0 : (double) truePositives / actualCount;
            if (actualCount == 0 && predictedCount == 0) {
                continue;
            }
            double pr = precision[c] + recall[c];
            f1Sum += pr == 0 ? 0 : 2 * precision[c] * recall[c] / pr;
            scored++;
        }
        return new ClassificationMetrics(
                (double) correct / actual.length, f1Sum / scored, labels, precision, recall, confusion);
    }

    @Override
    public double[] precision() {
        return precision.clone();
    }

    @Override
    public double[] recall() {
        return recall.clone();
    }

    @Override
    public int[][] confusion() {
        return Arrays.stream(confusion).map(int[]::clone).toArray(int[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassificationMetrics m
                && Double.compare(accuracy, m.accuracy) == 0
                && Double.compare(macroF1, m.macroF1) == 0
                && labels.equals(m.labels)
                && Arrays.equals(precision, m.precision)
                && Arrays.equals(recall, m.recall)
                && Arrays.deepEquals(confusion, m.confusion);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {accuracy, macroF1, labels, precision, recall, confusion});
    }

    @Override
    public String toString() {
        return "ClassificationMetrics[accuracy=" + accuracy + ", macroF1=" + macroF1 + ", labels=" + labels
                + ", precision=" + Arrays.toString(precision) + ", recall=" + Arrays.toString(recall)
                + ", confusion=" + Arrays.deepToString(confusion) + "]";
    }
}
