package org.evolab.fitness.baseline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.evolab.data.prep.PreparedData;
import org.evolab.data.schema.TaskType;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.NativeThreads;
import org.evolab.fitness.NetworkFactory;
import org.evolab.fitness.Seeds;
import org.evolab.fitness.TrainingData;
import org.evolab.genome.Genome;
import org.evolab.util.InvalidInputException;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The benchmark's reference: a genome trained the way the Deeplearning4j documentation and
 * examples teach, with nothing of Evolab's engine. The data become one {@link DataSet}, split
 * into examples with {@link DataSet#asList()} and shuffled once; a {@link ListDataSetIterator}
 * serves mini-batches of {@value #DOCS_BATCH_SIZE}; {@code model.fit(iterator, epochs)} trains for
 * the genome's max epochs (no early stopping); {@code model.output} and an {@link Evaluation}
 * score the validation split. ND4J runs with its default thread count. The network is the one
 * Evolab builds for the genome ({@link NetworkFactory}), so both engines train the same models.
 *
 * <p>Not thread-safe: one genome after another, as a sequential loop would do. Classification
 * only (the benchmark's workloads are classification).
 */
public final class StraightforwardTrainer {
    /** The mini-batch size of the DL4J examples. */
    public static final int DOCS_BATCH_SIZE = 32;

    private final PreparedData data;
    private final long runSeed;
    private final int fixedBatchSize;
    private final int classes;
    private final List<DataSet> trainExamples;
    private final INDArray validationX;
    private final INDArray validationY;
    private List<DataSet> trainAndValidationExamples;
    private INDArray testX;
    private INDArray testY;

    /**
     * @param batchSize mini-batch size for every genome, or 0 to use each genome's own batch size
     *                  gene (full batch meaning the whole split)
     */
    public StraightforwardTrainer(PreparedData data, long runSeed, int batchSize) {
        if (data.taskType() != TaskType.CLASSIFICATION) {
            throw new InvalidInputException("the straightforward engine of the benchmark scores classification only");
        }
        NativeThreads.defaults();
        this.data = data;
        this.runSeed = runSeed;
        this.fixedBatchSize = batchSize;
        this.classes = data.outputCount();
        this.trainExamples = examples(data.trainX(), data.trainY(), Seeds.derive(runSeed, 501));
        this.validationX = Nd4j.create(TrainingData.toFloat(data.validationX()));
        this.validationY = Nd4j.create(TrainingData.toFloat(data.validationY()));
    }

    public int trainRows() {
        return data.trainX().length;
    }

    public int trainAndValidationRows() {
        return data.trainX().length + data.validationX().length;
    }

    /** The mini-batch size a genome trains with here. */
    public int batchSizeFor(Genome genome, int rows) {
        int b = fixedBatchSize > 0 ? fixedBatchSize : genome.batchSize();
        return b <= 0 || b >= rows ? rows : b;
    }

    /**
     * Trains {@code genome} on the training split for its max epochs and scores the last epoch's
     * network on validation. {@code trainMillis} of the result is the time spent in {@code fit}.
     */
    public FitnessResult evaluate(Genome genome) {
        NativeThreads.defaults();
        long params = genome.parameterCount(data.inputCount(), data.outputCount());
        int epochs = genome.maxEpochs();
        long fitNanos = 0;
        try {
            MultiLayerNetwork model = NetworkFactory.build(
                    genome, data.inputCount(), data.outputCount(), data.taskType(), Seeds.forGenome(runSeed, genome));
            DataSetIterator iterator = new ListDataSetIterator<>(trainExamples, batchSizeFor(genome, trainRows()));
            long t0 = System.nanoTime();
            model.fit(iterator, epochs);
            fitNanos = System.nanoTime() - t0;

            INDArray output = model.output(validationX);
            Evaluation eval = new Evaluation(classes);
            eval.eval(validationY, output);
            double accuracy = eval.accuracy();
            double loss = model.score(new DataSet(validationX, validationY));
            if (!Double.isFinite(accuracy) || !Double.isFinite(loss)) {
                return FitnessResult.failed(
                        genome.id(), "diverged", epochs, params, fitNanos / 1_000_000, List.of(), List.of());
            }
            return new FitnessResult(
                    genome.id(),
                    accuracy,
                    loss,
                    epochs,
                    epochs,
                    FitnessResult.Outcome.TRAINED_TO_BUDGET,
                    null,
                    List.of(accuracy),
                    List.of(),
                    params,
                    fitNanos / 1_000_000);
        } catch (RuntimeException e) {
            return FitnessResult.failed(
                    genome.id(), "training failed: " + e, epochs, params, fitNanos / 1_000_000, List.of(), List.of());
        }
    }

    /** The final model of a straightforward search: trained on training plus validation data, scored on test. */
    public record TestResult(double accuracy, int epochs, long parameters, int rows, long fitMillis) {}

    /** Trains {@code genome} on training plus validation data for {@code epochs} and scores it on test. */
    public TestResult trainAndTest(Genome genome, int epochs) {
        NativeThreads.defaults();
        if (trainAndValidationExamples == null) {
            trainAndValidationExamples =
                    examples(data.trainAndValidationX(), data.trainAndValidationY(), Seeds.derive(runSeed, 502));
            testX = Nd4j.create(TrainingData.toFloat(data.testX()));
            testY = Nd4j.create(TrainingData.toFloat(data.testY()));
        }
        int rows = trainAndValidationRows();
        MultiLayerNetwork model = NetworkFactory.build(
                genome, data.inputCount(), data.outputCount(), data.taskType(), Seeds.forGenome(runSeed, genome));
        DataSetIterator iterator = new ListDataSetIterator<>(trainAndValidationExamples, batchSizeFor(genome, rows));
        long t0 = System.nanoTime();
        model.fit(iterator, epochs);
        long fitMillis = (System.nanoTime() - t0) / 1_000_000;
        Evaluation eval = new Evaluation(classes);
        eval.eval(testY, model.output(testX));
        return new TestResult(eval.accuracy(), epochs, model.numParams(), rows, fitMillis);
    }

    /** One DataSet per example, shuffled once: {@code allData.asList()} as in the DL4J examples. */
    private static List<DataSet> examples(double[][] x, double[][] y, long seed) {
        DataSet all = new DataSet(Nd4j.create(TrainingData.toFloat(x)), Nd4j.create(TrainingData.toFloat(y)));
        List<DataSet> list = new ArrayList<>(all.asList());
        Collections.shuffle(list, new Random(seed));
        return list;
    }
}
