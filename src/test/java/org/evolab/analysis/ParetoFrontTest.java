package org.evolab.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {
    static boolean dominates(Trial a, Trial b) {
        return a.fitness() >= b.fitness()
                && a.parameters() <= b.parameters()
                && (a.fitness() > b.fitness() || a.parameters() < b.parameters());
    }

    /** Every genome of the front is non-dominated; every genome not on it is dominated by one. */
    static void assertIsTheFront(List<Trial> front, List<Trial> all) {
        Set<String> onFront = front.stream().map(Trial::individualId).collect(Collectors.toSet());
        for (Trial t : all) {
            boolean dominated = all.stream().anyMatch(o -> dominates(o, t));
            assertThat(onFront.contains(t.individualId())).as(t.individualId()).isEqualTo(!dominated && !t.failed());
        }
    }

    @Test
    void theFrontHoldsExactlyTheNonDominatedGenomes() {
        Leaderboard board =
                SyntheticRuns.leaderboard(300, 5, g -> Math.tanh(g.parameterCount(4, 3) / 3000.0) - 0.3 * g.dropout());
        List<Trial> front = ParetoFront.of(board);
        assertThat(front).hasSizeGreaterThan(2).hasSizeLessThan(300);
        assertIsTheFront(front, board.scored());
        for (int i = 1; i < front.size(); i++) {
            // Smallest first; on a front, a bigger network must score higher.
            assertThat(front.get(i).parameters())
                    .isGreaterThanOrEqualTo(front.get(i - 1).parameters());
            assertThat(front.get(i).fitness())
                    .isGreaterThanOrEqualTo(front.get(i - 1).fitness());
        }
    }

    @Test
    void theCsvListsTheFrontWithFitnessAndParameterCount() {
        Leaderboard board = SyntheticRuns.leaderboard(50, 6, g -> -g.learningRate());
        List<Trial> front = ParetoFront.of(board);
        List<String> lines = ParetoFront.csv(front).lines().toList();
        assertThat(lines.get(0)).isEqualTo("individual,genome_id,fitness,parameters,genome");
        assertThat(lines).hasSize(front.size() + 1);
        assertThat(lines.get(1))
                .startsWith(front.get(0).individualId() + "," + front.get(0).genomeId() + ",")
                .contains("," + front.get(0).parameters() + ",");
    }
}
