package org.evolab.ui.results;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;

/**
 * A confusion matrix as a heat map: rows are the actual classes, columns the predicted ones, each
 * cell shaded by its share of its row (so a dark diagonal means good recall for every class).
 */
public final class ConfusionMatrixView extends GridPane {
    static final Color LOW = Color.web("#f8fafc");
    static final Color HIGH = Color.web("#4f46e5");
    static final Color MISS = Color.web("#f97316");

    public ConfusionMatrixView(List<String> labels, int[][] confusion) {
        getStyleClass().add("confusion-matrix");
        setId("confusionMatrix");
        setHgap(2);
        setVgap(2);
        Label corner = new Label("actual ↓  predicted →");
        corner.getStyleClass().add("confusion-corner");
        add(corner, 0, 0);
        for (int j = 0; j < labels.size(); j++) {
            Label head = new Label(shorten(labels.get(j)));
            head.getStyleClass().add("confusion-head");
            GridPane.setHalignment(head, HPos.CENTER);
            add(head, j + 1, 0);
        }
        for (int i = 0; i < labels.size(); i++) {
            Label row = new Label(shorten(labels.get(i)));
            row.getStyleClass().add("confusion-head");
            add(row, 0, i + 1);
            int total = 0;
            for (int v : confusion[i]) {
                total += v;
            }
            for (int j = 0; j < labels.size(); j++) {
                int count = confusion[i][j];
                double share = total == 0 ? 0 : count / (double) total;
                Label cell = new Label(Integer.toString(count));
                cell.getStyleClass().add("confusion-cell");
                cell.setAlignment(Pos.CENTER);
                cell.setMinSize(44, 30);
                cell.setPrefSize(56, 32);
                Color fill = LOW.interpolate(i == j ? HIGH : MISS, i == j ? share : Math.min(1, share * 1.5));
                boolean dark = fill.getBrightness() < 0.7 || (i == j && share > 0.55);
                cell.setStyle(String.format(
                        "-fx-background-color: %s; -fx-text-fill: %s;", web(fill), dark ? "white" : "#1e293b"));
                Tooltip.install(
                        cell,
                        new Tooltip(String.format(
                                "%d test rows of class %s predicted as %s (%.0f %% of %s)",
                                count, labels.get(i), labels.get(j), share * 100, labels.get(i))));
                add(cell, j + 1, i + 1);
            }
        }
    }

    private static String shorten(String s) {
        return s.length() > 14 ? s.substring(0, 13) + "…" : s;
    }

    private static String web(Color c) {
        return String.format(
                "#%02x%02x%02x",
                (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int)
                        Math.round(c.getBlue() * 255));
    }
}
