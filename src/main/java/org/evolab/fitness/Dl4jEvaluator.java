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
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a genome's network on the training split and scores it on the validation split, with
 * early stopping: training ends after {@code patience} epochs without a better validation score,
 * and the fitness is the best score seen (the weights of that epoch). Thread-safe: each call
 * builds its own network and arrays.
 */
public final class Dl4jEvaluator {
    /** A training whose estimated memory exceeds this is refused before it starts. */
    public static final long DEFAULT_MEMORY_BUDGET_BYTES = 2L << 30;

    private static final double MIN_IMPROVEMENT = 1e-6;
    /** Relative drop of the validation loss that counts as progress when the score is unchanged. */
    private static final double LOSS_IMPROVEMENT = 1e-3;

    private final TrainingData data;
    private final TrainingSettings settings;
    private final long runSeed;
    private final TrainingControl control;
    private final long memoryBudget;
    private volatile Trainer.WeightsSink weightsSink;
    private volatile Trainer.NetworkSink networkSink;

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
        Training training = start(genome);
        try {
            return training.trainUntil(genome.maxEpochs());
        } finally {
            training.release();
        }
    }

    /** Begins a training that can be continued in steps (successive halving trains in rungs). */
    public Training start(Genome genome) {
        return new Training(genome);
    }

    /**
     * One genome's training, resumable: {@link #trainUntil} and {@link #trainSteps} may be called
     * with growing limits and pick up where it stopped, mid-epoch too (successive halving ranks
     * genomes after a share of their budget counted in mini-batch steps). The validation score is
     * taken after every epoch and wherever a call stops mid-epoch. Confined to one thread at a
     * time; {@link #release()} frees its native memory.
     */
    public final class Training implements StepwiseTraining {
        private final Genome genome;
        private final String id;
        private final long params;
        private final long seed;
        private final int patience;
        private final int stepsPerEpoch;
        private final List<Double> curve = new ArrayList<>();
        private final List<Double> losses = new ArrayList<>();
        private long nanos;
        private MultiLayerNetwork net;
        private List<DataSet> batches;
        private INDArray validationX;
        private SplittableRandom order;
        /** Mini-batch steps trained so far, and the position within the current epoch. */
        private long step;

        private int batchIndex;
        private double best = Double.NEGATIVE_INFINITY;
        private double bestLoss = Double.POSITIVE_INFINITY;
        private long bestStep;
        private INDArray bestParams;
        private int sinceBest;
        private FitnessResult finished;

        private Training(Genome genome) {
            this.genome = genome;
            this.id = genome.id();
            this.params = genome.parameterCount(data.inputs(), data.outputs());
            this.seed = Seeds.forGenome(runSeed, genome);
            this.patience = settings.patienceFor(genome.maxEpochs());
            this.stepsPerEpoch = TrainingData.batchCount(data.trainRows(), genome.batchSize());
            long bytes = estimatedBytes(genome, data.inputs(), data.outputs(), data.trainRows());
            if (bytes > memoryBudget) {
                finished = FitnessResult.failed(
                        id,
                        String.format(
                                "refused: training it would need about %s of "
                                        + "memory, more than the %s allowed per training (%,d parameters)",
                                size(bytes), size(memoryBudget), params),
                        0,
                        params,
                        0,
                        curve,
                        losses);
            }
        }

        @Override
        public Genome genome() {
            return genome;
        }

        @Override
        public boolean isFinished() {
            return finished != null;
        }

        /** Mini-batch steps of one epoch on the training split. */
        public int stepsPerEpoch() {
            return stepsPerEpoch;
        }

        @Override
        public long totalSteps() {
            return (long) stepsPerEpoch * genome.maxEpochs();
        }

        @Override
        public long stepsDone() {
            return step;
        }

        /** Stops at early stopping or a failure too; once finished, returns the final result. */
        @Override
        public FitnessResult trainUntil(int epochLimit) {
            return trainSteps((long) Math.min(epochLimit, genome.maxEpochs()) * stepsPerEpoch);
        }

        @Override
        public FitnessResult trainSteps(long steps) {
            if (finished != null) {
                return finished;
            }
            long t0 = System.nanoTime();
            try {
                if (net == null) {
                    net = NetworkFactory.build(genome, data.inputs(), data.outputs(), data.task(), seed);
                    batches = data.trainBatches(genome.batchSize(), seed);
                    validationX = data.validationFeatures();
                    order = new SplittableRandom(Seeds.derive(seed, 1));
                }
                long limit = Math.min(steps, totalSteps());
                if (batchIndex > 0 && step < limit) {
                    // Continuing mid-epoch, maybe on another worker: dropout's generator belongs to the thread.
                    seedRandom(seed, 20_000L + step);
                }
                while (step < limit && sinceBest < patience) {
                    if (batchIndex == 0) {
                        seedRandom(seed, 10_000L + step / stepsPerEpoch);
                        shuffle(batches, order);
                    }
                    int end = (int) Math.min(stepsPerEpoch, batchIndex + (limit - step));
                    for (int i = batchIndex; i < end; i++) {
                        if ((i & 63) == 0) {
                            checkpoint();
                        }
                        net.fit(batches.get(i));
                    }
                    step += end - batchIndex;
                    boolean epochEnd = end == stepsPerEpoch;
                    batchIndex = epochEnd ? 0 : end;
                    String failure = score(epochEnd);
                    if (failure != null) {
                        return fail(failure, t0);
                    }
                }
                nanos += System.nanoTime() - t0;
                long total = totalSteps();
                boolean done = step >= total || sinceBest >= patience;
                FitnessResult result = new FitnessResult(
                        id,
                        best,
                        bestLoss,
                        epochs(step),
                        epochs(bestStep),
                        !done
                                ? FitnessResult.Outcome.HALVED
                                : step < total
                                        ? FitnessResult.Outcome.STOPPED_EARLY
                                        : FitnessResult.Outcome.TRAINED_TO_BUDGET,
                        null,
                        curve,
                        losses,
                        params,
                        nanos / 1_000_000);
                if (done) {
                    finished = result;
                    reportFinished();
                }
                return result;
            } catch (CancellationException e) {
                throw e;
            } catch (OutOfMemoryError e) {
                return fail("out of memory while training", t0);
            } catch (RuntimeException e) {
                return fail(
                        "training failed: " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())),
                        t0);
            }
        }

        /** Validates after the steps just trained; returns why training failed, or null. */
        private String score(boolean epochEnd) {
            double loss = net.score();
            losses.add(loss);
            String where = epochEnd
                    ? "in epoch " + (step / stepsPerEpoch)
                    : String.format(java.util.Locale.ROOT, "after %.2f epochs", epochs(step));
            if (!Double.isFinite(loss)) {
                return "diverged: training loss became " + loss + " " + where;
            }
            TrainingData.Validation v;
            try (INDArray out = net.output(validationX, false)) {
                v = data.validate(out);
            }
            double score = v.score();
            if (!Double.isFinite(score) || !Double.isFinite(v.loss())) {
                return "diverged: validation score became " + score + " " + where;
            }
            curve.add(score);
            // Better score, or the same score with a clearly lower loss (accuracy moves in steps).
            boolean better = score > best + MIN_IMPROVEMENT
                    || (score >= best - MIN_IMPROVEMENT && v.loss() < bestLoss * (1 - LOSS_IMPROVEMENT));
            if (better) {
                best = score;
                bestLoss = v.loss();
                bestStep = step;
                if (bestParams != null) {
                    bestParams.close();
                }
                bestParams = net.params().dup();
                sinceBest = 0;
            } else if (epochEnd) {
                sinceBest++;
            }
            return null;
        }

        private double epochs(long steps) {
            return stepsPerEpoch == 0 ? 0 : steps / (double) stepsPerEpoch;
        }

        @Override
        public FitnessResult stopHere() {
            if (finished == null) {
                finished = new FitnessResult(
                        id,
                        best,
                        bestLoss,
                        epochs(step),
                        epochs(bestStep),
                        FitnessResult.Outcome.HALVED,
                        null,
                        curve,
                        losses,
                        params,
                        nanos / 1_000_000);
                reportFinished();
            }
            return finished;
        }

        /** Hands the best epoch's weights to the sinks, if any wants them. */
        private void reportFinished() {
            if (net == null || bestParams == null) {
                return;
            }
            Trainer.NetworkSink networks = networkSink;
            if (networks != null) {
                networks.accept(genome, finished, bestParams.toFloatVector());
            }
            Trainer.WeightsSink sink = weightsSink;
            if (sink != null) {
                net.setParams(bestParams);
                sink.accept(
                        id,
                        new TrainedModel(genome, net, epochs(bestStep), FinalModel.SEARCH, data.trainRows())
                                .layerWeights());
            }
        }

        private FitnessResult fail(String reason, long t0) {
            nanos += System.nanoTime() - t0;
            finished = FitnessResult.failed(id, reason, epochs(step), params, nanos / 1_000_000, curve, losses);
            return finished;
        }

        /**
         * Frees the network's and the batches' native memory now rather than whenever the garbage
         * collector would: hundreds of trainings per run.
         */
        @Override
        public void release() {
            try {
                NativeRelease.close(net);
                NativeRelease.close(batches);
                NativeRelease.close(validationX);
                NativeRelease.close(bestParams);
            } catch (RuntimeException e) {
                // Releasing early is an optimisation; an array that refuses is left to the collector.
            } finally {
                net = null;
                batches = null;
                validationX = null;
                bestParams = null;
            }
        }
    }

    /**
     * The run's pause and cancel, and an interrupt (the worker pool stopping its tasks after a
     * failure elsewhere): a cancelled training ends within 64 steps.
     */
    private void checkpoint() {
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
            seedRandom(seed, 10_000L + epoch);
            shuffle(batches, order);
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

    private static String size(long bytes) {
        return bytes >= 1L << 30
                ? String.format("%.1f GB", bytes / (double) (1L << 30))
                : String.format("%d MB", bytes >> 20);
    }

    /**
     * Dropout draws its masks from ND4J's random generator, which belongs to the thread: a
     * training continued on another worker (successive halving) would otherwise get masks that
     * depend on what that thread trained before. Seeding it at every epoch (and wherever a
     * training resumes mid-epoch) from the genome's seed makes the run the same wherever it runs.
     */
    private static void seedRandom(long seed, long salt) {
        Nd4j.getRandom().setSeed(Seeds.derive(seed, salt));
    }

    private static void shuffle(List<DataSet> batches, SplittableRandom rng) {
        for (int i = batches.size() - 1; i > 0; i--) {
            Collections.swap(batches, i, rng.nextInt(i + 1));
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
