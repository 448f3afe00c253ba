package org.evolab.fitness;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.evolab.genome.Genome;

/**
 * The DL4J trainer: {@link Dl4jEvaluator}'s trainings on a pool of worker threads
 * ({@link ParallelEvaluator}, started at the first generation), by {@link SuccessiveHalving} when
 * the training settings ask for it, each training's native memory freed as it ends.
 */
public final class Dl4jTrainer implements Trainer {
    private final Dl4jEvaluator evaluator;
    private final TrainingSettings settings;
    private final int workers;
    private final ToDoubleFunction<Genome> secondsPerStep;
    private ParallelEvaluator pool;

    public Dl4jTrainer(TrainingData data, TrainingSettings settings, long runSeed, TrainingControl control,
                       Options options) {
        this.evaluator = new Dl4jEvaluator(data, settings, runSeed, control);
        this.settings = settings;
        this.workers = options.workers();
        this.secondsPerStep = options.stepCost().on(data);
        evaluator.setWeightsSink(options.weights());
        evaluator.setNetworkSink(options.networks());
    }

    @Override
    public void train(List<Genome> genomes, Consumer<FitnessResult> onEach) throws InterruptedException {
        if (pool == null) {
            // Not before: making the pool also makes native arithmetic single-threaded per worker.
            pool = new ParallelEvaluator(workers);
        }
        new SuccessiveHalving(pool, settings.successiveHalving(), secondsPerStep)
                .train(genomes.stream().map(evaluator::start).toList(), onEach);
    }

    @Override
    public TrainedModel retrain(Genome genome, int epochs) {
        return evaluator.trainFinal(genome, epochs);
    }

    @Override
    public TrainedModel searchModel(Genome genome, float[] bestParameters, double epochs) {
        return evaluator.searchModel(genome, bestParameters, epochs);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }
}
