package org.evolab.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.evolab.data.csv.DataTable;
import org.evolab.data.prep.PreparedData;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.fitness.FinalModel;
import org.evolab.fitness.Trainer;
import org.evolab.fitness.TrainingData;

/**
 * What a run prepares once before its search: the table read (unless given), the schema inferred,
 * the split and the preprocessor fitted, and the cost model its trainer schedules with (the prior,
 * or calibrated on these data when the caller wants a forecast of a long run).
 *
 * @param data         split and preprocessed
 * @param trainingData the same as the trainer takes it
 * @param costs        what a training step costs
 */
record RunSetup(PreparedData data, TrainingData trainingData, CostModel costs) {
    /**
     * Runs the prior cost model forecasts at no more than this are not calibrated: calibrating
     * trains four networks on one core (1.5 s of a 17 s iris run), and the prior overestimates runs
     * of this size 2.5-4 times (the peer benchmark's seven sets, population 10 x 4: prior 43-83 s,
     * measured 14-27 s), so such a run takes a minute or less and the live ETA, from the run's own
     * pace, is right after its first evaluations anyway. (30 s calibrated every one of them.)
     */
    static final Duration CALIBRATE_ABOVE = Duration.ofMinutes(2);

    /**
     * Prepares {@code config}'s data ({@code table}, or its CSV when null) and announces the run
     * ({@link RunEvent.RunStarted}, then {@link RunEvent.CostEstimated} when {@code estimateCost}).
     */
    static RunSetup prepare(
            RunConfig config, DataTable table, Checkpoint resumeFrom, boolean estimateCost, Consumer<RunEvent> emit) {
        DataTable loaded = table != null ? table : DataTable.load(Path.of(config.data()));
        DatasetSchema schema = DatasetSchema.infer(loaded, config.schemaOptions());
        PreparedData data = PreparedData.prepare(loaded, schema, config.split(), config.seed(), config.preprocessing());
        emit.accept(RunEvent.RunStarted.of(
                config, schema, data, config.effectiveWorkers(), resumeFrom == null ? 0 : resumeFrom.nextGeneration()));
        CostModel costs = CostModel.PRIOR;
        if (estimateCost && (resumeFrom == null || !resumeFrom.searchOver())) {
            // Calibrating trains four networks (1-2 s): worth it for the forecast of a long run, not
            // for a short one, where it was a tenth of the wall time.
            if (costs.estimate(config, data).compareTo(CALIBRATE_ABOVE) > 0) {
                costs = CostModel.calibrate(data, config.searchSpace(), config.seed());
            }
            emit.accept(new RunEvent.CostEstimated(costs.estimate(config, data), costs));
        }
        return new RunSetup(data, TrainingData.of(data, config.training().metric()), costs);
    }

    /**
     * What the run's trainer is made with: its workers, where finished trainings' weights go (for
     * drawing, when {@code weights} is not null; the search's networks when the final model is
     * theirs), the cost model and the parents' weights when the run inherits.
     */
    Trainer.Options options(
            RunConfig config, Trainer.WeightsSink weights, SearchNetworks networks, WeightInheritance inheritance) {
        return new Trainer.Options(
                config.effectiveWorkers(),
                weights,
                config.training().finalModel() == FinalModel.SEARCH ? networks : null,
                costs,
                inheritance.parents());
    }

    /** The members the exported ensemble may take, judged on this run's validation rows. */
    EnsembleMembers ensembleMembers(RunConfig config) {
        return new EnsembleMembers(config.training().ensemble(), trainingData.metric(), trainingData.validationRows());
    }
}
