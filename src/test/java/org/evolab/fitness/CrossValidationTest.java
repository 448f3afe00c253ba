package org.evolab.fitness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** K-fold fitness: the folds (seeded, stratified, covering every labelled row once) and the mean score. */
class CrossValidationTest {
    static TrainingData iris;
    static TrainingData housing;

    @BeforeAll
    static void prepare() {
        iris = Dl4jEvaluatorTest.load("iris.csv", "species");
        housing = Dl4jEvaluatorTest.load("housing.csv", null);
    }

    @Test
    void everyTrainingAndValidationRowValidatesInExactlyOneFold() {
        List<TrainingData> folds = iris.folds(3, 5);
        int labelled = iris.trainRows() + iris.validationRows();
        assertThat(folds).hasSize(3);
        for (TrainingData fold : folds) {
            assertThat(fold.trainRows() + fold.validationRows()).isEqualTo(labelled);
            assertThat(fold.validationRows()).isBetween(labelled / 3, labelled / 3 + 1);
        }
        assertThat(folds.stream().mapToInt(TrainingData::validationRows).sum()).isEqualTo(labelled);
    }

    @Test
    void foldsAreStratifiedAndEveryRowHasOne() {
        // 3 classes of 50, 31 and 7 rows, in blocks, as a sorted file would have them
        int[] classOf = new int[88];
        Arrays.fill(classOf, 50, 81, 1);
        Arrays.fill(classOf, 81, 88, 2);
        int[] foldOf = TrainingData.foldAssignment(classOf, 3, 8);
        int[][] counts = new int[3][3];
        for (int r = 0; r < classOf.length; r++) {
            assertThat(foldOf[r]).isBetween(0, 2);
            counts[classOf[r]][foldOf[r]]++;
        }
        int[][] expectedShare = {{16, 17}, {10, 11}, {2, 3}};
        for (int k = 0; k < 3; k++) {
            for (int f = 0; f < 3; f++) {
                assertThat(counts[k][f])
                        .as("class %d in fold %d", k, f)
                        .isBetween(expectedShare[k][0], expectedShare[k][1]);
            }
        }
        int[] sizes = new int[3];
        for (int f : foldOf) {
            sizes[f]++;
        }
        assertThat(Arrays.stream(sizes).max().orElseThrow()
                        - Arrays.stream(sizes).min().orElseThrow())
                .isLessThanOrEqualTo(1);
        assertThat(TrainingData.foldAssignment(classOf, 3, 8)).isEqualTo(foldOf);
        assertThat(TrainingData.foldAssignment(classOf, 3, 9)).isNotEqualTo(foldOf);
    }

    @Test
    void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() {
        float[][] a = rows(iris.folds(3, 11).get(1).validationFeatures());
        float[][] b = rows(iris.folds(3, 11).get(1).validationFeatures());
        float[][] c = rows(iris.folds(3, 12).get(1).validationFeatures());
        assertThat(a).isDeepEqualTo(b);
        assertThat(Arrays.deepEquals(a, c)).isFalse();
    }

    @Test
    void regressionFoldsScoreInTheTargetsUnits() {
        List<TrainingData> folds = housing.folds(3, 2);
        assertThat(folds.stream().mapToInt(TrainingData::validationRows).sum())
                .isEqualTo(housing.trainRows() + housing.validationRows());
        Genome g = Dl4jEvaluatorTest.genome(0.01, Optimizer.ADAM, 20, new LayerGene(16, Activation.RELU));
        FitnessResult r =
                new Dl4jEvaluator(folds.get(0), TrainingSettings.defaults(), 1, TrainingControl.none()).evaluate(g);
        assertThat(r.failed()).isFalse();
        assertThat(-r.fitness()).as("RMSE in thousands, not standardized units").isBetween(5.0, 500.0);
    }

