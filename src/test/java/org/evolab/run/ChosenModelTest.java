package org.evolab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.evolab.TestData;
import org.evolab.analysis.AnalyzedRun;
import org.evolab.evolution.SelectionMethod;
import org.evolab.export.Bundle;
import org.evolab.export.BundleReader;
import org.evolab.genome.SearchSpace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any genome of the leaderboard, not only the best, becomes a tested model and a bundle. */
class ChosenModelTest {
    @TempDir
    static Path dir;

    static RunResult run;

    @BeforeAll
    static void runTinyNsga2() {
        RunConfig tiny = TestData.tinyRun(TestData.sample("iris.csv"), "species", 4, 2, 5);
        SearchSpace fewEpochs = tiny.searchSpace().withEpochs(2, 4);
        run = new EvolutionRun(tiny.withSearchSpace(fewEpochs).withGa(tiny.ga().withSelection(SelectionMethod.NSGA2)))
                .runFolder(dir.resolve("run"))
                .run();
    }

    @Test
    void aNonBestGenomeExportsABundleThatPlainDl4jRestores() throws Exception {
        assertThat(run.completed()).isTrue();
        assertThat(run.leaderboard()).hasSizeGreaterThan(1);
        Evaluation second = run.leaderboard().get(1);
        List<Integer> epochs = new ArrayList<>();
        RunResult retrained = ChosenModel.retrain(run, second, () -> {}, epochs::add);
        assertThat(epochs)
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, ChosenModel.epochs(second))
                        .boxed()
                        .toArray(Integer[]::new));
        assertThat(retrained.best()).isEqualTo(second);
        assertThat(retrained.test().rows()).isEqualTo(run.test().rows());

        Path bundle = dir.resolve("second.zip");
        BundleExport.write(retrained, bundle, false, Map.of());
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(bundle.toFile());
        assertThat(restored.getLayers()).hasSize(second.individual().genome().depth() + 1);
        assertThat(restored.numParams()).isEqualTo(second.result().parameters());
        Bundle read = BundleReader.read(bundle);
        assertThat(read.genome()).isEqualTo(second.individual().genome());
        assertThat(read.genome()).isNotEqualTo(run.best().individual().genome());
    }

    @Test
    void theRetrainingStopsWhenCancelled() {
        RunControl control = new RunControl();
        control.cancel();
        assertThatThrownBy(() -> ChosenModel.retrain(run, run.leaderboard().get(1), control, e -> {}))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void theRunFolderOfACompletedRunAnalysesWithItsTestScore() {
        AnalyzedRun analyzed = AnalyzedRun.open(dir.resolve("run"));
        assertThat(analyzed.strategy()).isEqualTo("genetic (nsga2)");
        assertThat(analyzed.leaderboard().trials()).hasSize(run.leaderboard().size());
        assertThat(analyzed.history().evaluations()).isEqualTo(run.evaluations());
        assertThat(analyzed.test()).isPresent();
        assertThat(analyzed.test().get().value())
                .isEqualTo(run.test().classification().accuracy());
    }
}
