package org.evolab.fitness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
    private final Dl4jTrainings trainings;
    private final TrainingSettings settings;
    private final int workers;
    private final ToDoubleFunction<Genome> secondsPerStep;
    private ParallelEvaluator pool;

    public Dl4jTrainer(
            TrainingData data, TrainingSettings settings, long runSeed, TrainingControl control, Options options) {
        this.trainings = new Dl4jTrainings(data, settings, runSeed, control);
        this.settings = settings;
        this.workers = options.workers();
        // The first fold's rows per step: the folds train alike.
        this.secondsPerStep = options.stepCost().on(trainings.scheduled());
        trainings.search().setWeightsSink(options.weights());
        trainings.search().setNetworkSink(options.networks());
        trainings.setParents(options.parents());
    }

    @Override
    public void train(List<Genome> genomes, Consumer<FitnessResult> onEach) throws InterruptedException {
        trainFrom(genomes.stream().map(g -> new Candidate(g, null)).toList(), onEach);
    }

    @Override
    public void trainFrom(List<Candidate> candidates, Consumer<FitnessResult> onEach) throws InterruptedException {
        // Each training is made here, on the run's thread, with the parent's weights as they are
        // before this generation trains: what a child inherits does not depend on timing.
        new SuccessiveHalving(pool(), settings.successiveHalving(), secondsPerStep)
                .train(
                        candidates.stream()
                                .map(c -> trainings.start(c.genome(), c.parent()))
                                .toList(),
                        onEach);
    }

    @Override
    public boolean inheritsWeights() {
        return true;
    }

    @Override
    public TrainedModel retrain(Genome genome, int epochs) {
        return trainings.whole().trainFinal(genome, epochs);
    }

    /**
     * The final networks on the workers, the longest first (by the steps they take and the run's
     * cost of a step): an ensemble's members used to train one after another while all but one
     * worker waited.
     */
    @Override
    public List<TrainedModel> retrainAll(List<Retraining> retrainings) throws InterruptedException {
        if (workers < 2 || retrainings.size() < 2) {
            return Trainer.super.retrainAll(retrainings);
        }
        Dl4jEvaluator whole = trainings.whole();
        int rows = whole.data().trainRows() + whole.data().validationRows();
        List<Integer> longestFirst = new ArrayList<>();
        for (int i = 0; i < retrainings.size(); i++) {
            longestFirst.add(i);
        }
        // A stable sort: ties keep the order given.
        longestFirst.sort(Comparator.comparingDouble((Integer i) -> {
            Retraining r = retrainings.get(i);
            double steps = (double) r.epochs()
                    * TrainingData.batchCount(rows, r.genome().batchSize());
            return -steps * secondsPerStep.applyAsDouble(r.genome());
        }));
        List<TrainedModel> trained = pool().map(
                        longestFirst,
                        i -> whole.trainFinal(
                                retrainings.get(i).genome(), retrainings.get(i).epochs()),
                        m -> {});
        TrainedModel[] inOrder = new TrainedModel[retrainings.size()];
        for (int k = 0; k < longestFirst.size(); k++) {
            inOrder[longestFirst.get(k)] = trained.get(k);
        }
        return Arrays.asList(inOrder);
    }

    @Override
    public TrainedModel searchModel(Genome genome, float[] bestParameters, double epochs) {
        return trainings.search().searchModel(genome, bestParameters, epochs);
    }

    private ParallelEvaluator pool() {
        if (pool == null) {
            // Not before: making the pool also makes native arithmetic single-threaded per worker.
            pool = new ParallelEvaluator(workers);
        }
        return pool;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }
}
