package org.evolab.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import org.evolab.analysis.FitnessColors;
import org.evolab.analysis.GeneAxis;
import org.evolab.analysis.Importance;
import org.evolab.analysis.Trial;
import org.evolab.ui.common.Formats;

/**
 * The JavaFX charts of the Analysis tab, from a {@link RunAnalysis}: the same data as the
 * {@code analyze} command's PNGs ({@link org.evolab.analysis.ChartImages}). JavaFX has no log
 * axis, so genes searched on a log scale are plotted at their log10 and the tick labels say the
 * value.
 */
final class AnalysisCharts {
    static final String GENOMES = "Genomes";
    static final String FRONT = "Pareto front";
    private static final String TOOLTIP = "evolab.tooltip";

    private AnalysisCharts() {}

    /** Horizontal bars, most important gene on top. */
    static BarChart<Number, String> importance(List<Importance> importances) {
        NumberAxis x = new NumberAxis();
        x.setLabel("share of the variation in fitness explained");
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("importanceChart");
        chart.setTitle("Parameter importance · " + RunAnalysis.METHOD);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName("importance");
        // A category axis lists bottom-up: add the least important first.
        for (int i = importances.size() - 1; i >= 0; i--) {
            Importance imp = importances.get(i);
            XYChart.Data<Number, String> bar = new XYChart.Data<>(imp.importance(), imp.gene());
            series.getData().add(bar);
        }
        chart.getData().add(series);
        series.getData()
                .forEach(d -> Tooltip.install(
                        d.getNode(),
                        new Tooltip(d.getYValue() + ": "
                                + String.format(
                                        Locale.ROOT, "%.3f", d.getXValue().doubleValue()))));
        chart.setCategoryGap(3);
        return chart;
    }

    /** An empty slice chart; {@link #showSlice} fills it with one gene. */
    static ScatterChart<Number, Number> sliceChart() {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("fitness");
        y.setForceZeroInRange(false);
        ScatterChart<Number, Number> chart = new ScatterChart<>(x, y);
        chart.setId("sliceChart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        return chart;
    }

    /** Fitness against {@code axis}'s gene, one point per genome that has the gene, coloured by fitness. */
    static void showSlice(
            ScatterChart<Number, Number> chart, RunAnalysis analysis, GeneAxis axis, Consumer<Trial> onClick) {
        NumberAxis x = (NumberAxis) chart.getXAxis();
        x.setLabel(axis.title());
        configure(x, axis.low(), axis.high(), !axis.categories().isEmpty(), axis.logScale(), axis::label);
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (Trial t : analysis.board().scored()) {
            double position = axis.position(t);
            if (Double.isNaN(position)) {
                continue;
            }
            XYChart.Data<Number, Number> point = new XYChart.Data<>(position, t.fitness());
            point.setNode(dot(t, analysis, FitnessColors.rgb(analysis.colourScale(t)), 4, onClick));
            points.add(point);
        }
        // one list change for the whole series, not one per point
        chart.getData().setAll(List.of(new XYChart.Series<>(GENOMES, FXCollections.observableList(points))));
    }

    /** Fitness against parameter count (log10), every genome grey, the front joined in the highlight colour. */
    static LineChart<Number, Number> pareto(RunAnalysis analysis, Consumer<Trial> onClick) {
        NumberAxis x = new NumberAxis();
        x.setLabel("parameters (log)");
        NumberAxis y = new NumberAxis();
        y.setLabel("fitness");
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("paretoChart");
        chart.getStyleClass().add("pareto-chart");
        chart.setAnimated(false);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        List<XYChart.Data<Number, Number>> all = new ArrayList<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Trial t : analysis.board().scored()) {
            double p = logParameters(t);
            low = Math.min(low, p);
            high = Math.max(high, p);
            XYChart.Data<Number, Number> point = new XYChart.Data<>(p, t.fitness());
            point.setNode(dot(t, analysis, 0x9CA3AF, 3, onClick));
            all.add(point);
        }
        List<XYChart.Data<Number, Number>> front = new ArrayList<>();
        for (Trial t : analysis.front()) {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(logParameters(t), t.fitness());
            Circle dot = dot(t, analysis, FitnessColors.HIGHLIGHT, 5, onClick);
            dot.getStyleClass().add("pareto-point");
            dot.setId("pareto-" + t.individualId());
            point.setNode(dot);
            front.add(point);
        }
        if (Double.isFinite(low)) {
            configure(x, low, high, false, true, v -> Formats.compact(Math.round(Math.pow(10, v))));
        }
        chart.getData()
                .setAll(List.of(
                        new XYChart.Series<>(GENOMES, FXCollections.observableList(all)),
                        new XYChart.Series<>(FRONT, FXCollections.observableList(front))));
        return chart;
    }

    static double logParameters(Trial t) {
        return Math.log10(Math.max(1, t.parameters()));
    }

    /** Fixed ticks: one per category, whole decades on a log axis spanning one or more, else automatic. */
    private static void configure(
            NumberAxis x, double low, double high, boolean categorical, boolean log, DoubleFunction<String> label) {
        x.setForceZeroInRange(false);
        x.setMinorTickVisible(!categorical && !log);
        if (categorical) {
            x.setAutoRanging(false);
            x.setLowerBound(-1);
            x.setUpperBound(high + 1);
            x.setTickUnit(1);
        } else if (log) {
            x.setAutoRanging(false);
            double span = high - low;
            // whole decades read best; a gene searched within one decade gets tenths of one
            double unit = span >= 1 ? 1 : 0.1;
            x.setLowerBound(Math.floor(low / unit) * unit - (span == 0 ? unit : 0));
            x.setUpperBound(Math.ceil(high / unit) * unit + (span == 0 ? unit : 0));
            x.setTickUnit(unit);
        } else {
            x.setAutoRanging(true);
        }
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return label.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
    }

    /** A 0xRRGGBB colour of {@link FitnessColors} as a JavaFX colour. */
    static Color color(int rgb, double opacity) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, opacity);
    }

    private static Circle dot(Trial t, RunAnalysis analysis, int rgb, double radius, Consumer<Trial> onClick) {
        Circle c = new Circle(radius, color(rgb, 0.85));
        if (t == analysis.best()) {
            c.setStroke(color(FitnessColors.HIGHLIGHT, 1));
            c.setStrokeWidth(2);
        }
        // a tooltip per point made the tab take seconds to open for a few hundred genomes: made on first hover
        c.setOnMouseEntered(e -> {
            if (c.getProperties().get(TOOLTIP) == null) {
                Tooltip tip = new Tooltip(String.format(
                        Locale.ROOT,
                        "%s · fitness %s · %s parameters%n%s",
                        t.individualId(),
                        Formats.score(t.fitness()),
                        Formats.count(t.parameters()),
                        Formats.genomeBlock(t.genome())));
                c.getProperties().put(TOOLTIP, tip);
                Tooltip.install(c, tip);
            }
        });
        c.setOnMouseClicked(e -> onClick.accept(t));
        return c;
    }
}
