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
 * One genome's training, resumable: {@link #trainUntil} and {@link #trainSteps} may be called
 * with growing limits and pick up where it stopped, mid-epoch too (successive halving ranks
 * genomes after a share of their budget counted in mini-batch steps). The validation score is
 * taken after every epoch and wherever a call stops mid-epoch. Confined to one thread at a
 * time; {@link #release()} frees its native memory.
 */
public final class Dl4jTraining implements StepwiseTraining {
    private final Dl4jEvaluator evaluator;
    private final TrainingData data;
    private final Genome genome;
    private final String id;
    private final long params;
    private final long seed;
    private final EarlyStopping stopping;
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
    private long bestStep;
    private INDArray bestParams;
    private FitnessResult finished;
    /** The parent whose trained weights this training starts from, and its parameters on this fold; null: fresh. */
    private final Genome parent;

    private final float[] parentParams;

    Dl4jTraining(Dl4jEvaluator evaluator, Genome genome, Genome parent, float[] parentParams) {
        this.evaluator = evaluator;
        this.parent = parentParams == null ? null : parent;
        this.parentParams = parentParams;
        this.data = evaluator.data();
        this.genome = genome;
        this.id = genome.id();
        this.params = genome.parameterCount(data.inputs(), data.outputs());
        this.seed = Seeds.forGenome(evaluator.runSeed(), genome);
        this.stopping = new EarlyStopping(evaluator.settings().patienceFor(genome.maxEpochs()));
        this.stepsPerEpoch = TrainingData.batchCount(data.trainRows(), genome.batchSize());
        long bytes = Dl4jEvaluator.estimatedBytes(genome, data.inputs(), data.outputs(), data.trainRows());
        if (bytes > evaluator.memoryBudget()) {
            finished = FitnessResult.failed(
                    id,
                    String.format(
                            "refused: training it would need about %s of "
                                    + "memory, more than the %s allowed per training (%,d parameters)",
                            size(bytes), size(evaluator.memoryBudget()), params),
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
                if (parent != null) {
                    Inheritance.apply(net, genome, parent, parentParams, data);
                }
                batches = data.trainBatches(genome.batchSize(), seed);
                validationX = data.validationFeatures();
                order = new SplittableRandom(Seeds.derive(seed, 1));
            }
            long limit = Math.min(steps, totalSteps());
            if (batchIndex > 0 && step < limit) {
                // Continuing mid-epoch, maybe on another worker: dropout's generator belongs to the thread.
                seedRandom(seed, 20_000L + step);
            }
            while (step < limit && !stopping.exhausted()) {
                if (batchIndex == 0) {
                    seedRandom(seed, 10_000L + step / stepsPerEpoch);
                    shuffle(batches, order);
                }
                int end = (int) Math.min(stepsPerEpoch, batchIndex + (limit - step));
                for (int i = batchIndex; i < end; i++) {
                    if ((i & 63) == 0) {
                        evaluator.checkpoint();
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
            boolean done = step >= total || stopping.exhausted();
            FitnessResult result = new FitnessResult(
                    id,
                    stopping.best(),
                    stopping.bestLoss(),
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
        if (stopping.record(score, v.loss(), epochEnd)) {
            bestStep = step;
            if (bestParams != null) {
                bestParams.close();
            }
            bestParams = net.params().dup();
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
                    stopping.best(),
                    stopping.bestLoss(),
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
        ParentWeights parents = evaluator.parents();
        if (parents != null) {
            parents.put(genome, evaluator.fold(), bestParams.toFloatVector());
        }
        Trainer.NetworkSink networks = evaluator.networkSink();
        if (networks != null) {
            networks.accept(genome, finished, bestParams.toFloatVector());
        }
        Trainer.WeightsSink sink = evaluator.weightsSink();
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
    static void seedRandom(long seed, long salt) {
        Nd4j.getRandom().setSeed(Seeds.derive(seed, salt));
    }

    static void shuffle(List<DataSet> batches, SplittableRandom rng) {
        for (int i = batches.size() - 1; i > 0; i--) {
            Collections.swap(batches, i, rng.nextInt(i + 1));
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
