package org.evolab.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evolab.data.PreparedData;
import org.evolab.fitness.Dl4jEvaluator;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.NativeThreads;
import org.evolab.fitness.Seeds;
import org.evolab.fitness.TrainingControl;
import org.evolab.fitness.TrainingData;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Genome;
import org.evolab.genome.SearchSpace;

/**
 * Estimates what a run will cost before it starts, from a short calibration on the user's own
 * data: a few genomes of the search space train two epochs each and the time per epoch is fitted
 * as {@code perFit x steps + perFlop x (6 x parameters x rows)}: on small data a DL4J fit() costs
 * about the same whatever the network, on large data the arithmetic dominates.
 *
 * @param secondsPerFit  fixed cost of one fit() call (one mini-batch step)
 * @param secondsPerFlop cost of one floating-point operation of training
 */
public record CostModel(double secondsPerFit, double secondsPerFlop) {
    private static final int CALIBRATION_GENOMES = 3;
    private static final int CALIBRATION_EPOCHS = 2;
    /** Without halving, trainings end early on average (measured on the samples: about half their max epochs). */
    private static final double EARLY_STOPPING_SHARE = 0.55;

    /** Trains a few genomes of {@code space} briefly on {@code data} and fits the two costs. */
    public static CostModel calibrate(PreparedData data, SearchSpace space, long seed) {
        TrainingData td = TrainingData.of(data, null);
        Dl4jEvaluator evaluator = new Dl4jEvaluator(td, TrainingSettings.defaults().withPatience(100), seed,
                TrainingControl.none());
        NativeThreads.singleThreaded();
        SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, 77));
        List<double[]> points = new ArrayList<>();
        // One warm-up so class loading and JIT do not count as training time.
        evaluator.evaluate(space.randomGenome(rng).withMaxEpochs(1));
        for (int i = 0; i < CALIBRATION_GENOMES; i++) {
            Genome g = space.randomGenome(rng).withMaxEpochs(CALIBRATION_EPOCHS);
            FitnessResult r = evaluator.evaluate(g);
            double perEpoch = r.trainMillis() / 1000.0 / Math.max(1, r.epochs());
            points.add(new double[] {steps(g, td.trainRows()), flops(g, td), perEpoch});
        }
        return fit(points);
    }

    /** Least squares for {@code t = a x steps + b x flops} with a, b >= 0. */
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
        return new CostModel(a, b);
    }

    /** Expected seconds to train {@code g} for {@code epochs} epochs on {@code rows} rows. */
    public double secondsFor(Genome g, int inputs, int outputs, int rows, double epochs) {
        double flops = 6.0 * g.parameterCount(inputs, outputs) * rows;
        return epochs * (secondsPerFit * steps(g, rows) + secondsPerFlop * flops);
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
                // Rungs end before early stopping can act (mostly): count the rungs' steps.
                long perEpoch = Math.max(1, TrainingData.batchCount(rows, g.batchSize()));
                epochs = TrainingSettings.expectedStepsWithHalving(perEpoch * g.maxEpochs()) / perEpoch;
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

    private static double steps(Genome g, int rows) {
        return g.batchSize() == Genome.FULL_BATCH ? 1 : Math.ceil(rows / (double) g.batchSize());
    }

    private static double flops(Genome g, TrainingData td) {
        return 6.0 * g.parameterCount(td.inputs(), td.outputs()) * td.trainRows();
    }
}
