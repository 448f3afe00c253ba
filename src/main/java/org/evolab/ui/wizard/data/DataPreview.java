package org.evolab.ui.wizard.data;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.evolab.data.csv.DataTable;

/** The Data step's preview: the first rows of the table as read, and a line saying what it is. */
final class DataPreview {
    static final int PREVIEW_ROWS = 100;

    private final TableView<String[]> previewTable;
    private final Label previewInfo;
    private DataTable previewOf;

    DataPreview(TableView<String[]> previewTable, Label previewInfo) {
        this.previewTable = previewTable;
        this.previewInfo = previewInfo;
    }

    /** Shows {@code table} (null: nothing), rebuilding the preview only when it is another table. */
    void show(DataTable table) {
        if (table != previewOf) {
            fillPreview(table);
        }
    }

    private void fillPreview(DataTable table) {
        previewOf = table;
        previewTable.getColumns().clear();
        if (table == null) {
            previewTable.setItems(FXCollections.observableArrayList());
            previewInfo.setText("");
            return;
        }
        for (int c = 0; c < table.columnCount(); c++) {
            int index = c;
            TableColumn<String[], String> column =
                    new TableColumn<>(table.columnNames().get(c));
            column.setCellValueFactory(
                    row -> new ReadOnlyObjectWrapper<>(row.getValue()[index] == null ? "—" : row.getValue()[index]));
            column.setPrefWidth(
                    Math.max(70, Math.min(160, 9 * table.columnNames().get(c).length() + 30)));
            column.setSortable(false);
            previewTable.getColumns().add(column);
        }
        int n = Math.min(PREVIEW_ROWS, table.rowCount());
        List<String[]> rows = new java.util.ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            String[] row = new String[table.columnCount()];
            for (int c = 0; c < row.length; c++) {
                row[c] = table.cell(r, c);
            }
            rows.add(row);
        }
        previewTable.setItems(FXCollections.observableArrayList(rows));
        previewInfo.setText(String.format(
                Locale.ROOT,
                "%s · %s rows × %d columns%s",
                table.name(),
                org.evolab.ui.common.Formats.count(table.rowCount()),
                table.columnCount(),
                table.rowCount() > n ? " · first " + n + " shown" : ""));
    }
}
