package org.evolab.fitness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.evolab.data.metrics.ClassificationMetrics;
import org.evolab.data.metrics.Encoding;
import org.evolab.data.metrics.RegressionMetrics;
import org.evolab.data.prep.PreparedData;
import org.evolab.data.prep.Preprocessor;
import org.evolab.data.schema.TaskType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A run's data in the form training wants it, built once per run from {@link PreparedData}:
 * float matrices on the heap (shared read-only by all workers), from which each training makes
 * its own ND4J arrays so that no INDArray is ever shared between threads.
 */
public final class TrainingData {
    private final TaskType task;
    private final FitnessMetric metric;
    private final List<String> classLabels;
    private final Preprocessor preprocessor;
    private final float[][] trainX;
    private final float[][] trainY;
    private final float[][] validationX;
    private final float[][] validationY;
    private final int[] validationClasses;
    private final double[] validationRaw;
    private final int inputs;
    private final int outputs;

    private TrainingData(PreparedData data, FitnessMetric metric) {
        this.task = data.taskType();
        this.metric = metric == null ? FitnessMetric.defaultFor(task) : metric;
        if (this.metric.task() != task) {
            throw new org.evolab.util.InvalidInputException("fitness metric " + this.metric.id() + " does not fit a "
                    + task.name().toLowerCase() + " task");
        }
        this.preprocessor = data.preprocessor();
        this.classLabels = preprocessor.classLabels();
        this.trainX = toFloat(data.trainX());
        this.trainY = toFloat(data.trainY());
        this.validationX = toFloat(data.validationX());
        this.validationY = toFloat(data.validationY());
        this.inputs = data.inputCount();
        this.outputs = data.outputCount();
        if (task == TaskType.CLASSIFICATION) {
            validationClasses = Encoding.argmax(data.validationY());
            validationRaw = null;
        } else {
            validationClasses = null;
            validationRaw = decode(data.validationY());
        }
    }

    /** One fold of {@link #folds}: {@code train} and {@code validation} index the pooled rows. */
    private TrainingData(TrainingData whole, float[][] x, float[][] y, int[] train, int[] validation) {
        this.task = whole.task;
        this.metric = whole.metric;
        this.preprocessor = whole.preprocessor;
        this.classLabels = whole.classLabels;
        this.inputs = whole.inputs;
        this.outputs = whole.outputs;
        this.trainX = pick(x, train);
        this.trainY = pick(y, train);
        this.validationX = pick(x, validation);
        this.validationY = pick(y, validation);
        if (task == TaskType.CLASSIFICATION) {
            validationClasses = argmax(validationY);
            validationRaw = null;
        } else {
            validationClasses = null;
            validationRaw = new double[validationY.length];
            for (int i = 0; i < validationRaw.length; i++) {
                validationRaw[i] = preprocessor.decodeRegression(validationY[i][0]);
            }
        }
    }

    public static TrainingData of(PreparedData data, FitnessMetric metric) {
        return new TrainingData(data, metric);
    }

    /**
     * The same data as plain values, for another JVM to rebuild with {@link #of(Parts)}: a Spark
     * executor, which gets it from this run's driver by Java serialization (Spark's own; nothing
     * of Evolab's reads it from a file). The validation targets go as they are, not re-derived
     * from the float matrices, so that the scores there are the scores here to the last bit.
     *
     * @param preprocessor the preprocessor's JSON ({@link Preprocessor#toJson})
     */
    public record Parts(
            TaskType task,
            FitnessMetric metric,
            String preprocessor,
            float[][] trainX,
            float[][] trainY,
            float[][] validationX,
            float[][] validationY,
            int[] validationClasses,
            double[] validationRaw,
            int inputs,
            int outputs)
            implements java.io.Serializable {}

    public Parts parts() {
        return new Parts(
                task,
                metric,
                preprocessor.toJson(),
                trainX,
                trainY,
                validationX,
                validationY,
                validationClasses,
                validationRaw,
                inputs,
                outputs);
    }

