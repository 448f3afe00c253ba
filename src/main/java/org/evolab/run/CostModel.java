package org.evolab.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.evolab.data.prep.PreparedData;
import org.evolab.evolution.GaSettings;
import org.evolab.evolution.Strategy;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.NativeThreads;
import org.evolab.fitness.Refit;
import org.evolab.fitness.Seeds;
import org.evolab.fitness.StepCost;
import org.evolab.fitness.StepwiseTraining;
import org.evolab.fitness.TrainingControl;
import org.evolab.fitness.TrainingData;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Genome;
import org.evolab.genome.SearchSpace;

/**
 * Estimates what a run will cost before it starts, from a short calibration on the user's own
 * data: after a warm-up, a few genomes of the search space train at least two epochs each, more
 * while they have been timed less than 0.3 s; the time of an epoch after the first is fitted as
 * {@code perLayerStep x steps x layers + perFlop x (6 x parameters x rows)} (on small data a DL4J
 * fit() costs a fixed amount per layer whatever its width, on large data the arithmetic
 * dominates), and what the first epoch took beyond that is the fixed cost of a training
 * (building the network and its batches).
 *
 * <p>The one cost model of Evolab: the wizard forecasts with {@link #PRIOR} (nothing trained yet),
 * a run and the CLI with a calibrated one, and the trainer orders its trainings by
 * {@link #secondsPerStep}; all through {@link #forecast}.
 *
 * @param secondsPerLayerStep fixed cost of one layer's part of a fit() call (one mini-batch step)
 * @param secondsPerFlop      cost of one floating-point operation of training
 * @param secondsPerTraining  fixed cost of one training, whatever its epochs
 */
