package org.evolab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.evolab.TestData;
import org.evolab.data.csv.DataTable;
import org.evolab.data.prep.PreparedData;
import org.evolab.data.prep.PreprocessOptions;
import org.evolab.data.prep.SplitRatios;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.SchemaOptions;
import org.evolab.evolution.GaSettings;
import org.junit.jupiter.api.Test;

class CostModelTest {
    @Test
    void theFitRecoversBothCostsFromExactTimes() {
        double perFit = 0.002;
        double perFlop = 1e-9;
        List<double[]> points = List.of(
                new double[] {10, 1e6, 10 * perFit + 1e6 * perFlop},
                new double[] {100, 5e6, 100 * perFit + 5e6 * perFlop},
                new double[] {1, 9e7, perFit + 9e7 * perFlop});
        CostModel m = CostModel.fit(points);
        assertThat(m.secondsPerLayerStep()).isCloseTo(perFit, within(1e-9));
        assertThat(m.secondsPerFlop()).isCloseTo(perFlop, within(1e-15));
    }

    @Test
    void aTrainingCostsItsFixedPartPlusItsEpochs() {
        CostModel m = new CostModel(0.002, 1e-9, 0.05);
        org.evolab.genome.Genome g = org.evolab.genome.SearchSpace.defaults()
                .randomGenome(new java.util.SplittableRandom(3))
                .withBatchSize(32);
        double flopsPerEpoch = 6.0 * g.parameterCount(4, 3) * 100;
        assertThat(m.secondsFor(g, 4, 3, 100, 0)).isCloseTo(0.05, within(1e-12));
        double layerSteps = 4 * (g.layers().size() + 1); // 100 rows in batches of 32
        assertThat(m.secondsFor(g, 4, 3, 100, 10))
                .isCloseTo(0.05 + 10 * (layerSteps * 0.002 + flopsPerEpoch * 1e-9), within(1e-12));
    }

    @Test
    void aNegativeCoefficientFallsBackToTheFixedCostAlone() {
        CostModel m = CostModel.fit(List.of(new double[] {10, 1e6, 0.05}, new double[] {20, 1e5, 0.10}));
        assertThat(m.secondsPerLayerStep()).isPositive();
        assertThat(m.secondsPerFlop()).isZero();
    }

    @Test
    void aCalibrationOnTheUsersDataGivesAnEstimateThatScalesWithTheBudget() {
        DataTable table = DataTable.load(TestData.sample("iris.csv"));
        PreparedData data = PreparedData.prepare(
                table,
                DatasetSchema.infer(table, SchemaOptions.defaults()),
                SplitRatios.defaults(),
                1,
                PreprocessOptions.defaults());
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 10, 4, 1);
        CostModel model = CostModel.calibrate(data, config.searchSpace(), 1);
        assertThat(model.secondsPerLayerStep() + model.secondsPerFlop()).isPositive();

