package org.evolab.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evolab.analysis.FinishedRunFixture;
import org.evolab.analysis.Trial;
import org.evolab.fitness.FitnessMetric;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.junit.jupiter.api.Test;

class EnsembleMembersTest {
    static Evaluation scored(int width, double fitness) {
        Genome g = new Genome(List.of(new LayerGene(width, Activation.RELU)), 1e-3, Optimizer.ADAM, 32, 0, 0, 20);
        return FinishedRunFixture.evaluation(new Trial("g0-" + width, 0, g, fitness, 100, 10));
    }

    static RunStatistics statistics(Evaluation... scored) {
        RunStatistics statistics = new RunStatistics(RunConfig.defaults());
        for (Evaluation e : scored) {
            statistics.record(0, e.individual(), e.result(), false);
        }
        return statistics;
    }

    @Test
    void aNetworkFarBelowTheBestIsNoMemberAndTheBestMayStandAlone() {
        // spirals, 120 validation rows: the best got 6 wrong, the next ones 35
        RunStatistics spirals = statistics(scored(10, 0.95), scored(11, 0.7083), scored(12, 0.7));
        EnsembleMembers three = new EnsembleMembers(3, FitnessMetric.ACCURACY, 120);
        assertThat(three.of(spirals)).extracting(e -> e.individual().id()).containsExactly("g0-10");

        RunStatistics close = statistics(scored(10, 0.95), scored(11, 0.925), scored(12, 0.7), scored(13, 0.9167));
        assertThat(three.of(close)).extracting(e -> e.individual().id()).containsExactly("g0-10", "g0-11", "g0-13");
        assertThat(new EnsembleMembers(1, FitnessMetric.ACCURACY, 120).of(close))
                .hasSize(1);
    }

    @Test
    void accuracyIsComparedInRowsAndAPerfectBestStillAdmitsOneRowShort() {
        EnsembleMembers wine = new EnsembleMembers(3, FitnessMetric.ACCURACY, 21);
        assertThat(wine.withinReach(1.0, 20 / 21.0)).isTrue();
        assertThat(wine.withinReach(1.0, 15 / 21.0)).isFalse();
        // the same gap in points is within reach on few rows and not on many
        assertThat(new EnsembleMembers(3, FitnessMetric.ACCURACY, 30).withinReach(0.9, 0.8))
                .isTrue();
        assertThat(new EnsembleMembers(3, FitnessMetric.ACCURACY, 3000).withinReach(0.9, 0.8))
                .isFalse();
    }

    @Test
    void regressionMetricsAreComparedRelativeToTheBestsError() {
        EnsembleMembers rmse = new EnsembleMembers(3, FitnessMetric.NEG_RMSE, 50); // within 20%
        assertThat(rmse.withinReach(-55.3, -60.0)).isTrue();
        assertThat(rmse.withinReach(-55.3, -70.0)).isFalse();
        EnsembleMembers r2 = new EnsembleMembers(3, FitnessMetric.R2, 50); // unexplained share within 40%
        assertThat(r2.withinReach(0.5, 0.35)).isTrue();
        assertThat(r2.withinReach(0.5, 0.2)).isFalse();
    }
}
