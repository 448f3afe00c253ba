package org.evolab.ui.wizard.search;

import org.evolab.evolution.Strategy;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Genome;
import org.evolab.genome.SearchSpace;
import org.evolab.run.RunConfig;

/**
 * A rough forecast of a run's cost, so a user sees before starting whether the settings mean a
 * minute or a night. Deliberately simple: an average network of the search space, trained for
 * the average epoch budget (or, with successive halving, the share of it the rungs train), costs
 * about 6 multiply-adds per weight per training row per epoch plus a fixed cost per mini-batch
 * step; trainings are shared among the workers.
 *
 * @param largestParameters parameters of the widest, deepest network the space allows
 * @param trainings         networks trained at most (elites after the first generation are not retrained)
 * @param secondsPerTraining an average training, on one core
 * @param totalSeconds      the search, with every worker busy
 */
public record CostEstimate(long largestParameters, long trainings, double secondsPerTraining, double totalSeconds,
                           int workers) {
    /** Effective multiply-adds per second of one core on small networks (measured order of magnitude). */
    static final double FLOPS_PER_SECOND = 1.5e9;
    /**
     * Fixed cost of one optimizer step (framework overhead), in seconds. Calibrated on a 2-core
     * machine: Iris, 10-40 epochs, batches of 16-32, two workers, population 10 x 6 generations:
     * 17 s for the whole run with halving, about 0.5 s per training.
     */
    static final double SECONDS_PER_STEP = 4e-3;
    /** Scoring the validation rows after each epoch, in seconds. */
    static final double SECONDS_PER_EPOCH = 5e-3;
    /** Building a network, in seconds. */
    static final double SECONDS_PER_TRAINING = 0.05;
    /** Loading the native libraries and preparing the data, once per run, in seconds. */
    static final double SECONDS_TO_START = 5;

    public static CostEstimate of(RunConfig config, int inputs, int outputs, int rows) {
        SearchSpace s = config.searchSpace();
        long largest = s.largestParameterCount(Math.max(1, inputs), Math.max(1, outputs));
        var ga = config.ga();
        long trainings = (long) ga.populationSize() * ga.generations();
        if (ga.strategy() == Strategy.GENETIC && ga.generations() > 1) {
            trainings -= (long) Math.min(ga.eliteCount(), ga.populationSize()) * (ga.generations() - 1);
        }
        trainings = Math.max(1, trainings);

        double depth = (s.minLayers() + s.maxLayers()) / 2.0;
        double width = (s.minNeurons() + s.maxNeurons()) / 2.0;
        double params = Math.max(1, inputs) * width + Math.max(0, depth - 1) * width * width + width * Math.max(1, outputs);
        double trainRows = Math.max(1, rows * config.split().train());
        double validationRows = Math.max(1, rows * config.split().validation());
        double epochs = (s.minEpochs() + s.maxEpochs()) / 2.0;
        double batch = averageBatch(s, trainRows);
        double stepsPerEpoch = Math.ceil(trainRows / batch);
        double perEpoch = (6 * params * trainRows + 2 * params * validationRows) / FLOPS_PER_SECOND
                + stepsPerEpoch * SECONDS_PER_STEP + SECONDS_PER_EPOCH;
        double perTraining = SECONDS_PER_TRAINING + epochs * perEpoch;
        double perSearchTraining = perTraining;
        if (config.training().successiveHalving()) {
            long steps = Math.round(stepsPerEpoch * epochs);
            double trained = TrainingSettings.expectedStepsWithHalving(steps) / Math.max(1, steps);
            perSearchTraining = SECONDS_PER_TRAINING + trained * epochs * perEpoch;
        }
        int workers = config.effectiveWorkers();
        double total = SECONDS_TO_START
                + trainings * perSearchTraining / Math.max(1, Math.min(workers, ga.populationSize()))
                + perTraining; // the final retraining
        return new CostEstimate(largest, trainings, perSearchTraining, total, workers);
    }

    private static double averageBatch(SearchSpace s, double trainRows) {
        double sum = 0;
        for (int b : s.batchSizes()) {
            sum += b == Genome.FULL_BATCH ? trainRows : Math.min(b, trainRows);
        }
        return s.batchSizes().isEmpty() ? trainRows : sum / s.batchSizes().size();
    }
}
