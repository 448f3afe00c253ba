package org.evolab.run;

import java.time.Duration;
import java.util.List;
import org.evolab.data.prep.PreparedData;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.TaskType;

/** What a run tells its listeners, in order: started, evaluations and generations, finished. */
public sealed interface RunEvent {

    /**
     * Data loaded and prepared; the search is about to begin. {@code inputNames} are the
     * network's encoded inputs (one-hot levels spelled out) as fitted on the training split;
     * {@code outputNames} the class labels, or the target for regression. {@code firstGeneration}
     * is the generation the search starts at: 0, or for a resumed run the one after its checkpoint
     * (an interrupted generation is trained again as a whole, and its events come again).
     */
    record RunStarted(
            RunConfig config,
            DatasetSchema schema,
            int inputs,
            int outputs,
            int trainRows,
            int validationRows,
            int testRows,
            int workers,
            List<String> inputNames,
            List<String> outputNames,
            int firstGeneration)
            implements RunEvent {
        static RunStarted of(
                RunConfig config, DatasetSchema schema, PreparedData data, int workers, int firstGeneration) {
            return new RunStarted(
                    config,
                    schema,
                    data.inputCount(),
                    data.outputCount(),
                    data.trainX().length,
                    data.validationX().length,
                    data.testX().length,
                    workers,
                    data.preprocessor().featureNames(),
                    data.taskType() == TaskType.CLASSIFICATION
                            ? data.preprocessor().classLabels()
                            : List.of(schema.target()),
                    firstGeneration);
        }
    }

    /** The run's expected duration, from a short calibration on its data (when asked for). */
    record CostEstimated(Duration estimate, CostModel model) implements RunEvent {}

    /** One individual scored (trained, or found in the cache). */
    record EvaluationFinished(
            Evaluation evaluation,
            int evaluationsDone,
            int trainings,
            int cacheHits,
            int indexInGeneration,
            int populationSize,
            Duration elapsed)
            implements RunEvent {}

    /**
     * A whole generation scored; {@code population} is in the order the GA produced it.
     * {@code bestWeights} are the trained weight matrices [from][to] of {@code best}, layer by
     * layer, when the run captures weights ({@link EvolutionRun#captureWeights}), else null.
     */
    record GenerationFinished(
            GenerationStats stats,
            List<Evaluation> population,
            Evaluation best,
            Evaluation bestSoFar,
            int totalGenerations,
            Duration elapsed,
            Duration eta,
            List<double[][]> bestWeights)
            implements RunEvent {}

    /** A phase change worth a status line ("retraining the best network on train+validation"). */
    record StatusChanged(String message) implements RunEvent {}

    /** The run is over, whatever the outcome. */
    record RunFinished(RunResult result) implements RunEvent {}
}
