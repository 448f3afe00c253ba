package org.evolab.fitness;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.evolab.genome.Genome;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a genome's network on the training split and scores it on the validation split, with
 * early stopping: training ends after {@code patience} epochs without a better validation score
 * or a lower validation loss ({@link EarlyStopping}),
 * and the fitness is the best score seen (the weights of that epoch). Each training is a
 * {@link Dl4jTraining}; this class makes them, the final retrain and the search's networks.
 * Thread-safe: each call builds its own network and arrays.
 */
public final class Dl4jEvaluator {
    /** A training whose estimated memory exceeds this is refused before it starts. */
    public static final long DEFAULT_MEMORY_BUDGET_BYTES = 2L << 30;

    private final TrainingData data;
    private final TrainingSettings settings;
    private final long runSeed;
    private final TrainingControl control;
    private final long memoryBudget;
    private volatile Trainer.WeightsSink weightsSink;
    private volatile Trainer.NetworkSink networkSink;
    private volatile ParentWeights parents;
    private volatile int fold;

    public Dl4jEvaluator(TrainingData data, TrainingSettings settings, long runSeed, TrainingControl control) {
        this(data, settings, runSeed, control, DEFAULT_MEMORY_BUDGET_BYTES);
    }

    public Dl4jEvaluator(
            TrainingData data,
            TrainingSettings settings,
            long runSeed,
            TrainingControl control,
            long memoryBudgetBytes) {
        this.data = data;
        this.settings = settings;
        this.runSeed = runSeed;
        this.control = control;
        this.memoryBudget = memoryBudgetBytes;
    }

    TrainingData data() {
        return data;
    }

    TrainingSettings settings() {
        return settings;
    }

    long runSeed() {
        return runSeed;
    }

    long memoryBudget() {
        return memoryBudget;
    }

    Trainer.WeightsSink weightsSink() {
        return weightsSink;
    }

    Trainer.NetworkSink networkSink() {
        return networkSink;
    }

    /** Trainings keep their best parameters in {@code store} as fold {@code foldIndex}'s, and inherit from it. */
    public void setParents(ParentWeights store, int foldIndex) {
        this.parents = store;
        this.fold = foldIndex;
    }

    ParentWeights parents() {
        return parents;
    }

    int fold() {
        return fold;
    }

    public void setWeightsSink(Trainer.WeightsSink sink) {
        this.weightsSink = sink;
    }

    public void setNetworkSink(Trainer.NetworkSink sink) {
        this.networkSink = sink;
    }

    /**
     * Trains and scores {@code genome} to the end of its budget. Never throws for a bad genome: a
     * failure is a result with the reason. Throws {@link CancellationException} when the run is
     * cancelled meanwhile.
     */
    public FitnessResult evaluate(Genome genome) {
        Dl4jTraining training = start(genome);
        try {
            return training.trainUntil(genome.maxEpochs());
        } finally {
            training.release();
        }
    }

    /** Begins a training that can be continued in steps (successive halving trains in rungs). */
    public Dl4jTraining start(Genome genome) {
        return start(genome, null);
    }

    /**
     * Begins a training that starts from {@code parent}'s trained weights on this evaluator's fold
     * where the {@link #setParents parent store} keeps them (see {@link Inheritance}), fresh otherwise.
     */
    public Dl4jTraining start(Genome genome, Genome parent) {
        ParentWeights store = parents;
        float[] inherited = parent == null || store == null ? null : store.paramsOf(parent.id(), fold);
        return new Dl4jTraining(this, genome, parent, inherited);
    }

    /**
     * The run's pause and cancel, and an interrupt (the worker pool stopping its tasks after a
     * failure elsewhere): a cancelled training ends within 64 steps.
     */
    void checkpoint() {
        control.checkpoint();
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }

    /**
     * The search's own network for {@code genome} rebuilt from the parameters a {@link NetworkSink}
     * received: the same configuration and seed, so the same network.
     */
    public TrainedModel searchModel(Genome genome, float[] bestParameters, double epochs) {
        MultiLayerNetwork net = NetworkFactory.build(
                genome, data.inputs(), data.outputs(), data.task(), Seeds.forGenome(runSeed, genome));
        try (INDArray p = Nd4j.create(bestParameters, new long[] {1, bestParameters.length}, 'c')) {
            net.setParams(p);
        }
        return new TrainedModel(genome, net, epochs, FinalModel.SEARCH, data.trainRows());
    }

    /**
     * Trains the final network on training plus validation data for a fixed number of epochs (the
     * epoch count early stopping chose during the search: there is no held-out data left to stop on).
     */
    public TrainedModel trainFinal(Genome genome, int epochs) {
        long seed = Seeds.forGenome(runSeed, genome);
        MultiLayerNetwork net = NetworkFactory.build(genome, data.inputs(), data.outputs(), data.task(), seed);
        List<DataSet> batches = data.trainAndValidationBatches(genome.batchSize(), seed);
        SplittableRandom order = new SplittableRandom(Seeds.derive(seed, 1));
        for (int epoch = 0; epoch < epochs; epoch++) {
            control.checkpoint();
            Dl4jTraining.seedRandom(seed, 10_000L + epoch);
            Dl4jTraining.shuffle(batches, order);
            for (DataSet batch : batches) {
                net.fit(batch);
            }
        }
        NativeRelease.close(batches);
        return new TrainedModel(genome, net, epochs, FinalModel.RETRAIN, data.trainRows() + data.validationRows());
    }

    /**
     * Memory a training needs, roughly: float parameters, gradients, two updater states and the
     * best-epoch copy (5 copies), plus the activations and their gradients of one mini-batch
     * (the whole training split for full batch) and the batches themselves.
     */
    public static long estimatedBytes(Genome genome, int inputs, int outputs, int rows) {
        long params = genome.parameterCount(inputs, outputs);
        int batch = genome.batchSize() == Genome.FULL_BATCH ? rows : Math.min(rows, genome.batchSize());
        long units = inputs + outputs;
        for (var layer : genome.layers()) {
            units += layer.width();
        }
        return 4L * (5 * params + 3 * units * batch + (long) rows * (inputs + outputs));
    }
}
