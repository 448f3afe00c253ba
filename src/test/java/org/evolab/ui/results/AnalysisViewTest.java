package org.evolab.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.evolab.analysis.FinishedRunFixture;
import org.evolab.analysis.GeneAxis;
import org.evolab.analysis.Leaderboard;
import org.evolab.analysis.ParetoFront;
import org.evolab.analysis.Trial;
import org.evolab.fitness.FitnessMetric;
import org.evolab.genome.Genome;
import org.evolab.genome.SearchSpace;
import org.evolab.run.Evaluation;
import org.evolab.run.RunConfig;
import org.evolab.run.RunResult;
import org.evolab.run.RunStatus;
import org.evolab.ui.EvolabApp;
import org.evolab.ui.FxWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Analysis tab on a finished run made up without training (60 genomes of the default space
 * whose fitness depends on the learning rate and the parameter count): it is built only when
 * shown, every chart has the run's data, and a chart exports as a PNG.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisViewTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    ResultsController results;

    @Start
    void start(Stage stage) {
        results = new ResultsController(Map::of);
        Scene scene = new Scene(results.view(), 1260, 760);
        scene.getStylesheets()
                .add(EvolabApp.class.getResource(EvolabApp.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** A finished run of {@code size} genomes; fitness peaks at a learning rate of 1e-2 and falls a little with size. */
    static RunResult syntheticRun(int size, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Evaluation> board = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Genome g = SearchSpace.defaults().randomGenome(rng);
            long params = g.parameterCount(4, 3);
            double fitness = 0.9 - 0.2 * Math.abs(Math.log10(g.learningRate()) + 2) - 0.01 * Math.log10(params);
            board.add(
                    FinishedRunFixture.evaluation(new Trial("g" + (i / 10) + "-" + i, i / 10, g, fitness, params, 5)));
        }
        board.sort((a, b) -> Double.compare(b.fitness(), a.fitness()));
        return new RunResult(
                RunConfig.defaults(),
                RunStatus.COMPLETED,
                "generations done",
                null,
                null,
                FitnessMetric.ACCURACY,
                board.get(0),
                List.of(),
                board,
                null,
                null,
                size,
                size,
                0,
                12.5);
    }

    @Test
    void theAnalysisTabIsBuiltWhenShownAndEveryChartHasTheRunsData(FxRobot robot, @TempDir Path dir) throws Exception {
        RunResult run = syntheticRun(60, 3);
        robot.interact(() -> results.show(run, null));
        // not computed before the tab is shown
        assertThat(robot.lookup("#importanceChart").tryQuery()).isEmpty();
        assertThat(FxWait.onFx(() -> results.analysis().analysis().analysis())).isNull();

        robot.interact(results::showAnalysis);
        FxWait.until(WAIT, "the analysis to be drawn", () -> robot.lookup("#paretoChart")
                .tryQuery()
                .isPresent());
        RunAnalysis analysis = FxWait.onFx(() -> results.analysis().analysis().analysis());
        Leaderboard board = analysis.board();
        assertThat(board.scored()).hasSize(60);

        BarChart<Number, String> importance = robot.lookup("#importanceChart").query();
        assertThat(importance.getTitle()).contains("PED-ANOVA (Watanabe et al., 2023)");
        List<XYChart.Data<Number, String>> bars = importance.getData().get(0).getData();
        assertThat(board.genes()).hasSizeGreaterThan(RunAnalysis.SHOWN_GENES);
        assertThat(bars).hasSize(RunAnalysis.SHOWN_GENES);
        // the most important gene is the top bar (a category axis lists bottom-up); the shares sum to 1
        assertThat(bars.get(bars.size() - 1).getYValue())
                .isEqualTo(analysis.importance().get(0).gene());
        assertThat(analysis.importance().stream()
                        .mapToDouble(i -> i.importance())
                        .sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(analysis.importance().get(0).gene()).isEqualTo("learning_rate");

        // the slice opens on the most important gene: the learning rate, on a log axis
        ScatterChart<Number, Number> slice = robot.lookup("#sliceChart").query();
        ComboBox<GeneAxis> gene = robot.lookup("#sliceGeneChoice").query();
        assertThat(gene.getValue().gene().name()).isEqualTo("learning_rate");
        NumberAxis x = (NumberAxis) slice.getXAxis();
        assertThat(x.getLabel()).isEqualTo("learning_rate (log)");
        List<XYChart.Data<Number, Number>> points = slice.getData().get(0).getData();
        assertThat(points).hasSize(60);
        for (int i = 0; i < points.size(); i++) {
            Trial t = board.scored().get(i);
            assertThat(points.get(i).getXValue().doubleValue())
                    .isEqualTo(Math.log10(t.genome().learningRate()));
        }
        assertThat(x.getTickLabelFormatter().toString(-2.0)).isEqualTo("0.01");
        assertThat(x.getTickLabelFormatter().toString(-3.0)).isEqualTo("1e-03");
        // a categorical gene: one tick per category, labelled with it
        GeneAxis optimizer = analysis.axis("optimizer");
        robot.interact(() -> gene.setValue(optimizer));
        assertThat(slice.getData().get(0).getData()).hasSize(60);
        assertThat(x.getTickLabelFormatter().toString(0))
                .isEqualTo(optimizer.categories().get(0));
        // width_3 exists only in genomes of three or more layers
        GeneAxis width3 = analysis.axis("width_3");
        robot.interact(() -> gene.setValue(width3));
        long deep = board.scored().stream().filter(t -> t.genome().depth() >= 3).count();
        assertThat(slice.getData().get(0).getData()).hasSize((int) deep);

        Canvas parallel = robot.lookup("#parallelCoordinates").query();
        assertThat(parallel.getWidth()).isGreaterThan(300);
        assertThat(analysis.parallelAxes())
                .hasSize(RunAnalysis.SHOWN_GENES)
                .extracting(a -> a.gene().name())
                .contains("learning_rate");
        assertThat(FxWait.onFx(() -> ((ParallelCoordinates) parallel.getParent()).linesDrawn()))
                .isEqualTo(60);

        LineChart<Number, Number> pareto = robot.lookup("#paretoChart").query();
        List<Trial> front = ParetoFront.of(board);
        assertThat(pareto.getData().get(0).getData()).hasSize(60);
        assertThat(pareto.getData().get(1).getData()).hasSize(front.size()).isNotEmpty();
        assertThat(pareto.getData().get(1).getName()).isEqualTo(AnalysisCharts.FRONT);

        // a point of the front, clicked, can be retrained and exported
        Button retrain = robot.lookup("#paretoExportButton").queryButton();
        assertThat(retrain.isDisabled()).isTrue();
        Trial smallest = front.get(0);
        Node dot = robot.lookup("#pareto-" + smallest.individualId()).query();
        robot.interact(() -> dot.getOnMouseClicked().handle(null));
        assertThat(FxWait.onFx(() -> results.analysis().analysis().paretoChoice()))
                .isEqualTo(smallest);
        assertThat(retrain.isDisabled()).isFalse();

        for (String chart : List.of("importanceChart", "sliceChart", "parallelCoordinates", "paretoChart")) {
            Path png = dir.resolve(chart + ".png");
            robot.interact(() -> results.analysis().analysis().exportPng(chart, png));
            FxWait.until(WAIT, chart + ".png to be written", () -> Files.exists(png));
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(chart).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(200);
            assertThat(distinctColours(image)).as("colours in " + chart).isGreaterThan(10);
        }
        assertThat(robot.lookup("#analysisMessage").queryLabeled().getText()).startsWith("Saved ");
    }

    @Test
    void aNewRunReplacesTheAnalysisAndARunWithoutScoresSaysSo(FxRobot robot) {
        robot.interact(() -> results.show(syntheticRun(20, 4), null));
        robot.interact(results::showAnalysis);
        FxWait.until(WAIT, "the analysis", () -> robot.lookup("#paretoChart")
                .tryQuery()
                .isPresent());
        RunResult second = syntheticRun(30, 5);
        robot.interact(() -> results.show(second, null));
        FxWait.until(WAIT, "the second analysis", () -> {
            RunAnalysis a = results.analysis().analysis().analysis();
            return a != null && a.board().scored().size() == 30;
        });
        robot.interact(() -> results.clear());
        assertThat(robot.lookup("#paretoChart").tryQuery()).isEmpty();
        assertThat(FxWait.onFx(() -> results.analysis().analysis().analysis())).isNull();
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
