package org.evolab.export;

import java.util.List;
import org.evolab.data.TaskType;

/**
 * A model's answers for each row: the predicted label (classification) or value (regression), and
 * for classification the probability of every label, in the order of {@code labels}.
 */
public record Predictions(TaskType task, List<String> labels, String[] predicted, double[][] probabilities,
                          double[] values) {
    public int rows() {
        return predicted.length;
    }
}
