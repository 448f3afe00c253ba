package org.evolab.ui.wizard.search;

import org.evolab.run.CostModel;
import org.evolab.run.RunConfig;

/**
 * A rough forecast of a run's cost, so a user sees before starting whether the settings mean a
 * minute or a night: the run's own {@link CostModel}, uncalibrated ({@link CostModel#PRIOR}),
 * for the split of {@code rows}, plus starting the engine. The CLI's estimate is the same
 * forecast with a model calibrated on the data.
 *
 * @param largestParameters parameters of the widest, deepest network the space allows
 * @param trainings         networks trained at most (elites after the first generation are not retrained)
 * @param secondsPerTraining an average training, on one core
 * @param totalSeconds      the search, with every worker busy
 * @param folds             the cross-validation folds each search training is scored by (1: none)
 */
public record CostEstimate(
        long largestParameters,
        long trainings,
        double secondsPerTraining,
        double totalSeconds,
        int workers,
        int folds) {

    public static CostEstimate of(RunConfig config, int inputs, int outputs, int rows) {
        int in = Math.max(1, inputs);
        int out = Math.max(1, outputs);
        long largest = config.searchSpace().largestParameterCount(in, out);
        int trainRows = (int) Math.max(1, Math.round(rows * config.split().train()));
        int validationRows = (int) Math.round(rows * config.split().validation());
        CostModel.Forecast f = CostModel.PRIOR.forecast(config, in, out, trainRows, validationRows);
        return new CostEstimate(
                largest,
                f.trainings(),
                f.secondsPerTraining(),
                CostModel.SECONDS_TO_START + f.seconds(),
                config.effectiveWorkers(),
                config.training().foldsFor(trainRows + validationRows));
    }

    /** How each search training is scored, as a clause for the estimate's texts (empty for one validation split). */
    public String scoring() {
        return folds > 1 ? ", each scored by " + folds + "-fold cross-validation" : "";
    }
}
