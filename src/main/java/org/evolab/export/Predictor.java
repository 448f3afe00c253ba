package org.evolab.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evolab.data.csv.DataTable;
import org.evolab.data.metrics.Encoding;
import org.evolab.data.prep.Preprocessor;
import org.evolab.data.prep.ScoringInput;
import org.evolab.data.schema.TaskType;
import org.evolab.util.AtomicFiles;
import org.evolab.util.InvalidInputException;
import org.evolab.util.WriteFaults;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Applies a bundle to raw CSV rows: the saved preprocessing (columns found by name, the same
 * imputation, vocabularies and scaling as in training), then the network (a single one or an
 * ensemble's averaging graph alike).
 */
public final class Predictor {
    private final Bundle bundle;

    public Predictor(Bundle bundle) {
        this.bundle = bundle;
    }

    public Predictions predict(DataTable table) {
        return predict(table, false);
    }

    /**
     * Predicts every row it can read. A row with an unreadable cell gets an empty prediction and
     * a reason (with {@code strict}, it is an {@link InvalidInputException} naming line and column);
     * levels unseen in training are predicted as {@code <other>} and counted per column.
     */
    public Predictions predict(DataTable table, boolean strict) {
        Preprocessor pre = bundle.preprocessor();
        ScoringInput input = ScoringInput.of(pre, table, strict);
        double[][] readOut = input.readableRows().length == 0 ? new double[0][] : output(input.features());
        int n = table.rowCount();
        double[][] out = new double[n][];
        for (int i = 0; i < readOut.length; i++) {
            out[input.readableRows()[i]] = readOut[i];
        }
        String[] predicted = new String[n];
        Arrays.fill(predicted, "");
        List<String> notes = input.driftNotes(pre);
        if (pre.taskType() == TaskType.CLASSIFICATION) {
            for (int r : input.readableRows()) {
                predicted[r] = pre.classLabels().get(Encoding.argmax(out[r]));
            }
            return new Predictions(
                    TaskType.CLASSIFICATION, pre.classLabels(), predicted, out, null, input.problems(), notes);
        }
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        for (int r : input.readableRows()) {
            values[r] = pre.decodeRegression(out[r][0]);
            predicted[r] = Double.toString(values[r]);
        }
        return new Predictions(TaskType.REGRESSION, List.of(), predicted, null, values, input.problems(), notes);
    }

    private double[][] output(double[][] features) {
        float[][] f = new float[features.length][];
        for (int i = 0; i < features.length; i++) {
            f[i] = new float[features[i].length];
            for (int j = 0; j < f[i].length; j++) {
                f[i][j] = (float) features[i][j];
            }
        }
        return bundle.output(Nd4j.create(f)).toDoubleMatrix();
    }

    /**
     * Writes the input rows with {@code prediction} (and {@code p_<label>} per class) appended,
     * comma-separated, atomically; when a row could not be read, a last column {@code reason} says why.
     */
    public static void writeCsv(DataTable table, Predictions predictions, Path out) {
        List<String> header = new ArrayList<>(table.columnNames());
        header.add("prediction");
        for (String label : predictions.labels()) {
            header.add("p_" + label);
        }
        boolean reasons = predictions.spoiledRows() > 0;
        if (reasons) {
            header.add("reason");
        }
        try {
            AtomicFiles.write(out, stream -> {
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                w.write(line(header));
                for (int r = 0; r < table.rowCount(); r++) {
                    List<String> cells = new ArrayList<>(header.size());
                    for (int c = 0; c < table.columnCount(); c++) {
                        String cell = table.cell(r, c);
                        cells.add(cell == null ? "" : cell);
                    }
                    cells.add(predictions.predicted()[r]);
                    double[] p = predictions.probabilities() == null
                            ? null
                            : predictions.probabilities()[r];
                    for (int k = 0; k < predictions.labels().size(); k++) {
                        cells.add(p == null ? "" : Float.toString((float) p[k]));
                    }
                    if (reasons) {
                        String why = predictions.problems()[r];
                        cells.add(why == null ? "" : why);
                    }
                    w.write(line(cells));
                }
                w.flush();
            });
        } catch (IOException e) {
            throw WriteFaults.cannotWrite(out, "the predictions", e);
        }
    }

    private static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.append('\n').toString();
    }
}
