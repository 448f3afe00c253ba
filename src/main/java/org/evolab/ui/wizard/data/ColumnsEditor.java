package org.evolab.ui.wizard.data;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.util.StringConverter;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.ColumnRole;

/**
 * The Data step's columns table: its cells and editors. An edit of a column's kind or role goes to
 * the {@link DataStepViewModel}, whose rows fill the table.
 */
final class ColumnsEditor {
    ColumnsEditor(
            DataStepViewModel viewModel,
            TableView<ColumnRow> columnsTable,
            TableColumn<ColumnRow, String> nameColumn,
            TableColumn<ColumnRow, ColumnKind> kindColumn,
            TableColumn<ColumnRow, ColumnRole> roleColumn,
            TableColumn<ColumnRow, String> missingColumn,
            TableColumn<ColumnRow, String> distinctColumn) {
        columnsTable.setEditable(true);
        nameColumn.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        kindColumn.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        roleColumn.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().role()));
        missingColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().missing() < 0 ? "" : Integer.toString(c.getValue().missing())));
        distinctColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().distinct() < 0 ? "" : Integer.toString(c.getValue().distinct())));
        missingColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("has-missing");
                if (!empty && item != null && !item.isEmpty() && !item.equals("0")) {
                    getStyleClass().add("has-missing");
                }
            }
        });
        kindColumn.setCellFactory(ComboBoxTableCell.forTableColumn(lowercase(), ColumnKind.values()));
        roleColumn.setCellFactory(ComboBoxTableCell.forTableColumn(lowercase(), ColumnRole.values()));
        kindColumn.setOnEditCommit(e -> {
            ColumnRow row = e.getRowValue();
            if (e.getNewValue() != null && e.getNewValue() != row.kind()) {
                viewModel.setKind(row.name(), e.getNewValue());
            }
        });
        roleColumn.setOnEditCommit(e -> {
            ColumnRow row = e.getRowValue();
            if (e.getNewValue() != null && e.getNewValue() != row.role()) {
                viewModel.setRole(row.name(), e.getNewValue());
            }
        });
        columnsTable.setPlaceholder(new Label("No data yet"));
        kindColumn.setText("Kind");
        roleColumn.setText("Role");
    }

    private static <E extends Enum<E>> StringConverter<E> lowercase() {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "?" : e.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }
}
