package org.evolab.ui.wizard.data;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.evolab.data.csv.DataTable;
import org.evolab.data.schema.ColumnProfile;
import org.evolab.ui.common.Background;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.WizardModel;

/**
 * The profile of the column selected in the columns table: counts and statistics in one line,
 * and a small chart (a histogram of numbers, the commonest text values). Computed off the FX
 * thread; a newer selection overtakes an older one. The profile stays while the columns table
 * is refilled after a change of role or kind (the cells are the same), and goes when another
 * file is read.
 */
final class ColumnProfileView {
    private final WizardModel model;
    private final Label title = new Label("Column profile");
    private final Label stats = new Label("Select a column above to see what it holds.");
    private final BarChart<String, Number> chart;
    private DataTable profiledTable;
    private String profiledColumn;
    private long requests;

    ColumnProfileView(WizardModel model, VBox box, ObservableValue<ColumnRow> selected) {
        this.model = model;
        title.getStyleClass().add("card-title");
        stats.getStyleClass().addAll("hint", "profile-stats");
        stats.setId("profileStats");
        stats.setWrapText(true);
        NumberAxis rows = new NumberAxis();
        rows.setLabel("rows");
        rows.setMinorTickVisible(false);
        chart = new BarChart<>(new CategoryAxis(), rows);
        chart.setId("profileChart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(140);
        chart.setMinHeight(110);
        chart.setBarGap(1);
        chart.setCategoryGap(3);
        chart.getStyleClass().add("mini-chart");
        showChart(false);
        box.getChildren().addAll(title, stats, chart);
        selected.addListener((o, old, row) -> {
            if (row != null) {
                show(row.name());
            }
        });
        model.datasetProperty().addListener(o -> {
            DatasetInfo info = model.dataset();
            if (info == null || info.table() != profiledTable) {
                clear();
            }
        });
    }

    private void clear() {
        requests++;
        profiledTable = null;
        profiledColumn = null;
        title.setText("Column profile");
        stats.setText("Select a column above to see what it holds.");
        chart.getData().clear();
        showChart(false);
    }

    private void showChart(boolean show) {
        chart.setVisible(show);
        chart.setManaged(show);
    }

    private void show(String column) {
        DatasetInfo info = model.dataset();
        if (info == null
                || info.table().columnIndex(column) < 0
                || (info.table() == profiledTable && column.equals(profiledColumn))) {
            return;
        }
        DataTable table = info.table();
        long request = ++requests;
        profiledTable = table;
        profiledColumn = column;
        title.setText("Column profile: " + column);
        stats.setText("Reading…");
        Background.run(() -> ColumnProfile.of(table, column))
                .onSuccess(profile -> {
                    if (request == requests) {
                        render(profile);
                    }
                })
                .onFailure(error -> {
                    if (request == requests) {
                        stats.setText("Could not profile " + column + ": " + error.getMessage());
                    }
                })
                .start();
    }

    private void render(ColumnProfile p) {
        stats.setText(summary(p));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        Set<String> used = new HashSet<>();
        if (p.numeric()) {
            for (ColumnProfile.Bin bin : p.histogram()) {
                series.getData().add(new XYChart.Data<>(unique(TargetSummary.short3(bin.from()), used), bin.count()));
            }
        } else {
            for (ColumnProfile.Level level : p.levels()) {
                series.getData().add(new XYChart.Data<>(unique(shortText(level.value()), used), level.count()));
            }
            if (p.otherRows() > 0) {
                series.getData().add(new XYChart.Data<>(unique("other", used), p.otherRows()));
            }
        }
        chart.getData().setAll(List.of(series));
        showChart(true);
    }

    /** "150 rows · 0 missing · 22 distinct · min 0.1 · max 2.5 · mean 1.2 · sd 0.763". */
    static String summary(ColumnProfile p) {
        String counts = Formats.count(p.rows()) + " rows · " + Formats.count(p.missing()) + " missing · "
                + Formats.count(p.distinct()) + " distinct";
        if (p.numeric()) {
            ColumnProfile.Numbers n = p.numbers();
            return counts + " · min " + TargetSummary.short3(n.min()) + " · max " + TargetSummary.short3(n.max())
                    + " · mean " + TargetSummary.short3(n.mean()) + " · sd " + TargetSummary.short3(n.sd());
        }
        if (p.levels().isEmpty()) {
            return counts;
        }
        return counts + " · most frequent: "
                + p.levels().stream()
                        .limit(3)
                        .map(l -> shortText(l.value()) + " (" + Formats.count(l.count()) + ")")
                        .collect(Collectors.joining(", "));
    }

    private static String shortText(String s) {
        return s.length() > 14 ? s.substring(0, 13) + "…" : s;
    }

    /** Category labels must differ, or the chart merges their bars. */
    private static String unique(String label, Set<String> used) {
        String l = label;
        for (int k = 2; !used.add(l); k++) {
            l = label + " (" + k + ")";
        }
        return l;
    }
}
