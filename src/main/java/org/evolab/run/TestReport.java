package org.evolab.run;

import org.evolab.data.ClassificationMetrics;
import org.evolab.data.RegressionMetrics;
import org.evolab.data.TaskType;

/**
 * The final model on the test split: metrics plus the raw actual and predicted values (class
 * indices for classification, target units for regression) for plots.
 */
public record TestReport(TaskType task, ClassificationMetrics classification, RegressionMetrics regression,
                         double[] actual, double[] predicted, int rows) {
    /** The headline number: accuracy or RMSE. */
    public double headline() {
        return task == TaskType.CLASSIFICATION ? classification.accuracy() : regression.rmse();
    }

    public String headlineName() {
        return task == TaskType.CLASSIFICATION ? "accuracy" : "RMSE";
    }
}
