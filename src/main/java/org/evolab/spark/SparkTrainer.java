package org.evolab.spark;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.evolab.fitness.Dl4jTrainings;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.ParallelEvaluator;
import org.evolab.fitness.SuccessiveHalving;
import org.evolab.fitness.TrainedModel;
import org.evolab.fitness.Trainer;
import org.evolab.fitness.TrainingControl;
import org.evolab.fitness.TrainingData;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Genome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a run's genomes on a Spark cluster: every training (and every continuation of one by
 * successive halving) is a Spark job of one task, submitted from a driver thread of its own, so
 * results come back one by one as tasks finish and the live views keep moving. The run's data
 * are broadcast once. Halving ranks on the driver with the same {@link SuccessiveHalving} as a
 * local run, and a task replays a training's earlier rungs instead of shipping its state, so the
 * results are those of a local run (at one core per task, Spark's default). The final model is
 * trained on the driver, as locally.
 *
 * <p>Cancel: a watcher turns the run's cancel into {@code cancelJobGroup}, which interrupts the
 * tasks; pause holds back new tasks (those running finish their step targets).
 */
final class SparkTrainer implements Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(SparkTrainer.class);
    /** Driver threads that wait for tasks: Spark queues what the cluster cannot run yet. */
    private static final int MIN_DRIVER_THREADS = 64;

    private final TrainingData data;
    private final TrainingSettings settings;
    private final long runSeed;
    private final TrainingControl control;
    private final Options options;
    private final Dl4jTrainings local;
    private final ToDoubleFunction<Genome> secondsPerStep;
    private final JavaSparkContext spark;
    private final Broadcast<TrainingData.Parts> broadcast;
    private final String jobGroup = "evolab-" + UUID.randomUUID();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Thread watcher;
    private ParallelEvaluator pool;

    SparkTrainer(
            SparkConf conf,
            TrainingData data,
            TrainingSettings settings,
            long runSeed,
            TrainingControl control,
            Options options) {
        this.data = data;
        this.settings = settings;
        this.runSeed = runSeed;
        this.control = control;
        this.options = options;
        this.local = new Dl4jTrainings(data, settings, runSeed, control);
        this.secondsPerStep = options.stepCost().on(local.scheduled());
        this.spark = new JavaSparkContext(conf);
        this.broadcast = spark.broadcast(data.parts());
        this.watcher = new Thread(this::watchForCancel, "evolab-spark-cancel");
        watcher.setDaemon(true);
        watcher.start();
        LOG.debug("Spark trainer on {} ({} default parallelism)", spark.master(), spark.defaultParallelism());
    }

    @Override
    public void train(List<Genome> genomes, Consumer<FitnessResult> onEach) throws InterruptedException {
        if (cancelled.get()) {
            throw new CancellationException("cancelled");
        }
        if (pool == null) {
            pool = new ParallelEvaluator(Math.max(MIN_DRIVER_THREADS, options.workers()));
        }
        new SuccessiveHalving(pool, settings.successiveHalving(), secondsPerStep)
                .train(
                        genomes.stream()
                                .map(g -> new RemoteTraining(local.start(g), this::runTask, options))
                                .toList(),
                        onEach);
    }

    /** One training's step targets as a Spark job of one task; blocks until it ends. */
    private TaskOutcome runTask(Genome genome, List<Long> stepTargets) {
        control.checkpoint();
        spark.setJobGroup(jobGroup, "Evolab: train " + genome.summary(), true);
        JavaFutureAction<List<TaskOutcome>> job = spark.parallelize(List.of(0), 1)
                .map(new TrainingTask(
                        broadcast,
                        settings,
                        runSeed,
                        genome,
                        stepTargets,
                        options.networks() != null,
                        options.weights() != null))
                .collectAsync();
        try {
            return job.get().get(0);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (cancelled.get()) {
                throw new CancellationException("cancelled");
            }
            // Spark gave up on the task (its retries failed too): a failed training, as a bad genome's is.
            LOG.warn("Spark could not train {}", genome.id(), e.getCause());
            FitnessResult failed = FitnessResult.failed(
                    genome.id(),
                    "Spark could not train it: " + SparkSupport.firstLine(e.getCause()),
                    0,
                    genome.parameterCount(data.inputs(), data.outputs()),
                    0,
                    List.of(),
                    List.of());
            return TaskOutcome.of(failed, true, 0, null, null);
        }
    }

    /** Turns the run's cancel into a cancel of the Spark jobs (the control only says so when asked). */
    private void watchForCancel() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                control.checkpoint();
                Thread.sleep(100);
            } catch (CancellationException e) {
                cancelled.set(true);
                spark.cancelJobGroup(jobGroup);
                return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public TrainedModel retrain(Genome genome, int epochs) {
        return local.whole().trainFinal(genome, epochs);
    }

    @Override
    public TrainedModel searchModel(Genome genome, float[] bestParameters, double epochs) {
        return local.search().searchModel(genome, bestParameters, epochs);
    }

    @Override
    public void close() {
        watcher.interrupt();
        if (pool != null) {
            pool.close();
            pool = null;
        }
        try {
            broadcast.destroy();
        } catch (RuntimeException e) {
            LOG.debug("broadcast not destroyed: {}", e.toString());
        }
        spark.stop();
    }
}
