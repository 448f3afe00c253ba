package org.evolab.ui.wizard.data;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.util.StringConverter;
import org.evolab.data.ColumnKind;
import org.evolab.data.ColumnRole;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.WizardModel;

/**
 * The Data step's columns table: its cells, and the editing of each column's kind and role, which
 * goes to the model's run configuration. {@link DataStepController} fills the table's rows.
 */
final class ColumnsEditor {
    private final WizardModel model;
    /** Redraws the step when an edit is refused (the target's role). */
    private final Runnable refresh;

    ColumnsEditor(WizardModel model, TableView<ColumnRow> columnsTable, TableColumn<ColumnRow, String> nameColumn,
                  TableColumn<ColumnRow, ColumnKind> kindColumn, TableColumn<ColumnRow, ColumnRole> roleColumn,
                  TableColumn<ColumnRow, String> missingColumn, TableColumn<ColumnRow, String> distinctColumn,
                  Runnable refresh) {
        this.model = model;
        this.refresh = refresh;
        columnsTable.setEditable(true);
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().role()));
        missingColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().missing() < 0 ? ""
                : Integer.toString(c.getValue().missing())));
        distinctColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().distinct() < 0 ? ""
                : Integer.toString(c.getValue().distinct())));
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
                setKind(row.name(), e.getNewValue());
            }
        });
        roleColumn.setOnEditCommit(e -> {
            ColumnRow row = e.getRowValue();
            if (e.getNewValue() != null && e.getNewValue() != row.role()) {
                setRole(row.name(), e.getNewValue());
            }
        });
        columnsTable.setPlaceholder(new Label("No data yet"));
        kindColumn.setText("Kind");
        roleColumn.setText("Role");
    }

    /** Reads column {@code name} as {@code kind} from now on. */
    void setKind(String name, ColumnKind kind) {
        model.changeColumns(c -> {
            Map<String, ColumnKind> kinds = new HashMap<>(c.columnKinds());
            kinds.put(name, kind);
            return c.withColumnKinds(kinds);
        });
    }

    /** Uses column {@code name} as {@code role}; TARGET makes it the column to predict. */
    void setRole(String name, ColumnRole role) {
        if (role == ColumnRole.TARGET) {
            model.changeColumns(c -> withoutOverridesOf(c.withTarget(name), name));
            return;
        }
        if (name.equals(model.config().target())) {
            // The target cannot be a feature or ignored: keep it, and say how to change it.
            refresh.run();
            return;
        }
        model.changeColumns(c -> {
            Map<String, ColumnRole> roles = new HashMap<>(c.columnRoles());
            roles.put(name, role);
            return c.withColumnRoles(roles);
        });
    }

    /** {@code c} without the role and kind overrides of {@code column} (it becomes the target). */
    static RunConfig withoutOverridesOf(RunConfig c, String column) {
        Map<String, ColumnRole> roles = new HashMap<>(c.columnRoles());
        roles.remove(column);
        Map<String, ColumnKind> kinds = new HashMap<>(c.columnKinds());
        kinds.remove(column);
        return c.withColumnRoles(roles).withColumnKinds(kinds);
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
