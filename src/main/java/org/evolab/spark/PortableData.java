package org.evolab.spark;

import java.io.Serializable;
import org.evolab.data.Preprocessor;
import org.evolab.data.TaskType;
import org.evolab.fitness.FitnessMetric;
import org.evolab.fitness.TrainingData;

/**
 * A run's training data as Spark broadcasts it to the executors, once per run: float matrices,
 * the validation targets as they are and the preprocessor as its JSON. Only plain values, since
 * Spark ships it by Java serialization; it comes from this run's driver, never from a file.
 */
final class PortableData implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String task;
    private final String metric;
    private final String preprocessor;
    private final float[][] trainX;
    private final float[][] trainY;
    private final float[][] validationX;
    private final float[][] validationY;
    private final int[] validationClasses;
    private final double[] validationRaw;
    private final int inputs;
    private final int outputs;

    private PortableData(TrainingData.Parts p) {
        this.task = p.task().name();
        this.metric = p.metric().name();
        this.preprocessor = p.preprocessor().toJson();
        this.trainX = p.trainX();
        this.trainY = p.trainY();
        this.validationX = p.validationX();
        this.validationY = p.validationY();
        this.validationClasses = p.validationClasses();
        this.validationRaw = p.validationRaw();
        this.inputs = p.inputs();
        this.outputs = p.outputs();
    }

    static PortableData of(TrainingData data) {
        return new PortableData(data.parts());
    }

    TrainingData toTrainingData() {
        return TrainingData.of(new TrainingData.Parts(TaskType.valueOf(task), FitnessMetric.valueOf(metric),
                Preprocessor.fromJson(preprocessor), trainX, trainY, validationX, validationY, validationClasses,
                validationRaw, inputs, outputs));
    }
}