public record CostModel(double secondsPerLayerStep, double secondsPerFlop, double secondsPerTraining)
        implements StepCost {
    /**
     * Before any calibration (the wizard): orders of magnitude measured on a 2-core machine, about
     * 2 ms per layer and mini-batch step, 1.5 GFLOP/s of training arithmetic on one core, 50 ms to
     * build a network and its batches. Iris, 10-40 epochs, batches of 16-32, two workers,
     * population 10 x 6 generations: 17 s for the whole run with halving, about 0.5 s per training
     * (this model, through the wizard: 0.47 s and 17 s with the engine's start).
     */
    public static final CostModel PRIOR = new CostModel(2e-3, 1 / 1.5e9, 0.05);
    /** Loading the native libraries and preparing the data, once per run, in seconds (not calibrated). */
    public static final double SECONDS_TO_START = 5;
    /** Genomes of the space sampled to average its cost. */
    private static final int SAMPLES = 200;

    private static final int CALIBRATION_GENOMES = 3;
    /** A calibration training goes on until it has been timed this long (or its 20 epochs end). */
    private static final double CALIBRATION_SECONDS = 0.3;

    private static final int CALIBRATION_MAX_EPOCHS = 20;
    /** Trainings end early on average (measured on the samples: about half their max epochs). */
    private static final double EARLY_STOPPING_SHARE = 0.55;

    /** Trains a few genomes of {@code space} briefly on {@code data} and fits the three costs. */
    public static CostModel calibrate(PreparedData data, SearchSpace space, long seed) {
        TrainingData td = TrainingData.of(data, null);
        Function<Genome, StepwiseTraining> start =
                Trainers.stepwise(td, TrainingSettings.defaults().withPatience(100), seed, TrainingControl.none());
        NativeThreads.singleThreaded();
        SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, 77));
        List<double[]> points = new ArrayList<>();
        double fixed = 0;
        // A warm-up training first, so that class loading and JIT do not count as training time.
        for (int i = 0; i <= CALIBRATION_GENOMES; i++) {
            Genome g = space.randomGenome(rng).withMaxEpochs(CALIBRATION_MAX_EPOCHS);
            StepwiseTraining t = start.apply(g);
            try {
                FitnessResult first = t.trainUntil(1);
                FitnessResult last = first;
                // Early stopping may end it sooner: the epochs it did train are enough.
                while (!t.isFinished()
                        && (last.epochs() < 2
                                || last.trainMillis() - first.trainMillis() < CALIBRATION_SECONDS * 1000)) {
                    last = t.trainUntil((int) last.epochs() + 1);
                }
                if (i > 0 && last.epochs() > first.epochs()) {
                    double perEpoch =
                            (last.trainMillis() - first.trainMillis()) / 1000.0 / (last.epochs() - first.epochs());
                    points.add(new double[] {layerSteps(g, td.trainRows()), flops(g, td), perEpoch});
                    fixed += Math.max(0, first.trainMillis() / 1000.0 - perEpoch);
                }
            } finally {
                t.release();
            }
        }
        CostModel perEpoch = fit(points);
        return new CostModel(perEpoch.secondsPerLayerStep, perEpoch.secondsPerFlop, fixed / Math.max(1, points.size()));
    }

    /** Least squares for {@code t = a x layer steps + b x flops} with a, b >= 0. */
    static CostModel fit(List<double[]> points) {
        double ss = 0, sf = 0, ff = 0, st = 0, ft = 0;
        for (double[] p : points) {
            ss += p[0] * p[0];
            sf += p[0] * p[1];
            ff += p[1] * p[1];
            st += p[0] * p[2];
            ft += p[1] * p[2];
        }
        double det = ss * ff - sf * sf;
        double a = det == 0 ? 0 : (st * ff - ft * sf) / det;
        double b = det == 0 ? 0 : (ft * ss - st * sf) / det;
        if (a < 0 || b < 0 || det == 0) {
            // One cost explains the times better alone: take the one that does.
            a = ss == 0 ? 0 : Math.max(0, st / ss);
            b = 0;
        }
        return new CostModel(a, b, 0);
    }

    /** Expected seconds to train {@code g} for {@code epochs} epochs on {@code rows} rows. */
    public double secondsFor(Genome g, int inputs, int outputs, int rows, double epochs) {
        int steps = Math.max(1, TrainingData.batchCount(rows, g.batchSize()));
        return secondsPerTraining + epochs * steps * secondsPerStep(g, inputs, outputs, rows / (double) steps);
    }

    /** One mini-batch step: each layer's fixed share plus the arithmetic of its rows. */
    @Override
    public double secondsPerStep(Genome g, int inputs, int outputs, double rowsPerStep) {
        return secondsPerLayerStep * (g.layers().size() + 1.0)
                + secondsPerFlop * 6.0 * g.parameterCount(inputs, outputs) * rowsPerStep;
    }

    /** The expected duration of a run with {@code config} on {@code data} (see {@link #forecast}). */
    public Duration estimate(RunConfig config, PreparedData data) {
        Forecast f = forecast(
                config, data.inputCount(), data.outputCount(), data.trainX().length, data.validationX().length);
        return Duration.ofMillis((long) (f.seconds() * 1000));
    }

    /**
     * What a run with {@code config} on data of this size costs: the mean cost of the space's
     * genomes (sampled with the run's seed; early stopping's share of their epochs, or halving's
     * where that is less; once per fold under cross-validation) times the trainings the budget
     * allows, spread over the workers, plus the final retrains on train+validation (one per member)
     * and, where the settings refit on every labelled row, as many again on all rows.
     */
    public Forecast forecast(RunConfig config, int inputs, int outputs, int trainRows, int validationRows) {
        SearchSpace space = config.searchSpace();
        SplittableRandom rng = new SplittableRandom(config.seed());
        int rows = Math.max(1, trainRows);
        // Cross-validation trains each genome once per fold, on the other folds' rows.
        int labelled = rows + Math.max(0, validationRows);
        int folds = config.training().foldsFor(labelled);
        int searchRows = folds > 1 ? Math.max(1, labelled * (folds - 1) / folds) : rows;
        double mean = 0;
        double meanFinal = 0;
        for (int i = 0; i < SAMPLES; i++) {
            Genome g = space.randomGenome(rng);
            double epochs = g.maxEpochs() * EARLY_STOPPING_SHARE;
            meanFinal += secondsFor(g, inputs, outputs, rows, epochs);
            if (config.training().successiveHalving()) {
                // The rungs' steps, or early stopping's share where it ends trainings sooner.
                long perEpoch = Math.max(1, TrainingData.batchCount(searchRows, g.batchSize()));
                // Each fold is halved with its own rungs (CrossValidation), so per fold as for one split.
                epochs = Math.min(
                        epochs, TrainingSettings.expectedStepsWithHalving(perEpoch * g.maxEpochs()) / perEpoch);
            }
            mean += folds * secondsFor(g, inputs, outputs, searchRows, epochs);
        }
        mean /= SAMPLES;
        meanFinal /= SAMPLES;
        GaSettings ga = config.ga();
        long trainings = trainings(ga);
        int busy = Math.max(1, Math.min(config.effectiveWorkers(), ga.populationSize()));
        double search = mean * trainings / busy;
        // The final retrain on train+validation: one more training of a typical genome per member;
        // a refit on every labelled row after the test one more again, on the test rows as well.
        double retrain = config.training().ensemble() * meanFinal * labelled / (double) rows;
        if (config.training().refit() == Refit.ALL) {
            double testRows = rows * config.split().test() / config.split().train();
            retrain += config.training().ensemble() * meanFinal * (labelled + testRows) / rows;
        }
        return new Forecast(trainings, mean, search, retrain, busy);
    }

    /** Networks a run trains at most: elites after the first generation come back from the cache. */
    public static long trainings(GaSettings ga) {
        long trainings = (long) ga.populationSize() * ga.generations();
        if (ga.strategy() == Strategy.GENETIC && ga.generations() > 1) {
            trainings -= (long) Math.min(ga.eliteCount(), ga.populationSize()) * (ga.generations() - 1);
        }
        return Math.max(1, trainings);
    }

    /**
     * A run's forecast cost.
     *
     * @param trainings          networks trained at most
     * @param secondsPerTraining an average search training, on one core
     * @param searchSeconds      the search, with every worker busy
     * @param retrainSeconds     the final retraining (and the refit on every labelled row, if asked for)
     * @param workers            workers busy at a time
     */
    public record Forecast(
            long trainings, double secondsPerTraining, double searchSeconds, double retrainSeconds, int workers) {
        public double seconds() {
            return searchSeconds + retrainSeconds;
        }
    }

    /** Mini-batch steps of an epoch times the layers each step goes through (hidden and output). */
    private static double layerSteps(Genome g, int rows) {
        return TrainingData.batchCount(rows, g.batchSize()) * (g.layers().size() + 1.0);
    }

    private static double flops(Genome g, TrainingData td) {
        return 6.0 * g.parameterCount(td.inputs(), td.outputs()) * td.trainRows();
    }
}
