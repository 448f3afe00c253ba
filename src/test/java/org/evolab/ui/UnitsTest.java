package org.evolab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evolab.data.csv.DataTable;
import org.evolab.data.schema.DatasetSchema;
import org.evolab.data.schema.SchemaOptions;
import org.evolab.evolution.GaSettings;
import org.evolab.evolution.Individual;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.evolab.genome.SearchSpace;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.UserMessages;
import org.evolab.ui.results.Lineage;
import org.evolab.ui.wizard.data.TargetSummary;
import org.evolab.ui.wizard.search.CostEstimate;
import org.junit.jupiter.api.Test;

/** The plain-Java helpers of the ui: no window needed. */
class UnitsTest {
    static final Genome G = new Genome(List.of(new LayerGene(8, Activation.RELU)), 1e-3, Optimizer.ADAM, 32, 0, 0, 20);

    @Test
    void irisHasThreeBalancedClasses() {
        DataTable iris = DataTable.load(Path.of("sample-data", "iris.csv"));
        DatasetSchema schema =
                DatasetSchema.infer(iris, SchemaOptions.defaults().withTarget("species"));
        TargetSummary s = TargetSummary.of(iris, schema);
        assertThat(s.bars()).extracting(TargetSummary.Bar::count).containsExactly(50, 50, 50);
        assertThat(s.caption()).contains("3 classes, balanced");
    }

    @Test
    void aRegressionTargetGetsAHistogramOverEveryRow() {
        DataTable housing = DataTable.load(Path.of("sample-data", "housing.csv"));
        DatasetSchema schema =
                DatasetSchema.infer(housing, SchemaOptions.defaults().withTarget("price_k"));
        TargetSummary s = TargetSummary.of(housing, schema);
        assertThat(s.bars()).hasSize(12);
        assertThat(s.bars().stream().mapToInt(TargetSummary.Bar::count).sum()).isEqualTo(housing.rowCount());
        assertThat(s.title()).isEqualTo("Target distribution");
    }

    @Test
    void theCostGrowsWithThePopulationAndElitesAreNotRetrained() {
        RunConfig small = RunConfig.defaults()
                .withGa(GaSettings.defaults()
                        .withPopulationSize(10)
                        .withGenerations(5)
                        .withEliteCount(2));
        RunConfig large = small.withGa(small.ga().withPopulationSize(40));
        CostEstimate a = CostEstimate.of(small, 4, 3, 150);
        CostEstimate b = CostEstimate.of(large, 4, 3, 150);
        assertThat(a.trainings()).isEqualTo(10 * 5 - 2 * 4);
        assertThat(b.totalSeconds()).isGreaterThan(a.totalSeconds());
        assertThat(a.largestParameters()).isEqualTo(small.searchSpace().largestParameterCount(4, 3));
    }

    @Test
    void successiveHalvingShortensTheEstimateOnDataLargeEnoughForRungs() {
        RunConfig halving = RunConfig.defaults()
                .withGa(GaSettings.defaults().withPopulationSize(20).withGenerations(5));
        RunConfig full = halving.withTraining(halving.training().withSuccessiveHalving(false));
        CostEstimate h = CostEstimate.of(halving, 20, 4, 50_000);
        CostEstimate f = CostEstimate.of(full, 20, 4, 50_000);
        assertThat(h.secondsPerTraining()).isLessThan(f.secondsPerTraining() / 2);
        assertThat(h.totalSeconds()).isLessThan(f.totalSeconds());
    }

    @Test
    void lineageWalksParentsAndShowsASharedAncestorOnce() {
        Individual a = Individual.random("g0-00", G, 0);
        Individual b = Individual.random("g0-01", G, 0);
        Individual c =
                new Individual("g1-00", G, 1, List.of("g0-00", "g0-01"), List.of("tournament", "crossover:one-point"));
        Individual d =
                new Individual("g2-00", G, 2, List.of("g1-00", "g0-00"), List.of("tournament", "crossover:uniform"));
        Map<String, Individual> known = Map.of(a.id(), a, b.id(), b, c.id(), c, d.id(), d);
        Lineage.Node root = Lineage.of("g2-00", known, Map.of(), 100);
        assertThat(root.parents()).extracting(Lineage.Node::id).containsExactly("g1-00", "g0-00");
        assertThat(root.parents().get(1).repeated()).isTrue();
        assertThat(Lineage.depth(root)).isEqualTo(2);
        assertThat(Lineage.size(root)).isEqualTo(5);
        assertThat(Lineage.of("g9-99", known, Map.of(), 10).individual()).isNull();
    }

