package org.evolab.fitness;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.evolab.genome.Genome;

/**
 * The DL4J trainer: {@link Dl4jEvaluator}'s trainings on a pool of worker threads
 * ({@link ParallelEvaluator}, started at the first generation), by {@link SuccessiveHalving} when
 * the training settings ask for it, each training's native memory freed as it ends. Where the
 * settings ask for folds ({@link TrainingSettings#foldsFor}), each genome's fitness is
 * {@link CrossValidation}'s; the final model still trains on all training and validation rows.
 */
public final class Dl4jTrainer implements Trainer {
    private final Dl4jEvaluator evaluator;
    /** The fold evaluators, or null when the fitness is the validation split's. */
    private final CrossValidation folds;
    /** The evaluator whose networks the sinks receive: the first fold's under cross-validation. */
    private final Dl4jEvaluator searchEvaluator;
    private final TrainingSettings settings;
    private final int workers;
    private final ToDoubleFunction<Genome> secondsPerStep;
    private ParallelEvaluator pool;

    public Dl4jTrainer(TrainingData data, TrainingSettings settings, long runSeed, TrainingControl control,
                       Options options) {
        this.evaluator = new Dl4jEvaluator(data, settings, runSeed, control);
        this.settings = settings;
        this.workers = options.workers();
        int k = settings.foldsFor(data.trainRows() + data.validationRows());
        List<TrainingData> foldData = k > 1 ? data.folds(k, Seeds.derive(runSeed, FOLD_SALT)) : List.of(data);
        List<Dl4jEvaluator> foldEvaluators = k > 1
                ? foldData.stream().map(d -> new Dl4jEvaluator(d, settings, runSeed, control)).toList()
                : List.of(evaluator);
        this.folds = k > 1 ? new CrossValidation(foldEvaluators) : null;
        this.searchEvaluator = foldEvaluators.get(0);
        TrainingData scheduled = foldData.get(0);
        StepCost cost = options.stepCost();
        this.secondsPerStep = g -> cost.secondsPerStep(g, data.inputs(), data.outputs(), scheduled.trainRows()
                / (double) Math.max(1, TrainingData.batchCount(scheduled.trainRows(), g.batchSize())));
        searchEvaluator.setWeightsSink(options.weights());
        searchEvaluator.setNetworkSink(options.networks());
    }

    /** Salt of the folds' shuffle, apart from every other use of the run's seed. */
    private static final long FOLD_SALT = 7_000L;

    @Override
    public void train(List<Genome> genomes, Consumer<FitnessResult> onEach) throws InterruptedException {
        if (pool == null) {
            // Not before: making the pool also makes native arithmetic single-threaded per worker.
            pool = new ParallelEvaluator(workers);
        }
        new SuccessiveHalving(pool, settings.successiveHalving(), secondsPerStep)
                .train(genomes.stream().map(g -> folds == null ? evaluator.start(g) : folds.start(g)).toList(), onEach);
    }

    @Override
    public TrainedModel retrain(Genome genome, int epochs) {
        return evaluator.trainFinal(genome, epochs);
    }

    @Override
    public TrainedModel searchModel(Genome genome, float[] bestParameters, double epochs) {
        return searchEvaluator.searchModel(genome, bestParameters, epochs);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }
}
