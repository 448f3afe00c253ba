package org.evolab.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.evolab.analysis.FinishedRunFixture;
import org.evolab.analysis.Trial;
import org.evolab.fitness.FitnessMetric;
import org.evolab.run.Evaluation;
import org.evolab.run.RunConfig;
import org.evolab.run.RunResult;
import org.evolab.run.RunStatus;
import org.junit.jupiter.api.Test;

/** The view model of the Analysis tab, without a toolkit. */
class RunAnalysisTest {
    @Test
    void failedTrainingsAreLeftOutAndEachTrialKeepsItsEvaluation() {
        RunResult run = AnalysisViewTest.syntheticRun(40, 7);
        List<Evaluation> board = new ArrayList<>(run.leaderboard());
        Evaluation diverged = FinishedRunFixture.evaluation(
                new Trial("g9-99", 9, board.get(0).individual().genome().withLearningRate(0.5), Double.NaN, 10, 5));
        board.add(diverged);
        RunAnalysis a = RunAnalysis.of(withLeaderboard(run, board));
        assertThat(a.board().trials()).hasSize(41);
        assertThat(a.board().scored()).hasSize(40).noneMatch(t -> t.individualId()
                .equals("g9-99"));
        assertThat(a.front()).noneMatch(Trial::failed);
        assertThat(a.best().individualId()).isEqualTo(run.best().individual().id());
        assertThat(a.evaluationOf(a.front().get(0)).individual().id())
                .isEqualTo(a.front().get(0).individualId());
        assertThat(a.colourScale(a.best())).isEqualTo(1.0);
        assertThat(a.topImportance()).hasSize(RunAnalysis.SHOWN_GENES);
        // the axes of parallel coordinates keep the genes' order: depth first, epochs last
        List<String> order = a.board().genes().stream().map(g -> g.name()).toList();
        List<Integer> positions = a.parallelAxes().stream()
                .map(x -> order.indexOf(x.gene().name()))
                .toList();
        assertThat(positions).isSorted();
        assertThat(a.firstSlice().gene().name()).isEqualTo(a.importance().get(0).gene());
    }

    @Test
    void aRunWithoutScoresHasNothingToDraw() {
        RunResult run = AnalysisViewTest.syntheticRun(3, 8);
        List<Evaluation> failed = run.leaderboard().stream()
                .map(e -> FinishedRunFixture.evaluation(
                        new Trial(e.individual().id(), 0, e.individual().genome(), Double.NEGATIVE_INFINITY, 10, 5)))
                .toList();
        RunAnalysis a = RunAnalysis.of(withLeaderboard(run, failed));
        assertThat(a.hasData()).isFalse();
        assertThat(a.importance()).isEmpty();
        assertThat(a.front()).isEmpty();
        assertThat(a.best()).isNull();
    }

    private static RunResult withLeaderboard(RunResult r, List<Evaluation> board) {
        return new RunResult(
                RunConfig.defaults(),
                RunStatus.COMPLETED,
                r.stopReason(),
                null,
                null,
                FitnessMetric.ACCURACY,
                r.best(),
                List.of(),
                board,
                null,
                null,
                board.size(),
                board.size(),
                0,
                1);
    }
}