    @Test
    void aGenomesCrossValidatedFitnessIsTheMeanOfItsFolds() {
        Genome g = Dl4jEvaluatorTest.genome(0.01, Optimizer.ADAM, 30, new LayerGene(12, Activation.TANH));
        List<TrainingData> folds = iris.folds(3, 4);
        List<Dl4jEvaluator> evaluators = new ArrayList<>();
        List<FitnessResult> alone = new ArrayList<>();
        for (TrainingData fold : folds) {
            Dl4jEvaluator e = new Dl4jEvaluator(fold, TrainingSettings.defaults(), 3, TrainingControl.none());
            evaluators.add(e);
            alone.add(e.evaluate(g));
        }
        StepwiseTraining folded = new CrossValidation(evaluators).start(g);
        FitnessResult r;
        try {
            r = folded.trainUntil(g.maxEpochs());
        } finally {
            folded.release();
        }
        assertThat(folded.isFinished()).isTrue();
        assertThat(r.fitness())
                .isCloseTo(
                        alone.stream()
                                .mapToDouble(FitnessResult::fitness)
                                .average()
                                .orElseThrow(),
                        org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.bestEpoch())
                .isCloseTo(
                        alone.stream()
                                .mapToDouble(FitnessResult::bestEpoch)
                                .average()
                                .orElseThrow(),
                        org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.halved()).isFalse();
    }

    @Test
    void halvingContinuesAllFoldsToTheSameShareOfTheirBudgets() {
        Genome g = Dl4jEvaluatorTest.genome(0.01, Optimizer.ADAM, 40, new LayerGene(8, Activation.RELU));
        List<Dl4jEvaluator> evaluators = iris.folds(3, 4).stream()
                .map(d -> new Dl4jEvaluator(d, TrainingSettings.defaults().withPatience(40), 3, TrainingControl.none()))
                .toList();
        StepwiseTraining folded = new CrossValidation(evaluators).start(g);
        try {
            FitnessResult third = folded.trainSteps(folded.totalSteps() / 3);
            assertThat(folded.isFinished()).isFalse();
            assertThat(third.halved()).as("open: not trained to its end").isTrue();
            assertThat((double) folded.stepsDone())
                    .isCloseTo(folded.totalSteps() / 3.0, org.assertj.core.data.Offset.offset(3.0));
            FitnessResult stopped = folded.stopHere();
            assertThat(folded.isFinished()).isTrue();
            assertThat(stopped.fitness()).isEqualTo(third.fitness());
        } finally {
            folded.release();
        }
    }

    @Test
    void aFailedFoldFailsTheGenome() {
        FitnessResult ok = new FitnessResult(
                "g",
                0.9,
                0.1,
                10,
                5,
                FitnessResult.Outcome.TRAINED_TO_BUDGET,
                null,
                List.of(0.9),
                List.of(0.2),
                50,
                10);
        FitnessResult bad = FitnessResult.failed("g", "diverged", 3, 50, 4, List.of(), List.of());
        FitnessResult r = CrossValidation.mean("g", List.of(ok, bad, ok));
        assertThat(r.failed()).isTrue();
        assertThat(r.failure()).isEqualTo("diverged");
        assertThat(r.trainMillis()).isEqualTo(24);
    }

    @Test
    void autoFoldsDependOnTheLabelledRowsAndBadCountsAreRefused() {
        assertThat(TrainingSettings.defaults().foldsFor(120)).isEqualTo(3);
        assertThat(TrainingSettings.defaults().foldsFor(TrainingSettings.AUTO_FOLDS_MAX_ROWS + 1))
                .isEqualTo(1);
        assertThat(TrainingSettings.defaults().withFolds(5).foldsFor(50_000)).isEqualTo(5);
        assertThat(TrainingSettings.defaults().withFolds(1).foldsFor(100)).isEqualTo(1);
        assertThatThrownBy(() -> TrainingSettings.defaults().withFolds(11).validate())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("folds");
        assertThatThrownBy(() -> TrainingSettings.defaults().withFolds(-1).validate())
                .isInstanceOf(InvalidInputException.class);
    }

    private static float[][] rows(org.nd4j.linalg.api.ndarray.INDArray m) {
        float[][] r = m.toFloatMatrix();
        m.close();
        return r;
    }
}
