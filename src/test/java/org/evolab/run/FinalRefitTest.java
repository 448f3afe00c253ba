package org.evolab.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.evolab.TestData;
import org.evolab.data.prep.PreparedData;
import org.evolab.export.Bundle;
import org.evolab.export.BundleFormat;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.Refit;
import org.evolab.fitness.TrainedModel;
import org.evolab.fitness.Trainer;
import org.evolab.fitness.TrainingControl;
import org.evolab.fitness.TrainingData;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.Genome;
import org.evolab.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link Refit#ALL}: after the test, the exported model's networks train again on every labelled
 * row (real DL4J trainings on iris), the test metrics stay those of the model the test scored, and
 * the records say which rows each comes from.
 */
class FinalRefitTest {
    @TempDir
    Path dir;

    /** DL4J trainers that remember the rows each was given and what it retrained. */
    static final class Recording implements Trainer.Factory {
        final List<TrainingData> data = new ArrayList<>();
        final List<List<String>> retrained = new ArrayList<>();

        @Override
        public Trainer create(
                TrainingData d, TrainingSettings settings, long runSeed, TrainingControl control, Trainer.Options o) {
            data.add(d);
            List<String> mine = new ArrayList<>();
            retrained.add(mine);
            Trainer real = Trainers.dl4j().create(d, settings, runSeed, control, o);
            return new Trainer() {
                @Override
                public void train(List<Genome> genomes, Consumer<FitnessResult> onEach) throws InterruptedException {
                    real.train(genomes, onEach);
                }

                @Override
                public TrainedModel retrain(Genome genome, int epochs) {
                    mine.add(genome.id() + " x" + epochs);
                    return real.retrain(genome, epochs);
                }

                @Override
                public TrainedModel searchModel(Genome genome, float[] bestParameters, double epochs) {
                    return real.searchModel(genome, bestParameters, epochs);
                }

                @Override
                public void close() {
                    real.close();
                }
            };
        }
    }

    private static RunConfig iris(int ensemble, Refit refit) {
        RunConfig base = TestData.tinyRun(TestData.sample("iris.csv"), "species", 4, 2, 11);
        return base.withSearchSpace(base.searchSpace().withEpochs(5, 10))
                .withTraining(base.training().withEnsemble(ensemble).withRefit(refit));
    }

