package org.evolab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PedAnovaTest {

    private static double sum(List<Importance> importances) {
        return importances.stream().mapToDouble(Importance::importance).sum();
    }

    private static double of(List<Importance> importances, String gene) {
        return importances.stream()
                .filter(i -> i.gene().equals(gene))
                .findFirst()
                .orElseThrow()
                .importance();
    }

    @Test
    void aFitnessThatDependsOnTheLearningRateOnlyPutsItFirstWithMostOfTheImportance() {
        Leaderboard board = SyntheticRuns.leaderboard(400, 1, g -> -Math.pow(Math.log10(g.learningRate()) + 2.5, 2));
        List<Importance> importances = PedAnova.of(board);
        assertThat(importances.get(0).gene()).isEqualTo("learning_rate");
        assertThat(importances.get(0).importance()).isGreaterThan(0.5);
        assertThat(sum(importances)).isCloseTo(1.0, within(1e-9));
        assertThat(importances).hasSize(board.genes().size());
    }

    @Test
    void twoGenesThatShareTheFitnessShareTheImportance() {
        // Each gene's distance from its optimum, measured in its own search range, weighs the same.
        Leaderboard board = SyntheticRuns.leaderboard(
                400,
                2,
                g -> -Math.pow((Math.log10(g.learningRate()) + 2.5) / 3, 2) - Math.pow((g.dropout() - 0.25) / 0.5, 2));
        List<Importance> importances = PedAnova.of(board);
        assertThat(importances.subList(0, 2))
                .extracting(Importance::gene)
                .containsExactlyInAnyOrder("learning_rate", "dropout");
        assertThat(of(importances, "learning_rate") + of(importances, "dropout"))
                .isGreaterThan(0.7);
        assertThat(of(importances, "learning_rate")).isGreaterThan(0.2);
        assertThat(of(importances, "dropout")).isGreaterThan(0.2);
        assertThat(sum(importances)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void tooFewScoresGiveEqualImportances() {
        Leaderboard board = SyntheticRuns.leaderboard(2, 3, g -> g.dropout());
        List<Importance> importances = PedAnova.of(board);
        assertThat(importances)
                .allSatisfy(i -> assertThat(i.importance()).isCloseTo(1.0 / importances.size(), within(1e-12)));
    }
}
