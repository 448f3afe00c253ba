package org.evolab.ui.wizard.data;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import org.evolab.data.schema.TaskType;
import org.evolab.ui.common.DatasetInfo;

/** The Data step's target section: the distribution chart of the column to predict and the outputs line. */
final class TargetView {
    private final Label targetInfo;
    private final Label targetChartTitle;
    private final BarChart<String, Number> targetChart;
    private final Label targetCaption;

    TargetView(Label targetInfo, Label targetChartTitle, BarChart<String, Number> targetChart, Label targetCaption) {
        this.targetInfo = targetInfo;
        this.targetChartTitle = targetChartTitle;
        this.targetChart = targetChart;
        this.targetCaption = targetCaption;
    }

    /** Shows the target of {@code info} (null, or without a schema: nothing). */
    void show(DatasetInfo info) {
        targetChart.getData().clear();
        if (info == null || info.schema() == null) {
            targetInfo.setText("");
            targetCaption.setText("");
            return;
        }
        TargetSummary summary = TargetSummary.of(info.table(), info.schema());
        targetChartTitle.setText(summary.title());
        targetCaption.setText(summary.caption());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (TargetSummary.Bar bar : summary.bars()) {
            series.getData().add(new XYChart.Data<>(bar.label(), bar.count()));
        }
        targetChart.getData().add(series);
        var schema = info.schema();
        targetInfo.setText(
                schema.taskType() == TaskType.CLASSIFICATION
                        ? "Outputs: " + String.join(", ", abbreviate(schema.classLabels()))
                        : "Output: one number, " + schema.target());
    }

    private static List<String> abbreviate(List<String> labels) {
        return labels.size() <= 8
                ? labels
                : java.util.stream.Stream.concat(
                                labels.subList(0, 7).stream(), java.util.stream.Stream.of("… (" + labels.size() + ")"))
                        .toList();
    }
}
