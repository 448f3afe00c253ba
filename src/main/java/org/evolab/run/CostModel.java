package org.evolab.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.evolab.data.PreparedData;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.NativeThreads;
import org.evolab.fitness.Seeds;
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
 * @param secondsPerLayerStep fixed cost of one layer's part of a fit() call (one mini-batch step)
 * @param secondsPerFlop      cost of one floating-point operation of training
 * @param secondsPerTraining  fixed cost of one training, whatever its epochs
 */
public record CostModel(double secondsPerLayerStep, double secondsPerFlop, double secondsPerTraining) {
    private static final int CALIBRATION_GENOMES = 3;
    /** A calibration training goes on until it has been timed this long (or its 20 epochs end). */
    private static final double CALIBRATION_SECONDS = 0.3;
    private static final int CALIBRATION_MAX_EPOCHS = 20;
    /** Trainings end early on average (measured on the samples: about half their max epochs). */
    private static final double EARLY_STOPPING_SHARE = 0.55;

    /** Trains a few genomes of {@code space} briefly on {@code data} and fits the three costs. */
    public static CostModel calibrate(PreparedData data, SearchSpace space, long seed) {
        TrainingData td = TrainingData.of(data, null);
        Function<Genome, StepwiseTraining> start = Trainers.stepwise(td, TrainingSettings.defaults().withPatience(100),
                seed, TrainingControl.none());
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
                while (!t.isFinished() && (last.epochs() < 2
                        || last.trainMillis() - first.trainMillis() < CALIBRATION_SECONDS * 1000)) {
                    last = t.trainUntil((int) last.epochs() + 1);
                }
                if (i > 0 && last.epochs() > first.epochs()) {
                    double perEpoch = (last.trainMillis() - first.trainMillis()) / 1000.0
                            / (last.epochs() - first.epochs());
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
        double flops = 6.0 * g.parameterCount(inputs, outputs) * rows;
        return secondsPerTraining + epochs * (secondsPerLayerStep * layerSteps(g, rows) + secondsPerFlop * flops);
    }

    /**
     * The expected duration of a run with {@code config} on {@code data}: the mean cost of the
     * space's genomes (sampled) times the trainings the budget allows, spread over the workers.
     */
    public Duration estimate(RunConfig config, PreparedData data) {
        SearchSpace space = config.searchSpace();
        SplittableRandom rng = new SplittableRandom(config.seed());
        int rows = data.trainX().length;
        double mean = 0;
        double meanFinal = 0;
        int samples = 200;
        for (int i = 0; i < samples; i++) {
            Genome g = space.randomGenome(rng);
            double epochs = g.maxEpochs() * EARLY_STOPPING_SHARE;
            meanFinal += secondsFor(g, data.inputCount(), data.outputCount(), rows, epochs);
            if (config.training().successiveHalving()) {
                // The rungs' steps, or early stopping's share where it ends trainings sooner.
                long perEpoch = Math.max(1, TrainingData.batchCount(rows, g.batchSize()));
                epochs = Math.min(epochs,
                        TrainingSettings.expectedStepsWithHalving(perEpoch * g.maxEpochs()) / perEpoch);
            }
            mean += secondsFor(g, data.inputCount(), data.outputCount(), rows, epochs);
        }
        mean /= samples;
        meanFinal /= samples;
        int population = config.ga().populationSize();
        // Elites come back from the cache: they are not trained again.
        int trainings = population + (config.ga().generations() - 1) * (population - config.ga().eliteCount());
        double seconds = mean * trainings / config.effectiveWorkers();
        // The final retrain on train+validation: one more training of a typical genome.
        seconds += meanFinal * (data.trainX().length + data.validationX().length) / Math.max(1.0, rows);
        return Duration.ofMillis((long) (seconds * 1000));
    }

    /** Mini-batch steps of an epoch times the layers each step goes through (hidden and output). */
    private static double layerSteps(Genome g, int rows) {
        return TrainingData.batchCount(rows, g.batchSize()) * (g.layers().size() + 1.0);
    }

    private static double flops(Genome g, TrainingData td) {
        return 6.0 * g.parameterCount(td.inputs(), td.outputs()) * td.trainRows();
    }
}
