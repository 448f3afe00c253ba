package org.evolab.ui.results;

import java.util.Locale;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.evolab.data.schema.TaskType;
import org.evolab.run.ModelRows;
import org.evolab.run.RunResult;
import org.evolab.run.TestReport;
import org.evolab.ui.common.Formats;

/**
 * The Results screen's test section: the summary line and its chart (the confusion matrix of a
 * classification, predicted against actual for a regression).
 */
final class TestResultsView {
    private final Label testSummary;
    private final StackPane testChartHolder;

    TestResultsView(Label testSummary, StackPane testChartHolder) {
        this.testSummary = testSummary;
        this.testChartHolder = testChartHolder;
    }

    void clear() {
        testSummary.setText("");
        testChartHolder.getChildren().clear();
    }

    void show(RunResult r) {
        testChartHolder.getChildren().clear();
        TestReport test = r.test();
        if (test == null) {
            testSummary.setText("No test scores: the run " + r.status().name().toLowerCase(Locale.ROOT)
                    + " before the best network was retrained and tested.");
            return;
        }
        if (test.task() == TaskType.CLASSIFICATION) {
            var c = test.classification();
            testSummary.setText(EnsembleText.testPrefix(r)
                    + String.format(
                            Locale.ROOT,
                            "Accuracy %s · macro F1 %.3f on %d test rows the search never saw.",
                            Formats.percent(c.accuracy()),
                            c.macroF1(),
                            test.rows())
                    + rows(r));
            testChartHolder.getChildren().add(new ConfusionMatrixView(c.labels(), c.confusion()));
        } else {
            var g = test.regression();
            testSummary.setText(EnsembleText.testPrefix(r)
                    + String.format(
                            Locale.ROOT,
                            "RMSE %.4g · MAE %.4g · R² %.3f on %d test rows the search never saw.",
                            g.rmse(),
                            g.mae(),
                            g.r2(),
                            test.rows())
                    + rows(r));
            testChartHolder
                    .getChildren()
                    .add(predictionChart(test, r.data().schema().target()));
        }
    }

    /** Which rows trained the tested model and the exported one, on a line of its own. */
    private static String rows(RunResult r) {
        return r.model() == null ? "" : "\n" + ModelRows.sentence(r);
    }

    private static LineChart<Number, Number> predictionChart(TestReport test, String target) {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        x.setLabel("actual " + target);
        y.setLabel("predicted");
        x.setForceZeroInRange(false);
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("predictionChart");
        chart.getStyleClass().add("prediction-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        XYChart.Series<Number, Number> points = new XYChart.Series<>();
        points.setName("Test rows");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < test.actual().length; i++) {
            points.getData().add(new XYChart.Data<>(test.actual()[i], test.predicted()[i]));
            lo = Math.min(lo, Math.min(test.actual()[i], test.predicted()[i]));
            hi = Math.max(hi, Math.max(test.actual()[i], test.predicted()[i]));
        }
        XYChart.Series<Number, Number> diagonal = new XYChart.Series<>();
        diagonal.setName("Perfect prediction");
        if (Double.isFinite(lo)) {
            diagonal.getData().add(new XYChart.Data<>(lo, lo));
            diagonal.getData().add(new XYChart.Data<>(hi, hi));
        }
        chart.getData().add(points);
        chart.getData().add(diagonal);
        chart.setMinHeight(150);
        chart.setPrefHeight(220);
        return chart;
    }
}
