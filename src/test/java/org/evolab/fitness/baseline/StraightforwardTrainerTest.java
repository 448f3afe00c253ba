package org.evolab.fitness.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.evolab.data.csv.DataTable;
import org.evolab.data.prep.PreparedData;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.fitness.FitnessResult;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.evolab.run.RunConfig;
import org.junit.jupiter.api.Test;

class StraightforwardTrainerTest {
    static PreparedData iris() {
        DataTable t = DataTable.load(Path.of("sample-data", "iris.csv"));
        RunConfig c = RunConfig.defaults().withData("iris").withTarget("species");
        return PreparedData.prepare(t, DatasetSchema.infer(t, c.schemaOptions()), c.split(), 42, c.preprocessing());
    }

    @Test
    void trainsForTheGenomesEpochsAndScoresValidationAndTest() {
        StraightforwardTrainer trainer = new StraightforwardTrainer(iris(), 42, StraightforwardTrainer.DOCS_BATCH_SIZE);
        Genome g = new Genome(List.of(new LayerGene(16, Activation.TANH)), 0.03, Optimizer.ADAM, 0, 0, 0, 30);
        assertThat(trainer.batchSizeFor(g, trainer.trainRows())).isEqualTo(32);
        FitnessResult r = trainer.evaluate(g);
        assertThat(r.failed()).isFalse();
        assertThat(r.epochs()).isEqualTo(30);
        assertThat(r.fitness()).isBetween(0.8, 1.0);
        assertThat(r.parameters()).isEqualTo(g.parameterCount(4, 3));
        StraightforwardTrainer.TestResult test = trainer.trainAndTest(g, 30);
        assertThat(test.accuracy()).isBetween(0.8, 1.0);
        assertThat(test.rows()).isEqualTo(trainer.trainAndValidationRows());
    }

    @Test
    void batchSizeZeroFollowsTheGenome() {
        StraightforwardTrainer trainer = new StraightforwardTrainer(iris(), 42, 0);
        Genome g = new Genome(
                List.of(new LayerGene(8, Activation.RELU)), 0.01, Optimizer.ADAM, Genome.FULL_BATCH, 0, 0, 2);
        assertThat(trainer.batchSizeFor(g, trainer.trainRows())).isEqualTo(trainer.trainRows());
        assertThat(trainer.batchSizeFor(g.withBatchSize(16), trainer.trainRows()))
                .isEqualTo(16);
    }

    @Test
    void thePeakProbeReportsTheRateOfTheProductsItTimed() {
        MatmulPeak.Result p = MatmulPeak.measure(128, 0.05);
        assertThat(p.size()).isEqualTo(128);
        assertThat(p.repetitions()).isGreaterThanOrEqualTo(3);
        assertThat(p.seconds()).isGreaterThanOrEqualTo(0.05);
        assertThat(p.threads()).isPositive();
        // 2 n^3 floating-point operations per product, over the time they took.
        assertThat(p.gflops())
                .isCloseTo(
                        2.0 * 128 * 128 * 128 * p.repetitions() / p.seconds() / 1e9,
                        org.assertj.core.api.Assertions.within(1e-9 * p.gflops()));
        // A BLAS product on any CPU of the last decades, even a loaded one: bounds a factor 10^4 apart,
        // which a unit slip (ms for s, n^2 for n^3) would leave.
        assertThat(p.gflops()).isBetween(0.5, 5000.0);
        // Timed ten times longer, it repeats the product many more times: it loops on the clock.
        MatmulPeak.Result longer = MatmulPeak.measure(128, 0.5);
        assertThat(longer.repetitions()).isGreaterThan(2 * p.repetitions());
    }
}
