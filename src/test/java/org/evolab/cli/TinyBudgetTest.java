package org.evolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.evolab.evolution.GaSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A tiny budget with every other setting left alone runs: the defaults the user never gave
 * (two elites, tournaments of three) shrink to the population; values the user gave are still judged.
 */
class TinyBudgetTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "population {0}")
    @ValueSource(ints = {2, 3})
    void aTinyPopulationRunsWithTheDefaultSettings(int population) {
        Path out = dir.resolve("p" + population + ".zip");
        CliBadInputTest.Result r = CliBadInputTest.tinyIrisRun(population, "2..3", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out).exists();
        assertThat(r.out()).contains("evaluations");
    }

    @Test
    void anEliteCountTheUserGaveIsStillRefused() {
        CliBadInputTest.Result r = CliBadInputTest.run(
                "run",
                "--data",
                "sample-data/iris.csv",
                "--population",
                "2",
                "--elitism",
                "2",
                "--generations",
                "1",
                "--out",
                dir.resolve("x.zip").toString());
        assertThat(r.code()).isEqualTo(EvolabCommand.BAD_INPUT);
        assertThat(r.err()).contains("elitism: 2 elites must be less than the population (2)");
        assertThat(dir.resolve("x.zip")).doesNotExist();
    }

    @Test
    void aTournamentSizeTheUserGaveIsStillRefused() {
        CliBadInputTest.Result r = CliBadInputTest.run(
                "run",
                "--data",
                "sample-data/iris.csv",
                "--population",
                "2",
                "--tournament-size",
                "3",
                "--generations",
                "1",
                "--out",
                dir.resolve("y.zip").toString());
        assertThat(r.code()).isEqualTo(EvolabCommand.BAD_INPUT);
        assertThat(r.err()).contains("tournament size");
    }

    @Test
    void onlyTheDefaultsShrink() {
        GaSettings two = GaSettings.defaults().withPopulationSize(2).withDefaultsFittedToPopulation(false, false);
        assertThat(two.eliteCount()).isEqualTo(1);
        assertThat(two.tournamentSize()).isEqualTo(2);
        assertThat(two.validate()).isSameAs(two);
        GaSettings big = GaSettings.defaults().withDefaultsFittedToPopulation(false, false);
        assertThat(big).isEqualTo(GaSettings.defaults());
        GaSettings chosen = GaSettings.defaults().withPopulationSize(2).withDefaultsFittedToPopulation(true, true);
        assertThat(chosen.eliteCount()).isEqualTo(2);
        assertThat(chosen.tournamentSize()).isEqualTo(3);
    }
}
