package org.evolab.ui.run;

import java.util.List;
import java.util.Locale;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.evolab.fitness.FitnessMetric;
import org.evolab.run.Evaluation;
import org.evolab.run.GenerationStats;
import org.evolab.ui.common.Formats;

/**
 * The live fitness chart: best, mean and worst per generation as lines, and every individual's
 * score as a point at its generation (spread a little sideways so points of one generation do
 * not hide each other), each with its genome in a tooltip.
 */
public final class FitnessPlot {
    public static final String BEST = "Best";
    public static final String MEAN = "Mean";
    public static final String WORST = "Worst";
    public static final String INDIVIDUALS = "Individuals";
    /**
     * One tooltip for all individuals' points, filled in on hover: a tooltip of its own per point
     * cost memory for every network a long run scored (a 100-generation run has 1,000 points).
     */
    private final Tooltip pointTip = new Tooltip();

    private final LineChart<Number, Number> chart;
    private final NumberAxis xAxis;
    private final NumberAxis yAxis;
    private final XYChart.Series<Number, Number> individuals = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> worst = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> mean = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> best = new XYChart.Series<>();
    private FitnessMetric metric = FitnessMetric.ACCURACY;

    public FitnessPlot(LineChart<Number, Number> chart) {
        this.chart = chart;
        this.xAxis = (NumberAxis) chart.getXAxis();
        this.yAxis = (NumberAxis) chart.getYAxis();
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        individuals.setName(INDIVIDUALS);
        worst.setName(WORST);
        mean.setName(MEAN);
        best.setName(BEST);
        chart.getData().setAll(individuals, worst, mean, best);
        xAxis.setAutoRanging(false);
        xAxis.setTickUnit(1);
        xAxis.setMinorTickVisible(false);
        xAxis.setLabel("Generation");
        xAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return Math.abs(v - Math.rint(v)) < 1e-6 && v >= 0 ? Long.toString(Math.round(v)) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
        yAxis.setForceZeroInRange(false);
        yAxis.setMinorTickVisible(false);
        yAxis.setAutoRanging(true);
        reset(10, FitnessMetric.ACCURACY);
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }

    public void reset(int generations, FitnessMetric fitnessMetric) {
        this.metric = fitnessMetric;
        individuals.getData().clear();
        worst.getData().clear();
        mean.getData().clear();
        best.getData().clear();
        setGenerations(generations);
        yAxis.setLabel(axisLabel(fitnessMetric));
    }

    public void setGenerations(int generations) {
        xAxis.setLowerBound(-0.5);
        xAxis.setUpperBound(Math.max(1, generations) - 0.5);
        xAxis.setTickUnit(generations > 30 ? Math.ceil(generations / 15.0) : 1);
    }

    public void setMetric(FitnessMetric fitnessMetric) {
        this.metric = fitnessMetric;
        yAxis.setLabel(axisLabel(fitnessMetric));
    }

    public static String axisLabel(FitnessMetric m) {
        return switch (m) {
            case ACCURACY -> "Validation accuracy";
            case MACRO_F1 -> "Validation macro F1";
            case NEG_RMSE -> "Validation −RMSE (higher is better)";
            case R2 -> "Validation R²";
        };
    }

    /** One individual scored: a point at its generation, its tooltip the genome. */
    public void addEvaluation(Evaluation e, int indexInGeneration, int populationSize) {
        if (!Double.isFinite(e.fitness())) {
            return;
        }
        double spread = populationSize <= 1 ? 0 : ((indexInGeneration + 0.5) / populationSize - 0.5) * 0.5;
        XYChart.Data<Number, Number> point = new XYChart.Data<>(e.generation() + spread, e.fitness());
        StackPane dot = new StackPane();
        dot.getStyleClass().add("individual-point");
        if (e.cacheHit()) {
            dot.getStyleClass().add("cache-hit");
        }
        point.setNode(dot);
        dot.setOnMouseEntered(m -> {
            pointTip.setText(describe(e));
            pointTip.show(dot, m.getScreenX() + 14, m.getScreenY() + 10);
        });
        dot.setOnMouseExited(m -> pointTip.hide());
        individuals.getData().add(point);
    }

    /**
     * Forgets what was drawn for {@code generation} and later: a resumed run trains its
     * interrupted generation again, and its points would otherwise appear twice.
     */
    public void dropFrom(int generation) {
        individuals.getData().removeIf(p -> p.getXValue().doubleValue() > generation - 0.5);
        for (XYChart.Series<Number, Number> s : List.of(best, mean, worst)) {
            s.getData().removeIf(p -> p.getXValue().doubleValue() >= generation);
        }
    }

    /** A generation finished: one point on each of best, mean and worst. */
    public void addGeneration(GenerationStats s) {
        add(best, s.generation(), s.best());
        add(mean, s.generation(), s.mean());
        add(worst, s.generation(), s.worst());
    }

    private void add(XYChart.Series<Number, Number> series, int generation, double value) {
        if (Double.isFinite(value)) {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(generation, value);
            series.getData().add(point);
            if (point.getNode() != null) {
                Tooltip.install(
                        point.getNode(),
                        new Tooltip(String.format(
                                Locale.ROOT,
                                "%s of generation %d: %s",
                                series.getName(),
                                generation,
                                Formats.score(value))));
            }
        }
    }

    /** The metric's name in running text: "accuracy", "macro F1", "−RMSE", "R²". */
    public static String metricName(FitnessMetric m) {
        return switch (m) {
            case ACCURACY -> "accuracy";
            case MACRO_F1 -> "macro F1";
            case NEG_RMSE -> "−RMSE";
            case R2 -> "R²";
        };
    }

    String describe(Evaluation e) {
        var ind = e.individual();
        StringBuilder sb = new StringBuilder();
        sb.append(ind.id()).append(" · ").append(metricName()).append(' ').append(Formats.score(e.fitness()));
        if (e.cacheHit()) {
            sb.append(" (from cache)");
        }
        sb.append('\n').append(Formats.genomeBlock(ind.genome()));
        sb.append(String.format(
                Locale.ROOT,
                "%nTrained %s epochs (best %s), %s parameters, %d ms",
                Formats.epochs(e.result().epochs()),
                Formats.epochs(e.result().bestEpoch()),
                Formats.count(e.result().parameters()),
                e.result().trainMillis()));
        sb.append("\nParents: ").append(ind.parentIds().isEmpty() ? "none" : String.join(", ", ind.parentIds()));
        sb.append(" · ").append(String.join(", ", ind.operators()));
        return sb.toString();
    }

    private String metricName() {
        return metricName(metric);
    }

    public XYChart.Series<Number, Number> series(String name) {
        return switch (name) {
            case BEST -> best;
            case MEAN -> mean;
            case WORST -> worst;
            case INDIVIDUALS -> individuals;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