    public static TrainingData of(Parts parts) {
        return new TrainingData(parts);
    }

    private TrainingData(Parts p) {
        this.task = p.task();
        this.metric = p.metric();
        this.preprocessor = Preprocessor.fromJson(p.preprocessor());
        this.classLabels = preprocessor.classLabels();
        this.trainX = p.trainX();
        this.trainY = p.trainY();
        this.validationX = p.validationX();
        this.validationY = p.validationY();
        this.validationClasses = p.validationClasses();
        this.validationRaw = p.validationRaw();
        this.inputs = p.inputs();
        this.outputs = p.outputs();
    }

    /**
     * The training and validation rows pooled and cut into {@code k} folds for cross-validation:
     * fold {@code i} validates on the i-th part and trains on the others. Classification folds are
     * stratified (each class dealt out in turn, so every fold holds its share of every class);
     * regression deals out all rows alike. The same seed gives the same folds. The test rows stay
     * out of every fold.
     */
    public List<TrainingData> folds(int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        }
        float[][] x = concat(trainX, validationX);
        float[][] y = concat(trainY, validationY);
        int[] foldOf = foldAssignment(task == TaskType.CLASSIFICATION ? argmax(y) : new int[y.length], k, seed);
        List<TrainingData> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            int fold = f;
            int[] validation =
                    IntStream.range(0, x.length).filter(r -> foldOf[r] == fold).toArray();
            int[] train =
                    IntStream.range(0, x.length).filter(r -> foldOf[r] != fold).toArray();
            folds.add(new TrainingData(this, x, y, train, validation));
        }
        return folds;
    }

    /**
     * The fold of each row: the rows of each group (class) shuffled and dealt out to the folds in
     * turn, each group starting where the last one stopped, so that fold sizes differ by one at most.
     */
    static int[] foldAssignment(int[] groupOf, int k, long seed) {
        int groups = 0;
        for (int g : groupOf) {
            groups = Math.max(groups, g + 1);
        }
        List<List<Integer>> rowsOf = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            rowsOf.add(new ArrayList<>());
        }
        for (int r = 0; r < groupOf.length; r++) {
            rowsOf.get(groupOf[r]).add(r);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] foldOf = new int[groupOf.length];
        int next = 0;
        for (List<Integer> rows : rowsOf) {
            Collections.shuffle(rows, new Random(rng.nextLong()));
            for (int row : rows) {
                foldOf[row] = next;
                next = (next + 1) % k;
            }
        }
        return foldOf;
    }

    public TaskType task() {
        return task;
    }

    public FitnessMetric metric() {
        return metric;
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    public int trainRows() {
        return trainX.length;
    }

    public int validationRows() {
        return validationX.length;
    }

    /** Mini-batches of {@code batchSize} (0: one full batch) in {@code rows} rows. */
    public static int batchCount(int rows, int batchSize) {
        if (rows == 0) {
            return 0;
        }
        int size = batchSize <= 0 || batchSize >= rows ? rows : batchSize;
        return (rows + size - 1) / size;
    }

    /**
     * The training split cut into mini-batches after a seeded shuffle. A batch size of 0 (or one
     * at least as large as the data) gives one full batch.
     */
    public List<DataSet> trainBatches(int batchSize, long seed) {
        return batches(trainX, trainY, batchSize, seed);
    }

    /** Training plus validation split, for the final model. */
    public List<DataSet> trainAndValidationBatches(int batchSize, long seed) {
        float[][] x = concat(trainX, validationX);
        float[][] y = concat(trainY, validationY);
        return batches(x, y, batchSize, seed);
    }

    public INDArray validationFeatures() {
        return Nd4j.create(validationX);
    }

    /** A validation score (the fitness metric) and the validation loss that breaks its ties. */
    public record Validation(double score, double loss) {}

    /**
     * Scores a network whose outputs on the validation features are {@code output}. The loss
     * (mean cross-entropy, or mean squared error of the standardized target) tells apart networks
     * and epochs with the same accuracy: accuracy on a small validation split moves in steps.
     */
    public Validation validate(INDArray output) {
        // One bulk copy of the floats: toDoubleMatrix() reads element by element and cost 0.1-0.3 s
        // per validation of 7,500 rows, more than the epoch's training on small networks.
        float[] out = rowMajor(output);
        int n = validationX.length;
        int width = output.rank() < 2 ? 1 : (int) output.columns();
        double score =
                switch (metric) {
                    case ACCURACY -> ClassificationMetrics.of(validationClasses, argmax(out, width), classLabels)
                            .accuracy();
                    case MACRO_F1 -> ClassificationMetrics.of(validationClasses, argmax(out, width), classLabels)
                            .macroF1();
                    case NEG_RMSE -> -RegressionMetrics.of(validationRaw, decode(out))
                            .rmse();
                    case R2 -> RegressionMetrics.of(validationRaw, decode(out)).r2();
                };
        double loss = 0;
        for (int i = 0; i < n; i++) {
            if (task == TaskType.CLASSIFICATION) {
                loss -= Math.log(Math.max(1e-12, out[i * width + validationClasses[i]]));
            } else {
                double d = out[i] - validationY[i][0];
                loss += d * d;
            }
        }
        return new Validation(score, n == 0 ? 0 : loss / n);
    }

    /** The elements of a matrix in row-major order, copied in one go. */
    static float[] rowMajor(INDArray m) {
        if (m.ordering() == 'c' && !m.isView()) {
            float[] all = m.data().asFloat();
            return all.length == m.length() ? all : java.util.Arrays.copyOf(all, (int) m.length());
        }
        try (INDArray copy = m.dup('c')) {
            return copy.data().asFloat();
        }
    }

    /**
     * Index of the largest value of each row of a row-major matrix {@code width} wide: the first on
     * ties, and NaN never wins (as {@link Encoding#argmax(double[])}).
     */
    private static int[] argmax(float[] m, int width) {
        int rows = width == 0 ? 0 : m.length / width;
        int[] best = new int[rows];
        for (int i = 0; i < rows; i++) {
            int b = 0;
            for (int j = 1; j < width; j++) {
                float v = m[i * width + j];
                float w = m[i * width + b];
                if (v > w || (Float.isNaN(w) && !Float.isNaN(v))) {
                    b = j;
                }
            }
            best[i] = b;
        }
        return best;
    }

    private double[] decode(float[] standardized) {
        double[] raw = new double[standardized.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = preprocessor.decodeRegression(standardized[i]);
        }
        return raw;
    }

    private double[] decode(double[][] standardized) {
        double[] raw = new double[standardized.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = preprocessor.decodeRegression(standardized[i][0]);
        }
        return raw;
    }

    private static List<DataSet> batches(float[][] x, float[][] y, int batchSize, long seed) {
        int n = x.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int size = batchSize <= 0 || batchSize >= n ? n : batchSize;
        List<DataSet> batches = new ArrayList<>((n + size - 1) / size);
        for (int start = 0; start < n; start += size) {
            int end = Math.min(n, start + size);
            float[][] bx = new float[end - start][];
            float[][] by = new float[end - start][];
            for (int i = start; i < end; i++) {
                bx[i - start] = x[order[i]];
                by[i - start] = y[order[i]];
            }
            batches.add(new DataSet(Nd4j.create(bx), Nd4j.create(by)));
        }
        return batches;
    }

    /** The same matrix in single precision, the type every network here trains in. */
    public static float[][] toFloat(double[][] m) {
        float[][] f = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            f[i] = new float[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                f[i][j] = (float) m[i][j];
            }
        }
        return f;
    }

    private static float[][] pick(float[][] m, int[] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = m[rows[i]];
        }
        return out;
    }

    private static int[] argmax(float[][] rows) {
        int[] best = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            best[i] = argmax(rows[i], rows[i].length)[0];
        }
        return best;
    }

    private static float[][] concat(float[][] a, float[][] b) {
        float[][] c = new float[a.length + b.length][];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
