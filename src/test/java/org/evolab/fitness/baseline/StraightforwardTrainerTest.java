package org.evolab.fitness.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.evolab.data.DataTable;
import org.evolab.data.DatasetSchema;
import org.evolab.data.PreparedData;
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
        Genome g = new Genome(List.of(new LayerGene(8, Activation.RELU)), 0.01, Optimizer.ADAM, Genome.FULL_BATCH,
                0, 0, 2);
        assertThat(trainer.batchSizeFor(g, trainer.trainRows())).isEqualTo(trainer.trainRows());
        assertThat(trainer.batchSizeFor(g.withBatchSize(16), trainer.trainRows())).isEqualTo(16);
    }

    @Test
    void thePeakProbeMeasuresSomething() {
        MatmulPeak.Result p = MatmulPeak.measure(128, 0.05);
        assertThat(p.gflops()).isPositive();
        assertThat(p.repetitions()).isGreaterThanOrEqualTo(3);
    }
}
