package org.evolab.fitness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evolab.TestData;
import org.evolab.data.csv.DataTable;
import org.evolab.data.prep.PreparedData;
import org.evolab.data.prep.PreprocessOptions;
import org.evolab.data.prep.SplitRatios;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.SchemaOptions;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Dl4jEvaluatorTest {
    static TrainingData iris;
    static double[][] irisX;
    static TrainingData housing;

    @BeforeAll
    static void prepare() {
        iris = load("iris.csv", "species");
        DataTable table = DataTable.load(TestData.sample("iris.csv"));
        irisX = PreparedData.prepare(
                        table,
                        DatasetSchema.infer(table, SchemaOptions.defaults()),
                        SplitRatios.defaults(),
                        42,
                        PreprocessOptions.defaults())
                .testX();
        housing = load("housing.csv", null);
    }

    static TrainingData load(String file, String target) {
        DataTable table = DataTable.load(TestData.sample(file));
        DatasetSchema schema =
                DatasetSchema.infer(table, SchemaOptions.defaults().withTarget(target));
        PreparedData data =
                PreparedData.prepare(table, schema, SplitRatios.defaults(), 42, PreprocessOptions.defaults());
        return TrainingData.of(data, null);
    }

    static Genome genome(double lr, Optimizer optimizer, int epochs, LayerGene... layers) {
        return new Genome(List.of(layers), lr, optimizer, 32, 0.0, 0.0, epochs);
    }

    @Test
    void aSensibleNetworkLearnsIris() {
        Genome g = genome(0.01, Optimizer.ADAM, 80, new LayerGene(16, Activation.TANH));
        FitnessResult r = new Dl4jEvaluator(iris, TrainingSettings.defaults(), 1, TrainingControl.none()).evaluate(g);
        assertThat(r.failed()).isFalse();
        assertThat(r.fitness()).isGreaterThan(0.85);
        assertThat(r.validationCurve()).hasSize((int) r.epochs());
        assertThat(r.bestEpoch()).isBetween(1.0, r.epochs()).isEqualTo(Math.rint(r.bestEpoch()));
        assertThat(r.validationCurve().get((int) r.bestEpoch() - 1)).isEqualTo(r.fitness());
        assertThat(r.parameters()).isEqualTo(g.parameterCount(4, 3));
    }

    @Test
    void earlyStoppingEndsTrainingAfterPatienceEpochsWithoutProgress() {
        Genome g = genome(0.05, Optimizer.ADAM, 500, new LayerGene(16, Activation.RELU));
        FitnessResult r = new Dl4jEvaluator(
                        iris, TrainingSettings.defaults().withPatience(3), 1, TrainingControl.none())
                .evaluate(g);
        assertThat(r.outcome()).isEqualTo(FitnessResult.Outcome.STOPPED_EARLY);
        // Three epochs after the last progress: a better score, or a lower loss after the best score.
        assertThat(r.epochs()).isLessThan(500).isGreaterThanOrEqualTo(r.bestEpoch() + 3);
    }

    @Test
    void aShortBudgetGetsAShorterPatience() {
        TrainingSettings s = TrainingSettings.defaults().withPatience(10);
        assertThat(s.patienceFor(100)).isEqualTo(10);
        assertThat(s.patienceFor(20)).isEqualTo(4);
        assertThat(s.patienceFor(5)).isEqualTo(3);
        assertThat(s.withPatience(2).patienceFor(5)).isEqualTo(2);
        Genome g = genome(0.05, Optimizer.ADAM, 20, new LayerGene(16, Activation.RELU));
        FitnessResult r = new Dl4jEvaluator(iris, s, 1, TrainingControl.none()).evaluate(g);
        if (r.outcome() == FitnessResult.Outcome.STOPPED_EARLY) {
            assertThat(r.epochs()).isGreaterThanOrEqualTo(r.bestEpoch() + 4);
        } else {
            assertThat(r.epochs()).isEqualTo(20.0);
        }
    }

    @Test
    void rungsEndAfterAShareOfTheStepsButNeverBeforeTheFloor() {
        assertThat(TrainingSettings.rungSteps(0, 900)).isEqualTo(100);
        assertThat(TrainingSettings.rungSteps(1, 900)).isEqualTo(300);
        assertThat(TrainingSettings.rungSteps(0, 450)).isEqualTo(TrainingSettings.MIN_RUNG_STEPS);
        assertThat(TrainingSettings.rungSteps(0, 60)).isEqualTo(60);
        assertThat(TrainingSettings.rungSteps(1, 20)).isEqualTo(20);
        // All 900 steps' genomes reach 100, a third go on to 300, a ninth to 900.
        assertThat(TrainingSettings.expectedStepsWithHalving(900))
                .isCloseTo(100 + 200 / 3.0 + 600 / 9.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TrainingSettings.expectedStepsWithHalving(60)).isEqualTo(60.0);
    }

    @Test
    void aTrainingStoppedMidEpochReportsAPartialEpochAndContinuesTheSameOnAnyThread() throws Exception {
        Genome g = new Genome(List.of(new LayerGene(16, Activation.RELU)), 0.02, Optimizer.ADAM, 16, 0.3, 0.0, 12);
        Dl4jEvaluator evaluator =
                new Dl4jEvaluator(iris, TrainingSettings.defaults().withPatience(100), 5, TrainingControl.none());
        Dl4jTraining here = evaluator.start(g);
        Dl4jTraining there = evaluator.start(g);
        int perEpoch = here.stepsPerEpoch();
        assertThat(perEpoch).isGreaterThan(2);
        long stop = 2L * perEpoch + perEpoch / 2;
        FitnessResult partial = here.trainSteps(stop);
        assertThat(partial.epochs()).isStrictlyBetween(2.0, 3.0);
        assertThat(partial.halved()).isTrue(); // not finished: more budget left
        assertThat(partial.validationCurve()).hasSize(3); // two epochs and the stop
        Thread other = new Thread(() -> there.trainSteps(stop));
        other.start();
        other.join();
        evaluator.evaluate(genome(0.01, Optimizer.ADAM, 3, new LayerGene(5, Activation.TANH)));
        FitnessResult a = here.trainUntil(12);
        FitnessResult b = there.trainUntil(12);
        here.release();
        there.release();
        assertThat(a.epochs()).isEqualTo(12.0);
        assertThat(b.lossCurve()).isEqualTo(a.lossCurve());
        assertThat(b.fitness()).isEqualTo(a.fitness());
    }

    @Test
    void theSameGenomeAndSeedGiveTheSameScore() {
        Genome g = genome(
                0.01, Optimizer.RMSPROP, 20, new LayerGene(12, Activation.ELU), new LayerGene(8, Activation.SIGMOID));
        Dl4jEvaluator evaluator = new Dl4jEvaluator(iris, TrainingSettings.defaults(), 5, TrainingControl.none());
        FitnessResult a = evaluator.evaluate(g);
        FitnessResult b = evaluator.evaluate(g);
        assertThat(b.fitness()).isEqualTo(a.fitness());
        assertThat(b.validationLoss()).isEqualTo(a.validationLoss());
        assertThat(b.lossCurve()).isEqualTo(a.lossCurve());
    }

    @Test
    void theFinalTrainingIsReproducibleEvenWithDropoutAndOtherTrainingsBetween() {
        Genome g = new Genome(
                List.of(new LayerGene(27, Activation.ELU), new LayerGene(79, Activation.ELU)),
                0.06,
                Optimizer.RMSPROP,
                32,
                0.31,
                0.0,
                60);
        Dl4jEvaluator evaluator = new Dl4jEvaluator(iris, TrainingSettings.defaults(), 5, TrainingControl.none());
        double[][] x = irisX;
        double[][] first = evaluator.trainFinal(g, 33).predict(x);
        evaluator.evaluate(genome(0.01, Optimizer.ADAM, 5, new LayerGene(5, Activation.TANH)));
        double[][] second = evaluator.trainFinal(g, 33).predict(x);
        assertThat(second).isDeepEqualTo(first);
    }

    @Test
    void finalNetworksTrainedTogetherOnTheWorkersEqualEachTrainedAloneInTheOrderGiven() throws Exception {
        List<Genome> genomes = List.of(
                genome(0.01, Optimizer.ADAM, 40, new LayerGene(8, Activation.TANH)),
                new Genome(
                        List.of(new LayerGene(12, Activation.ELU)),
                        0.02,
                        Optimizer.RMSPROP,
                        Genome.FULL_BATCH,
                        0.1,
                        0.0,
                        40),
                genome(
                        0.02,
                        Optimizer.ADAM,
                        40,
                        new LayerGene(16, Activation.RELU),
                        new LayerGene(8, Activation.RELU)));
        // The last takes the most steps, so the workers start it first and finish the others before it.
        List<Integer> epochs = List.of(4, 9, 30);
        Dl4jEvaluator alone = new Dl4jEvaluator(iris, TrainingSettings.defaults(), 5, TrainingControl.none());
        List<TrainedModel> together;
        try (Dl4jTrainer trainer = new Dl4jTrainer(
                iris,
                TrainingSettings.defaults(),
                5,
                TrainingControl.none(),
                new Trainer.Options(2, null, null, null))) {
            together = trainer.retrainAll(List.of(
                    new Trainer.Retraining(genomes.get(0), epochs.get(0)),
                    new Trainer.Retraining(genomes.get(1), epochs.get(1)),
                    new Trainer.Retraining(genomes.get(2), epochs.get(2))));
        }
        assertThat(together).hasSize(3);
        for (int i = 0; i < genomes.size(); i++) {
            TrainedModel own = alone.trainFinal(genomes.get(i), epochs.get(i));
            assertThat(together.get(i).genome()).isEqualTo(genomes.get(i));
            assertThat(together.get(i).epochs()).isEqualTo((double) epochs.get(i));
            assertThat(together.get(i).predict(irisX)).isDeepEqualTo(own.predict(irisX));
        }
    }

    @Test
    void aTrainingContinuedOnAnotherThreadGivesTheSameResult() throws Exception {
        Genome g = new Genome(List.of(new LayerGene(16, Activation.RELU)), 0.02, Optimizer.ADAM, 16, 0.3, 0.0, 30);
        Dl4jEvaluator evaluator =
                new Dl4jEvaluator(iris, TrainingSettings.defaults().withPatience(100), 5, TrainingControl.none());
        FitnessResult straight = evaluator.evaluate(g);
        Dl4jTraining t = evaluator.start(g);
        Thread first = new Thread(() -> t.trainUntil(10));
        first.start();
        first.join();
        // another genome trained on this thread in between, as a worker would
        evaluator.evaluate(genome(0.01, Optimizer.ADAM, 3, new LayerGene(5, Activation.TANH)));
        FitnessResult continued = t.trainUntil(30);
        t.release();
        assertThat(continued.lossCurve()).isEqualTo(straight.lossCurve());
        assertThat(continued.fitness()).isEqualTo(straight.fitness());
    }

    @Test
    void aDivergingTrainingGetsTheWorstFitnessAndSaysWhy() {
        Genome g = genome(
                9.9,
                Optimizer.NESTEROV,
                30,
                new LayerGene(100, Activation.RELU),
                new LayerGene(100, Activation.RELU),
                new LayerGene(100, Activation.RELU));
        FitnessResult r =
                new Dl4jEvaluator(housing, TrainingSettings.defaults(), 1, TrainingControl.none()).evaluate(g);
        assertThat(r.failed()).isTrue();
        assertThat(r.fitness()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(r.failure()).startsWith("diverged");
    }

    @Test
    void aNetworkAboveTheMemoryBudgetIsRefusedBeforeTraining() {
        Genome g = genome(0.01, Optimizer.ADAM, 10, new LayerGene(100, Activation.RELU));
        long needed = Dl4jEvaluator.estimatedBytes(g, 4, 3, iris.trainRows());
        FitnessResult r =
                new Dl4jEvaluator(iris, TrainingSettings.defaults(), 1, TrainingControl.none(), needed - 1).evaluate(g);
        assertThat(r.failed()).isTrue();
        assertThat(r.epochs()).isZero();
        assertThat(r.failure())
                .startsWith("refused: training it would need about")
                .contains("memory");
        assertThat(new Dl4jEvaluator(iris, TrainingSettings.defaults(), 1, TrainingControl.none(), needed)
                        .evaluate(g.withMaxEpochs(1))
                        .failed())
                .isFalse();
    }

    @Test
    void theMemoryEstimateGrowsWithTheNetworkAndTheBatch() {
        Genome small = genome(0.01, Optimizer.ADAM, 10, new LayerGene(10, Activation.RELU));
        Genome wide = genome(
                0.01, Optimizer.ADAM, 10, new LayerGene(1000, Activation.RELU), new LayerGene(1000, Activation.RELU));
        assertThat(Dl4jEvaluator.estimatedBytes(wide, 20, 3, 1000))
                .isGreaterThan(100 * Dl4jEvaluator.estimatedBytes(small, 20, 3, 1000));
        assertThat(Dl4jEvaluator.estimatedBytes(small.withBatchSize(Genome.FULL_BATCH), 20, 3, 100_000))
                .isGreaterThan(Dl4jEvaluator.estimatedBytes(small, 20, 3, 100_000));
    }

    @Test
    void regressionFitnessIsNegativeRmseInTargetUnits() {
        Genome g = genome(0.01, Optimizer.ADAM, 40, new LayerGene(32, Activation.RELU));
        FitnessResult r =
                new Dl4jEvaluator(housing, TrainingSettings.defaults(), 1, TrainingControl.none()).evaluate(g);
        assertThat(r.failed()).isFalse();
        assertThat(r.fitness()).isNegative();
    }
}
