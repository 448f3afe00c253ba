package org.evolab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.evolab.data.csv.DataTable;
import org.evolab.data.prep.PreparedData;
import org.evolab.run.CostModel;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.DatasetInspector;
import org.evolab.ui.wizard.search.CostEstimate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The wizard's forecast and the CLI's estimate are one cost model: for the same configuration and
 * file, with the same coefficients, they count the same trainings and the same seconds (the
 * wizard adds only the engine's start, which a run has paid before it estimates).
 */
class CostAgreementTest {
    @Test
    void theWizardAndTheCliForecastTheSameRunAlike() {
        Path iris = Path.of("sample-data", "iris.csv");
        RunCommand cli = new RunCommand();
        new CommandLine(cli)
                .parseArgs(
                        "--data",
                        iris.toString(),
                        "--target",
                        "species",
                        "--population",
                        "12",
                        "--generations",
                        "5",
                        "--elitism",
                        "2",
                        "--workers",
                        "2",
                        "--out",
                        "unused.zip");
        RunConfig config = cli.buildConfig();

        DataTable table = DataTable.load(iris);
        DatasetInfo info = DatasetInspector.inspect(iris, table, config);
        CostEstimate wizard = CostEstimate.of(config, info.inputs(), info.outputs(), table.rowCount());

        PreparedData data =
                PreparedData.prepare(table, info.schema(), config.split(), config.seed(), config.preprocessing());
        double runSeconds = CostModel.PRIOR.estimate(config, data).toMillis() / 1000.0;
        CostModel.Forecast run = CostModel.PRIOR.forecast(
                config, data.inputCount(), data.outputCount(), data.trainX().length, data.validationX().length);

        assertThat(wizard.trainings()).isEqualTo(run.trainings()).isEqualTo(12 + 4 * (12 - 2));
        assertThat(wizard.secondsPerTraining()).isCloseTo(run.secondsPerTraining(), within(1e-9));
        // The split's rounding may put a row elsewhere: well under a percent.
        assertThat(wizard.totalSeconds() - CostModel.SECONDS_TO_START).isCloseTo(runSeconds, within(0.01 * runSeconds));
    }
}