        Duration small = model.estimate(config, data);
        Duration bigger = model.estimate(
                config.withGa(GaSettings.defaults().withPopulationSize(20).withGenerations(8)), data);
        Duration moreWorkers = model.estimate(config.withWorkers(4), data);
        assertThat(small).isPositive();
        assertThat(bigger.toMillis()).isGreaterThan(3 * small.toMillis());
        assertThat(moreWorkers.toMillis()).isLessThan(small.toMillis());
    }

    @Test
    void aStepCostsEachLayersShareAndItsArithmeticAndAnEpochIsItsSteps() {
        CostModel m = new CostModel(0.002, 1e-9, 0.05);
        org.evolab.genome.Genome g = org.evolab.genome.SearchSpace.defaults()
                .randomGenome(new java.util.SplittableRandom(5))
                .withBatchSize(25);
        double step = m.secondsPerStep(g, 4, 3, 25);
        assertThat(step)
                .isCloseTo(0.002 * (g.layers().size() + 1) + 1e-9 * 6 * g.parameterCount(4, 3) * 25, within(1e-15));
        // 100 rows in batches of 25: four steps an epoch.
        assertThat(m.secondsFor(g, 4, 3, 100, 3)).isCloseTo(0.05 + 3 * 4 * step, within(1e-12));
    }

    @Test
    void theForecastCountsTrainingsWithoutRetrainedElitesAndSpreadsThemOverBusyWorkers() {
        RunConfig config = TestData.tinyRun(TestData.sample("iris.csv"), "species", 10, 4, 1)
                .withGa(GaSettings.defaults()
                        .withPopulationSize(10)
                        .withGenerations(4)
                        .withEliteCount(3));
        CostModel m = new CostModel(0.001, 1e-9, 0.05);
        CostModel.Forecast two = m.forecast(config.withWorkers(2), 4, 3, 105, 22);
        CostModel.Forecast many = m.forecast(config.withWorkers(64), 4, 3, 105, 22);
        assertThat(two.trainings()).isEqualTo(10 + 3 * (10 - 3));
        assertThat(two.searchSeconds()).isCloseTo(two.secondsPerTraining() * 31 / 2, within(1e-9));
        // No more workers are busy than there are individuals in a generation.
        assertThat(many.workers()).isEqualTo(10);
        assertThat(many.searchSeconds()).isCloseTo(two.searchSeconds() / 5, within(1e-9));
        assertThat(two.seconds()).isEqualTo(two.searchSeconds() + two.retrainSeconds());

        RunConfig random = config.withGa(config.ga().withStrategy(org.evolab.evolution.Strategy.RANDOM_SEARCH));
        assertThat(CostModel.trainings(random.ga())).isEqualTo(40);
    }

    @Test
    void theTimeLeftIsThePaceSoFarOverWhatIsPlanned() {
        assertThat(Eta.remaining(Duration.ofSeconds(10), 5, 20)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Eta.remaining(Duration.ofSeconds(10), 0, 20)).isEqualTo(Duration.ZERO);
        assertThat(Eta.remaining(Duration.ofSeconds(10), 25, 20)).isEqualTo(Duration.ZERO);
        assertThat(Eta.plannedEvaluations(
                        GaSettings.defaults().withPopulationSize(7).withGenerations(3)))
                .isEqualTo(21);
    }

    @Test
    void thePriorForecastsTheIrisRunItWasMeasuredOnWithinAThird() {
        // Measured on a 2-core machine: 17 s for the whole run, about 0.5 s per training.
        org.evolab.genome.SearchSpace s = org.evolab.genome.SearchSpace.defaults()
                .withEpochs(10, 40)
                .withLayers(1, 3)
                .withNeurons(8, 32);
        s = new org.evolab.genome.SearchSpace(
                s.layers(),
                s.neurons(),
                s.activations(),
                s.learningRate(),
                s.optimizers(),
                List.of(16, 32),
                s.dropout(),
                s.l2(),
                s.epochs());
        RunConfig base = RunConfig.defaults()
                .withSearchSpace(s)
                .withWorkers(2)
                .withGa(GaSettings.defaults()
                        .withPopulationSize(10)
                        .withGenerations(6)
                        .withEliteCount(2));
        // That run scored on one validation split and exported one network.
        RunConfig config = base.withTraining(base.training().withFolds(1).withEnsemble(1));
        CostModel.Forecast f = CostModel.PRIOR.forecast(config, 4, 3, 105, 23);
        assertThat(f.secondsPerTraining()).isBetween(0.5 / 1.33, 0.5 * 1.33);
        assertThat(CostModel.SECONDS_TO_START + f.seconds()).isBetween(17 / 1.33, 17 * 1.33);

        // The defaults for that file: 3 folds train each genome three times on two thirds of the
        // 128 labelled rows (85 against 105 a training); an ensemble of 3 retrains three networks.
        CostModel.Forecast defaults = CostModel.PRIOR.forecast(base, 4, 3, 105, 23);
        assertThat(defaults.secondsPerTraining()).isBetween(1.5 * f.secondsPerTraining(), 3 * f.secondsPerTraining());
        assertThat(defaults.retrainSeconds())
                .isCloseTo(3 * f.retrainSeconds(), org.assertj.core.data.Offset.offset(1e-9));
    }
}