    @Test
    void messagesNameTheSettingAndKeepFileNames() {
        assertThat(UserMessages.capitalize("population: must be at least 2"))
                .isEqualTo("Population: must be at least 2");
        assertThat(UserMessages.capitalize("ragged.csv: line 3 has 2 fields"))
                .isEqualTo("ragged.csv: line 3 has 2 fields");
        assertThat(UserMessages.of(
                        new RuntimeException(new org.evolab.util.InvalidInputException("x.csv: file not found"))))
                .isEqualTo("x.csv: file not found");
        assertThat(UserMessages.of(new IllegalStateException("boom\n\tat somewhere")))
                .isEqualTo("Something went wrong: boom");
    }

    @Test
    void formatsReadWell() {
        assertThat(Formats.small(1e-3)).isEqualTo("0.001");
        assertThat(Formats.small(3.2e-5)).isEqualTo("3.2e-5");
        assertThat(Formats.clock(java.time.Duration.ofSeconds(75))).isEqualTo("1:15");
        assertThat(Formats.score(Double.NEGATIVE_INFINITY)).isEqualTo("failed");
        assertThat(Formats.layers(List.of(new LayerGene(64, Activation.RELU), new LayerGene(8, Activation.TANH))))
                .isEqualTo("64 relu › 8 tanh");
    }

    @Test
    void theMonitorFollowsEvaluationsAndGenerations() {
        org.evolab.ui.run.RunMonitor m = new org.evolab.ui.run.RunMonitor();
        m.reset(2, 2);
        Individual a = Individual.random("g0-00", G, 0);
        Individual b = Individual.random("g0-01", G, 0);
        var ea = evaluation(0, a, 0.9, false);
        var eb = evaluation(0, b, 0.7, false);
        m.accept(new org.evolab.run.RunEvent.EvaluationFinished(ea, 1, 1, 0, 0, 2, java.time.Duration.ofSeconds(1)));
        assertThat(m.population()).hasSize(1);
        assertThat(m.progressProperty().get()).isEqualTo(0.25);
        m.accept(new org.evolab.run.RunEvent.EvaluationFinished(eb, 2, 2, 0, 1, 2, java.time.Duration.ofSeconds(2)));
        var stats = new org.evolab.run.GenerationStats(0, 0.9, 0.8, 0.7, 0.5, 2, 0, 0, "g0-00", G.id(), 2);
        m.accept(new org.evolab.run.RunEvent.GenerationFinished(
                stats,
                List.of(ea, eb),
                ea,
                ea,
                2,
                java.time.Duration.ofSeconds(2),
                java.time.Duration.ofSeconds(2),
                null));
        assertThat(m.generationsDoneProperty().get()).isEqualTo(1);
        assertThat(m.log()).anyMatch(line -> line.contains("Generation 0 (1 of 2): best 0.9000"));
        Individual c = new Individual("g1-00", G, 1, List.of("g0-00"), List.of("tournament", "mutate:width"));
        m.accept(new org.evolab.run.RunEvent.EvaluationFinished(
                evaluation(1, c, 0.95, false), 3, 3, 0, 0, 2, java.time.Duration.ofSeconds(3)));
        assertThat(m.population()).extracting(e -> e.individual().id()).containsExactly("g1-00");
        assertThat(m.individuals()).containsKeys("g0-00", "g0-01", "g1-00");
        assertThat(m.evaluationsProperty().get()).isEqualTo(3);
    }

    static org.evolab.run.Evaluation evaluation(int generation, Individual i, double fitness, boolean cached) {
        var result = new org.evolab.fitness.FitnessResult(
                i.genome().id(),
                fitness,
                0.1,
                10,
                8,
                org.evolab.fitness.FitnessResult.Outcome.STOPPED_EARLY,
                null,
                List.of(),
                List.of(),
                100,
                50);
        return new org.evolab.run.Evaluation(generation, i, result, cached);
    }

    @Test
    void theSearchSpaceSizeCountsLayerStacks() {
        SearchSpace one = SearchSpace.defaults().withLayers(1, 1).withNeurons(1, 10);
        assertThat(org.evolab.ui.wizard.search.SearchStepControllerAccess.architectures(one))
                .isEqualTo(10.0 * one.activations().size());
    }
}
