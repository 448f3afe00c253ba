package org.evolab.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.evolab.TestData;
import org.evolab.run.EvolutionRun;
import org.evolab.run.RunConfig;
import org.evolab.run.RunResult;
import org.junit.jupiter.api.Test;

/** The Results screen says when the exported model is an ensemble, and of which genomes; nothing for a network. */
class EnsembleTextTest {
    @Test
    void anEnsembleIsNamedWithItsMembersAndANetworkIsNot() {
        RunConfig base = TestData.tinyRun(TestData.sample("iris.csv"), "species", 3, 1, 11);
        base = base.withSearchSpace(base.searchSpace().withEpochs(3, 4));
        RunResult ensemble = new EvolutionRun(base.withTraining(base.training().withEnsemble(2))).run();
        assertThat(EnsembleText.testPrefix(ensemble)).isEqualTo("Ensemble of 2: ");
        String[] line = EnsembleText.membersLine(ensemble).orElseThrow();
        assertThat(line[1])
                .startsWith("ensemble of 2: "
                        + ensemble.model().members().get(0).genome().summary())
                .contains(ensemble.model().members().get(1).genome().summary());

        RunResult single = new EvolutionRun(base.withTraining(base.training().withEnsemble(1))).run();
        assertThat(EnsembleText.testPrefix(single)).isEmpty();
        assertThat(EnsembleText.membersLine(single)).isEmpty();
        assertThat(EnsembleText.testPrefix(null)).isEmpty();
    }
}
