package org.evolab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.evolab.TestData;
import org.evolab.export.Bundle;
import org.evolab.export.BundleFormat;
import org.evolab.fitness.FinalModel;
import org.evolab.fitness.TrainedModel;
import org.evolab.genome.Genome;
import org.evolab.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An ensemble run exports one DL4J graph that plain DL4J opens as it is and whose output is the
 * mean of its members' outputs on real rows; its records say which genomes it averages.
 */
class EnsembleExportTest {
    @TempDir
    Path dir;

    @Test
    void theBundleRestoresInPlainDl4jAndPredictsTheMembersMean() throws Exception {
        RunConfig base = TestData.tinyRun(TestData.sample("iris.csv"), "species", 6, 2, 3);
        RunConfig config = base.withSearchSpace(base.searchSpace().withEpochs(5, 10))
                .withTraining(base.training().withEnsemble(3));
        RunResult result = new EvolutionRun(config).run();
        TrainedModel model = result.model();
        assertThat(model.isEnsemble()).isTrue();
        assertThat(model.members()).hasSize(3);
        assertThat(model.members().stream().map(m -> m.genome().id()).distinct())
                .hasSize(3);
        assertThat(model.genome()).isEqualTo(result.best().individual().genome());
        assertThat(model.members()).allMatch(m -> m.origin() == FinalModel.RETRAIN);

        Path file = dir.resolve("ensemble.zip");
        Bundle bundle = BundleExport.write(result, file, false, Map.of());
        assertThat(bundle.isEnsemble()).isTrue();
        assertThat(bundle.members())
                .extracting(Genome::id)
                .containsExactlyElementsOf(
                        model.members().stream().map(m -> m.genome().id()).toList());

        ComputationGraph plain = ModelSerializer.restoreComputationGraph(file.toFile(), false);
        double[][] rows = result.data().testX();
        INDArray out = plain.outputSingle(false, Nd4j.create(rows).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT));
        double[][] expected = new double[rows.length][];
        for (TrainedModel member : model.members()) {
            double[][] p = member.predict(rows);
            for (int r = 0; r < rows.length; r++) {
                expected[r] = expected[r] == null ? new double[p[r].length] : expected[r];
                for (int c = 0; c < p[r].length; c++) {
                    expected[r][c] += p[r][c] / model.members().size();
                }
            }
        }
        double[][] actual = out.toDoubleMatrix();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < expected[r].length; c++) {
                assertThat(actual[r][c])
                        .as("row %d, class %d", r, c)
                        .isCloseTo(expected[r][c], org.assertj.core.data.Offset.offset(1e-5));
            }
        }
        // The members differ, so their mean is not just the best member's output.
        assertThat(model.members().get(0).predict(rows)[0])
                .isNotEqualTo(model.members().get(1).predict(rows)[0]);
        // The test report scores the ensemble itself.
        assertThat(result.test().rows()).isEqualTo(rows.length);
        assertThat(TestReport.of(result.data(), model).headline())
                .isEqualTo(result.test().headline());

        assertThat(bundle.run().path("ensemble")).hasSize(3);
        assertThat(bundle.run().path("ensemble").get(1).path("trainingRows").asInt())
                .isEqualTo(result.data().trainAndValidationX().length);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            String card = new String(
                    zip.getInputStream(zip.getEntry(BundleFormat.MODEL_CARD)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(card)
                    .contains(
                            "ensemble of 3 networks",
                            "restoreComputationGraph",
                            "retrained on the training and validation splits on "
                                    + bundle.run()
                                            .path("ensemble")
                                            .get(2)
                                            .path("trainingRows")
                                            .asInt() + " rows");
            String kind = new String(
                    zip.getInputStream(zip.getEntry(BundleFormat.MODEL)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(kind).contains("\"kind\" : \"ensemble\"");
        }
    }

    @Test
    void anEnsembleOfTheSearchsOwnNetworksKeepsEachMembersWeights() {
        RunConfig base = TestData.tinyRun(TestData.sample("iris.csv"), "species", 6, 2, 5);
        RunConfig config = base.withSearchSpace(base.searchSpace().withEpochs(5, 10))
                .withTraining(base.training()
                        .withEnsemble(3)
                        .withFinalModel(FinalModel.SEARCH)
                        .withFolds(1));
        RunResult result = new EvolutionRun(config).run();
        assertThat(result.model().members()).hasSize(3);
        assertThat(result.model().members())
                .allMatch(m -> m.origin() == FinalModel.SEARCH)
                .allMatch(m -> m.trainingRows() == result.data().trainX().length);
    }

    @Test
    void fewerDistinctGenomesThanAskedForMakeASmallerEnsemble() {
        RunConfig base = TestData.tinyRun(TestData.sample("iris.csv"), "species", 3, 1, 7);
        RunConfig config = base.withSearchSpace(base.searchSpace().withEpochs(3, 4))
                .withTraining(base.training().withEnsemble(5));
        RunResult result = new EvolutionRun(config).run();
        assertThat(result.model().members()).hasSize(3);
    }

    @Test
    void aSingleNetworkStaysAMultiLayerNetworkAndABundleWithoutModelJsonStillReads() throws Exception {
        RunConfig base = TestData.tinyRun(TestData.sample("iris.csv"), "species", 3, 1, 7);
        RunResult result = new EvolutionRun(
                        base.withSearchSpace(base.searchSpace().withEpochs(3, 4))
                                .withTraining(base.training().withEnsemble(1)))
                .run();
        assertThat(result.model().isEnsemble()).isFalse();
        Path file = dir.resolve("single.zip");
        Bundle bundle = BundleExport.write(result, file, false, Map.of());
        assertThat(bundle.isEnsemble()).isFalse();
        assertThat(bundle.entries()).contains(BundleFormat.MODEL);
        assertThat(ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false)
                        .numParams())
                .isEqualTo(result.model().parameterCount());

        // A bundle written before ensembles has no evolab/model.json: it holds a network.
        Path old = dir.resolve("old.zip");
        try (var in = new java.util.zip.ZipFile(file.toFile());
                var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(old))) {
            for (var e : java.util.Collections.list(in.entries())) {
                if (!e.getName().equals(BundleFormat.MODEL)) {
                    out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    in.getInputStream(e).transferTo(out);
                    out.closeEntry();
                }
            }
        }
        Bundle read = org.evolab.export.BundleReader.read(old);
        assertThat(read.isEnsemble()).isFalse();
        assertThat(read.parameterCount()).isEqualTo(result.model().parameterCount());
    }

    @Test
    void anEnsembleOfNoneIsRefusedNamingTheSetting() {
        RunConfig base = TestData.tinyRun(TestData.sample("iris.csv"), "species", 3, 1, 7);
        assertThatThrownBy(
                        () -> base.withTraining(base.training().withEnsemble(0)).validate())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("ensemble: ");
    }
}
