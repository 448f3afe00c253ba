package org.evolab.data.prep;

import org.evolab.data.csv.DataTable;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.TaskType;

/**
 * Everything a run trains on, built once: the split, the preprocessor fitted on its training
 * rows, and the encoded matrices of each split. The matrices are shared, not copied (they can be
 * large and every evaluation reads them): treat them as read-only.
 */
public record PreparedData(
        DataTable table,
        DatasetSchema schema,
        Preprocessor preprocessor,
        DataSplit split,
        double[][] trainX,
        double[][] trainY,
        double[][] validationX,
        double[][] validationY,
        double[][] testX,
        double[][] testY) {

    public static PreparedData prepare(
            DataTable table, DatasetSchema schema, SplitRatios ratios, long seed, PreprocessOptions options) {
        DataSplit split = Splitter.split(table, schema, ratios, seed);
        Preprocessor preprocessor = Preprocessor.fit(table, schema, split.train(), options);
        int[] train = split.train();
        int[] validation = split.validation();
        int[] test = split.test();
        return new PreparedData(
                table,
                schema,
                preprocessor,
                split,
                preprocessor.features(table, train),
                preprocessor.targets(table, train),
                preprocessor.features(table, validation),
                preprocessor.targets(table, validation),
                preprocessor.features(table, test),
                preprocessor.targets(table, test));
    }

    /** Width of the network's input layer. */
    public int inputCount() {
        return preprocessor.featureCount();
    }

    /** Width of the network's output layer. */
    public int outputCount() {
        return preprocessor.outputCount();
    }

    public TaskType taskType() {
        return preprocessor.taskType();
    }

    /** Training and validation rows together (in that order), for retraining the best network before the test. */
    public double[][] trainAndValidationX() {
        return concat(trainX, validationX);
    }

    /** Targets matching {@link #trainAndValidationX()}. */
    public double[][] trainAndValidationY() {
        return concat(trainY, validationY);
    }

    /**
     * The same data with the test rows added to the validation split, for the refit of the exported
     * model on every labelled row once the test has scored it: its training plus validation rows are
     * all the labelled rows (training, validation, test, in that order). The preprocessor stays the
     * one fitted on the training split, so the refit network reads its inputs as the tested one did.
     */
    public PreparedData withTestRowsInValidation() {
        return new PreparedData(
                table,
                schema,
                preprocessor,
                split,
                trainX,
                trainY,
                concat(validationX, testX),
                concat(validationY, testY),
                testX,
                testY);
    }

    /** Rows with a label: training, validation and test together. */
    public int labelledRows() {
        return trainX.length + validationX.length + testX.length;
    }

    private static double[][] concat(double[][] a, double[][] b) {
        double[][] both = new double[a.length + b.length][];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Override
    public String toString() {
        return "PreparedData[" + table + ", " + taskType() + ", " + inputCount() + " inputs, " + outputCount()
                + " outputs, " + trainX.length + "/" + validationX.length + "/" + testX.length + " rows]";
    }
}