    @Test
    void theEnsembleIsRefitOnEveryLabelledRowAndItsTestIsTheTestedModels() throws Exception {
        Recording trainers = new Recording();
        RunResult refit = new EvolutionRun(iris(2, Refit.ALL), null, trainers).run();
        RunResult tested = new EvolutionRun(iris(2, Refit.TRAIN_VALIDATION)).run();
        PreparedData data = refit.data();
        int trainValidation = data.trainX().length + data.validationX().length;
        assertThat(data.labelledRows()).isEqualTo(150);

        // Two trainers: the search's on training + validation, then the refit's on all 150 rows.
        assertThat(trainers.data).hasSize(2);
        TrainingData all = trainers.data.get(1);
        assertThat(all.trainRows() + all.validationRows()).isEqualTo(150);
        assertThat(trainers.data.get(0).trainRows() + trainers.data.get(0).validationRows())
                .isEqualTo(trainValidation);
        // The refit's rows are exactly the labelled ones: every test row among them.
        Set<String> rows = new HashSet<>();
        List<DataSet> batches = all.trainAndValidationBatches(0, 1);
        for (double[] row : batches.get(0).getFeatures().toDoubleMatrix()) {
            rows.add(key(row));
        }
        Set<String> labelled = new HashSet<>();
        for (double[][] split : new double[][][] {data.trainX(), data.validationX(), data.testX()}) {
            for (double[] row : split) {
                labelled.add(key(row));
            }
        }
        assertThat(rows).isEqualTo(labelled);
        Set<String> test = new HashSet<>();
        for (double[] row : data.testX()) {
            test.add(key(row));
        }
        assertThat(rows).containsAll(test);

        // The refit trains the tested members' genomes for their epochs, and nothing else.
        TrainedModel model = refit.model();
        List<TrainedModel> testedMembers = tested.model().members();
        assertThat(trainers.retrained.get(1))
                .containsExactlyElementsOf(testedMembers.stream()
                        .map(m -> m.genome().id() + " x" + (int) m.epochs())
                        .toList());
        assertThat(model.members()).hasSize(2).allMatch(m -> m.trainingRows() == 150);
        // The test is the tested (train + validation) model's, to the last digit; the export differs.
        assertThat(refit.refitted()).isTrue();
        assertThat(tested.refitted()).isFalse();
        assertThat(refit.test().trainingRows()).isEqualTo(trainValidation);
        assertThat(refit.test().predicted()).containsExactly(tested.test().predicted());
        assertThat(refit.test().headline()).isEqualTo(tested.test().headline());
        assertThat(model.predict(data.testX())[0]).isNotEqualTo(tested.model().predict(data.testX())[0]);

        // The bundle restores in plain DL4J as the model it exports, and says which rows are whose.
        Path file = dir.resolve("refit.zip");
        Bundle bundle = BundleExport.write(refit, file, false, Map.of());
        ComputationGraph plain = ModelSerializer.restoreComputationGraph(file.toFile(), false);
        double[][] out = plain.outputSingle(false, Nd4j.create(data.testX()).castTo(DataType.FLOAT))
                .toDoubleMatrix();
        double[][] mine = model.predict(data.testX());
        for (int r = 0; r < mine.length; r++) {
            for (int c = 0; c < mine[r].length; c++) {
                assertThat(out[r][c]).isCloseTo(mine[r][c], org.assertj.core.data.Offset.offset(1e-5));
            }
        }
        assertThat(bundle.run().path("finalModel").path("trainingRows").asInt()).isEqualTo(150);
        assertThat(bundle.run()
                        .path("finalModel")
                        .path("testedModelTrainingRows")
                        .asInt())
                .isEqualTo(trainValidation);
        assertThat(bundle.run().path("finalModel").path("refit").asText()).isEqualTo("all");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String card = entry(zip, BundleFormat.MODEL_CARD);
            assertThat(card)
                    .contains(
                            "refit after the test on every labelled row (training, validation and test splits)",
                            "trained on 150 rows",
                            "Test: " + data.testX().length
                                    + " rows, scored by the retrained ensemble of 2 trained on the " + trainValidation
                                    + " training + validation rows",
                            "refit on all 150 labelled rows (training, validation and test)");
            JsonNode metrics = Json.mapper().readTree(entry(zip, BundleFormat.METRICS));
            assertThat(metrics.path("testedModelTrainingRows").asInt()).isEqualTo(trainValidation);
            assertThat(metrics.path("exportedModelTrainingRows").asInt()).isEqualTo(150);
            assertThat(metrics.path("refit").asBoolean()).isTrue();
        }
    }

    @Test
    void aSingleNetworkIsRefitTooAndStaysAMultiLayerNetwork() throws Exception {
        RunResult result = new EvolutionRun(iris(1, Refit.ALL)).run();
        assertThat(result.model().isEnsemble()).isFalse();
        assertThat(result.model().trainingRows()).isEqualTo(150);
        assertThat(result.test().trainingRows())
                .isEqualTo(result.data().trainX().length + result.data().validationX().length);
        Path file = dir.resolve("single.zip");
        BundleExport.write(result, file, false, Map.of());
        MultiLayerNetwork plain = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
        assertThat(plain.numParams()).isEqualTo(result.model().parameterCount());
        assertThat(ModelRows.testedModel(result)).isEqualTo("the retrained network");
    }

    /** The Results screen's "Retrain & export" of another genome refits it too, and counts both trainings' epochs. */
    @Test
    void anotherGenomeRetrainedFromTheResultsIsRefitToo() {
        RunResult run = new EvolutionRun(iris(1, Refit.ALL)).run();
        Evaluation other = run.leaderboard().get(1);
        int[] epochs = {0};
        RunResult again = ChosenModel.retrain(run, other, TrainingControl.none(), n -> epochs[0] = n);
        assertThat(again.model().genome()).isEqualTo(other.individual().genome());
        assertThat(again.model().trainingRows()).isEqualTo(150);
        assertThat(again.test().trainingRows())
                .isEqualTo(run.data().trainX().length + run.data().validationX().length);
        assertThat(epochs[0]).isEqualTo(2 * ChosenModel.epochs(other));
    }

    @Test
    void aConfigWrittenBeforeTheSettingReadsAsTheDefault() throws Exception {
        RunConfig config = iris(3, Refit.ALL);
        ObjectNode json = (ObjectNode) Json.mapper().readTree(config.toJson());
        assertThat(json.path("training").path("refit").asText()).isEqualTo("ALL");
        assertThat(RunConfig.fromJson(json.toString(), "new.json").training().refit())
                .isEqualTo(Refit.ALL);
        ((ObjectNode) json.path("training")).remove("refit");
        assertThat(RunConfig.fromJson(json.toString(), "old.json").training().refit())
                .isEqualTo(TrainingSettings.DEFAULT_REFIT);
        assertThat(Refit.parse(" Train-Validation ")).isEqualTo(Refit.TRAIN_VALIDATION);
    }

    /**
     * The refit changes no fitness, so a run folder's cache and checkpoint do not depend on it: a
     * folder written before the setting existed resumes (the hash of the defaults on iris is the
     * one the commit before it computed, cbabe6c1677a12c7c26b3ef2, checked by hand with that jar).
     */
    @Test
    void theRunFoldersContextLeavesTheRefitOut() {
        RunConfig config = RunConfig.defaults().withData("sample-data/iris.csv").withTarget("species");
        String hash = RunFolder.contextHash(config);
        assertThat(RunFolder.contextHash(config.withTraining(config.training().withRefit(Refit.ALL))))
                .isEqualTo(hash);
        assertThat(RunFolder.contextHash(config.withTraining(config.training().withEnsemble(2))))
                .isNotEqualTo(hash);
    }

    @Test
    void theCostModelCountsTheRefitsTrainings() {
        RunConfig config = iris(3, Refit.TRAIN_VALIDATION);
        CostModel.Forecast once = CostModel.PRIOR.forecast(config, 4, 3, 105, 22);
        CostModel.Forecast twice =
                CostModel.PRIOR.forecast(config.withTraining(config.training().withRefit(Refit.ALL)), 4, 3, 105, 22);
        assertThat(twice.searchSeconds()).isEqualTo(once.searchSeconds());
        // Per member one more training, on the 127 training + validation rows plus 22.5 test rows
        // (the split's 15% against its 70%), against the retrain's 127.
        assertThat(twice.retrainSeconds() / once.retrainSeconds())
                .isCloseTo(1 + (127 + 105 * 0.15 / 0.7) / 127, org.assertj.core.data.Offset.offset(1e-9));
    }

    private static String key(double[] row) {
        StringBuilder s = new StringBuilder();
        for (double v : row) {
            s.append((float) v).append(',');
        }
        return s.toString();
    }

    private static String entry(ZipFile zip, String name) throws java.io.IOException {
        return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }
}
