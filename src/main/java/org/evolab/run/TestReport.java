package org.evolab.run;

import org.evolab.data.metrics.ClassificationMetrics;
import org.evolab.data.metrics.Encoding;
import org.evolab.data.metrics.RegressionMetrics;
import org.evolab.data.prep.PreparedData;
import org.evolab.data.prep.Preprocessor;
import org.evolab.data.schema.TaskType;
import org.evolab.fitness.TrainedModel;

/**
 * The final model on the test split: metrics plus the raw actual and predicted values (class
 * indices for classification, target units for regression) for plots.
 *
 * @param rows         test rows scored
 * @param trainingRows rows that trained the tested model (the training and validation splits, or
 *                     the training split alone for the search's own network): never the test rows,
 *                     even where the exported model was refit on them afterwards
 */
public record TestReport(
        TaskType task,
        ClassificationMetrics classification,
        RegressionMetrics regression,
        double[] actual,
        double[] predicted,
        int rows,
        int trainingRows) {
    /** The headline number: accuracy or RMSE. */
    public double headline() {
        return task == TaskType.CLASSIFICATION ? classification.accuracy() : regression.rmse();
    }

    public String headlineName() {
        return task == TaskType.CLASSIFICATION ? "accuracy" : "RMSE";
    }

    /** Scores {@code model} on the test split of {@code data}. */
    public static TestReport of(PreparedData data, TrainedModel model) {
        double[][] out = model.predict(data.testX());
        Preprocessor pre = data.preprocessor();
        int n = out.length;
        double[] actual = new double[n];
        double[] predicted = new double[n];
        if (data.taskType() == TaskType.CLASSIFICATION) {
            int[] a = Encoding.argmax(data.testY());
            int[] p = Encoding.argmax(out);
            for (int i = 0; i < n; i++) {
                actual[i] = a[i];
                predicted[i] = p[i];
            }
            return new TestReport(
                    TaskType.CLASSIFICATION,
                    ClassificationMetrics.of(a, p, pre.classLabels()),
                    null,
                    actual,
                    predicted,
                    n,
                    model.trainingRows());
        }
        for (int i = 0; i < n; i++) {
            actual[i] = pre.decodeRegression(data.testY()[i][0]);
            predicted[i] = pre.decodeRegression(out[i][0]);
        }
        return new TestReport(
                TaskType.REGRESSION,
                null,
                RegressionMetrics.of(actual, predicted),
                actual,
                predicted,
                n,
                model.trainingRows());
    }
}
