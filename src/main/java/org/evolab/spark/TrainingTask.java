package org.evolab.spark;

import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.evolab.fitness.Dl4jTrainings;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.NativeThreads;
import org.evolab.fitness.ReachableOpExecutioner;
import org.evolab.fitness.StepwiseTraining;
import org.evolab.fitness.TrainingControl;
import org.evolab.fitness.TrainingData;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Genome;
import org.evolab.util.Json;

/**
 * One genome's training as a Spark task, run on an executor. It replays the training's calls so
 * far (the step or epoch targets successive halving asked for at each rung) on a fresh training: each call
 * of a training depends only on the genome, its seed and the calls before it, so the replay ends
 * where the same training continued on one machine would, to the last bit. What crosses to the
 * executor is small and plain: the genome as JSON, the settings as values, the step targets, and
 * the broadcast data.
 */
final class TrainingTask implements Function<Integer, TaskOutcome> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<TrainingData.Parts> data;
    private final String settings;
    private final long runSeed;
    private final String genome;
    private final long[] stepTargets;
    private final boolean wantParameters;
    private final boolean wantWeights;

    TrainingTask(
            Broadcast<TrainingData.Parts> data,
            TrainingSettings settings,
            long runSeed,
            Genome genome,
            List<Long> stepTargets,
            boolean wantParameters,
            boolean wantWeights) {
        this.data = data;
        this.settings = Json.write(settings);
        this.runSeed = runSeed;
        this.genome = Json.write(genome);
        this.stepTargets = stepTargets.stream().mapToLong(Long::longValue).toArray();
        this.wantParameters = wantParameters;
        this.wantWeights = wantWeights;
    }

    @Override
    public TaskOutcome call(Integer ignored) {
        // As the launcher does before ND4J loads; a no-op in an embedded (local) Spark.
        ReachableOpExecutioner.install();
        TaskContext task = TaskContext.get();
        // The cores Spark gives the task; at 1 (the default) the arithmetic is that of a local worker.
        NativeThreads.set(task == null ? 1 : Math.max(1, task.cpus()));
        Dl4jTrainings trainings = new Dl4jTrainings(
                TrainingData.of(data.value()),
                Json.read(settings, TrainingSettings.class, "training settings"),
                runSeed,
                TrainingControl.none());
        Captured captured = new Captured();
        if (wantParameters) {
            trainings.search().setNetworkSink((g, result, parameters) -> captured.parameters = parameters);
        }
        if (wantWeights) {
            trainings.search().setWeightsSink((id, weights) -> captured.weights = weights);
        }
        StepwiseTraining training = trainings.start(Json.read(genome, Genome.class, "genome"));
        try {
            FitnessResult result = null;
            for (long target : stepTargets) {
                result = RemoteTraining.replay(training, target);
            }
            boolean finished = training.isFinished();
            long steps = training.stepsDone();
            if (!finished) {
                // The sinks' part if halving stops it here; the driver uses it only then.
                training.stopHere();
            }
            return TaskOutcome.of(result, finished, steps, captured.parameters, captured.weights);
        } finally {
            training.release();
        }
    }

    private static final class Captured {
        float[] parameters;
        List<double[][]> weights;
    }
}
