package org.evolab.fitness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.evolab.genome.Genome;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Trains a genome's network on the training split and scores it on the validation split, with
 * early stopping: training ends after {@code patience} epochs without a better validation score,
 * and the fitness is the best score seen (the weights of that epoch). Thread-safe: each call
 * builds its own network and arrays.
 */
public final class Dl4jEvaluator implements Evaluator {
    /** Networks above this size are refused before training (memory and time). */
    public static final long DEFAULT_MAX_PARAMETERS = 20_000_000L;
    private static final double MIN_IMPROVEMENT = 1e-6;
    /** Relative drop of the validation loss that counts as progress when the score is unchanged. */
    private static final double LOSS_IMPROVEMENT = 1e-3;

    private final TrainingData data;
    private final TrainingSettings settings;
    private final long runSeed;
    private final TrainingControl control;
    private final long maxParameters;
    private volatile WeightsSink weightsSink;

    /** Receives the weights of every successful training (for drawing); called on the worker thread. */
    @FunctionalInterface
    public interface WeightsSink {
        void accept(String genomeId, List<double[][]> weights);
    }

    public Dl4jEvaluator(TrainingData data, TrainingSettings settings, long runSeed, TrainingControl control) {
        this(data, settings, runSeed, control, DEFAULT_MAX_PARAMETERS);
    }

    public Dl4jEvaluator(TrainingData data, TrainingSettings settings, long runSeed, TrainingControl control,
                         long maxParameters) {
        this.data = data;
        this.settings = settings;
        this.runSeed = runSeed;
        this.control = control;
        this.maxParameters = maxParameters;
    }

    public void setWeightsSink(WeightsSink sink) {
        this.weightsSink = sink;
    }

    /**
     * Trains and scores {@code genome}. Never throws for a bad genome: a failure is a result with
     * the reason. Throws {@link CancellationException} when the run is cancelled meanwhile.
     */
    @Override
    public FitnessResult evaluate(Genome genome) {
        long start = System.nanoTime();
        String id = genome.id();
        long params = genome.parameterCount(data.inputs(), data.outputs());
        List<Double> curve = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        if (params > maxParameters) {
            return FitnessResult.failed(id, String.format("refused: %,d parameters exceed the limit of %,d",
                    params, maxParameters), 0, params, 0, curve, losses);
        }
        int epoch = 0;
        try {
            long seed = Seeds.forGenome(runSeed, genome);
            MultiLayerNetwork net = NetworkFactory.build(genome, data.inputs(), data.outputs(), data.task(), seed);
            List<DataSet> batches = data.trainBatches(genome.batchSize(), seed);
            INDArray validationX = data.validationFeatures();
            SplittableRandom order = new SplittableRandom(Seeds.derive(seed, 1));
            double best = Double.NEGATIVE_INFINITY;
            double bestLoss = Double.POSITIVE_INFINITY;
            int bestEpoch = 0;
            INDArray bestParams = null;
            int sinceBest = 0;
            while (epoch < genome.maxEpochs() && sinceBest < settings.patience()) {
                control.checkpoint();
                shuffle(batches, order);
                for (DataSet batch : batches) {
                    net.fit(batch);
                }
                epoch++;
                double loss = net.score();
                losses.add(loss);
                if (!Double.isFinite(loss)) {
                    return FitnessResult.failed(id, "diverged: training loss became " + loss + " in epoch " + epoch,
                            epoch, params, millisSince(start), curve, losses);
                }
                TrainingData.Validation v = data.validate(net.output(validationX, false));
                double score = v.score();
                if (!Double.isFinite(score) || !Double.isFinite(v.loss())) {
                    return FitnessResult.failed(id, "diverged: validation score became " + score + " in epoch " + epoch,
                            epoch, params, millisSince(start), curve, losses);
                }
                curve.add(score);
                // Better score, or the same score with a clearly lower loss (accuracy moves in steps).
                boolean better = score > best + MIN_IMPROVEMENT
                        || (score >= best - MIN_IMPROVEMENT && v.loss() < bestLoss * (1 - LOSS_IMPROVEMENT));
                if (better) {
                    best = score;
                    bestLoss = v.loss();
                    bestEpoch = epoch;
                    bestParams = net.params().dup();
                    sinceBest = 0;
                } else {
                    sinceBest++;
                }
            }
            if (bestParams != null) {
                net.setParams(bestParams);
            }
            WeightsSink sink = weightsSink;
            if (sink != null) {
                sink.accept(id, new TrainedModel(genome, net, bestEpoch).layerWeights());
            }
            boolean stoppedEarly = epoch < genome.maxEpochs();
            return new FitnessResult(id, best, bestLoss, epoch, bestEpoch, stoppedEarly, null, curve, losses, params,
                    millisSince(start));
        } catch (CancellationException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            return FitnessResult.failed(id, "out of memory while training", epoch, params, millisSince(start),
                    curve, losses);
        } catch (RuntimeException e) {
            return FitnessResult.failed(id, "training failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())), epoch, params,
                    millisSince(start), curve, losses);
        }
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
            shuffle(batches, order);
            for (DataSet batch : batches) {
                net.fit(batch);
            }
        }
        return new TrainedModel(genome, net, epochs);
    }

    private static void shuffle(List<DataSet> batches, SplittableRandom rng) {
        for (int i = batches.size() - 1; i > 0; i--) {
            Collections.swap(batches, i, rng.nextInt(i + 1));
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
