package org.evolab.export;

import java.util.List;
import org.evolab.data.schema.TaskType;

/**
 * A model's answers for each row: the predicted label (classification) or value (regression), and
 * for classification the probability of every label, in the order of {@code labels}. A row that
 * could not be read has an empty prediction, no probabilities (null) and its reason in
 * {@code problems}; {@code driftNotes} say, one line per column, how many rows had a level unseen
 * in training.
 */
public record Predictions(
        TaskType task,
        List<String> labels,
        String[] predicted,
        double[][] probabilities,
        double[] values,
        String[] problems,
        List<String> driftNotes) {
    public int rows() {
        return predicted.length;
    }

    /** The first row left without a prediction, or -1. */
    public int firstSpoiledRow() {
        for (int r = 0; r < problems.length; r++) {
            if (problems[r] != null) {
                return r;
            }
        }
        return -1;
    }

    /** Rows left without a prediction because a cell could not be read. */
    public int spoiledRows() {
        int n = 0;
        for (String p : problems) {
            if (p != null) {
                n++;
            }
        }
        return n;
    }
}
