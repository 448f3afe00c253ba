package org.evolab.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evolab.data.DataTable;
import org.evolab.data.Encoding;
import org.evolab.data.Preprocessor;
import org.evolab.data.TaskType;
import org.evolab.util.AtomicFiles;
import org.evolab.util.InvalidInputException;
import org.evolab.util.WriteFaults;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Applies a bundle to raw CSV rows: the saved preprocessing (columns found by name, the same
 * imputation, vocabularies and scaling as in training), then the network.
 */
public final class Predictor {
    private final Bundle bundle;

    public Predictor(Bundle bundle) {
        this.bundle = bundle;
    }

    public Predictions predict(DataTable table) {
        Preprocessor pre = bundle.preprocessor();
        double[][] features = pre.features(table);
        float[][] f = new float[features.length][];
        for (int i = 0; i < features.length; i++) {
            f[i] = new float[features[i].length];
            for (int j = 0; j < f[i].length; j++) {
                f[i][j] = (float) features[i][j];
            }
        }
        double[][] out;
        synchronized (bundle.network()) {
            INDArray output = bundle.network().output(Nd4j.create(f), false);
            out = output.toDoubleMatrix();
        }
        int n = out.length;
        String[] predicted = new String[n];
        if (pre.taskType() == TaskType.CLASSIFICATION) {
            int[] best = Encoding.argmax(out);
            for (int i = 0; i < n; i++) {
                predicted[i] = pre.classLabels().get(best[i]);
            }
            return new Predictions(TaskType.CLASSIFICATION, pre.classLabels(), predicted, out, null);
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = pre.decodeRegression(out[i][0]);
            predicted[i] = Double.toString(values[i]);
        }
        return new Predictions(TaskType.REGRESSION, List.of(), predicted, null, values);
    }

    /**
     * Writes the input rows with {@code prediction} (and {@code p_<label>} per class) appended,
     * comma-separated, atomically.
     */
    public static void writeCsv(DataTable table, Predictions predictions, Path out) {
        List<String> header = new ArrayList<>(table.columnNames());
        header.add("prediction");
        for (String label : predictions.labels()) {
            header.add("p_" + label);
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
                    if (predictions.probabilities() != null) {
                        for (double p : predictions.probabilities()[r]) {
                            cells.add(Float.toString((float) p));
                        }
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
