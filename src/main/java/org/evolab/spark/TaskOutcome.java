package org.evolab.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.evolab.fitness.FitnessResult;

/**
 * What one Spark task sends back: the training's result as plain values, whether the training
 * has ended for good, its steps, and what the run's sinks want of it (the best parameters and
 * layer weights, null where not asked for). For a training that successive halving may still
 * continue, the sinks' part is what it would be if halving stopped it here.
 */
record TaskOutcome(
        String genomeId,
        double fitness,
        double validationLoss,
        double epochs,
        double bestEpoch,
        FitnessResult.Outcome outcome,
        String failure,
        double[] validationCurve,
        double[] lossCurve,
        long parameters,
        long trainMillis,
        boolean finished,
        long stepsDone,
        float[] bestParameters,
        double[][][] weights)
        implements Serializable {

    static TaskOutcome of(
            FitnessResult r, boolean finished, long stepsDone, float[] bestParameters, List<double[][]> weights) {
        return new TaskOutcome(
                r.genomeId(),
                r.fitness(),
                r.validationLoss(),
                r.epochs(),
                r.bestEpoch(),
                r.outcome(),
                r.failure(),
                unboxed(r.validationCurve()),
                unboxed(r.lossCurve()),
                r.parameters(),
                r.trainMillis(),
                finished,
                stepsDone,
                bestParameters,
                weights == null ? null : weights.toArray(double[][][]::new));
    }

    FitnessResult result() {
        return new FitnessResult(
                genomeId,
                fitness,
                validationLoss,
                epochs,
                bestEpoch,
                outcome,
                failure,
                boxed(validationCurve),
                boxed(lossCurve),
                parameters,
                trainMillis);
    }

    List<double[][]> weightList() {
        return weights == null ? null : List.of(weights);
    }

    private static double[] unboxed(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
