package org.evolab.ui.run;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.evolab.run.Evaluation;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.StatusMessages;

/** The Live tab's lists: the current population (sortable) and the run's log, both kept by the monitor. */
final class LiveTables {
    private LiveTables() {}

    /** Shows the monitor's population in {@code table}, sorted as the user sorts the table. */
    static void population(
            RunMonitor monitor,
            TableView<Evaluation> populationTable,
            TableColumn<Evaluation, String> popIdColumn,
            TableColumn<Evaluation, Double> popFitnessColumn,
            TableColumn<Evaluation, String> popLayersColumn,
            TableColumn<Evaluation, String> popTrainingColumn,
            TableColumn<Evaluation, String> popParentsColumn,
            TableColumn<Evaluation, String> popOperatorsColumn,
            TableColumn<Evaluation, Integer> popBornColumn) {
        popIdColumn.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().individual().id()));
        popFitnessColumn.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().fitness()));
        popFitnessColumn.setCellFactory(StatusMessages.scoreCells());
        popLayersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Formats.layers(c.getValue().individual().genome().layers())));
        popTrainingColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Formats.training(c.getValue().individual().genome())));
        popParentsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().individual().parentIds().isEmpty()
                        ? "–"
                        : String.join(" + ", c.getValue().individual().parentIds())));
        popOperatorsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                String.join(", ", c.getValue().individual().operators())
                        + (c.getValue().cacheHit() ? " (cached)" : "")));
        popBornColumn.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().individual().generation()));
        SortedList<Evaluation> sorted = new SortedList<>(monitor.population());
        sorted.comparatorProperty().bind(populationTable.comparatorProperty());
        populationTable.setItems(sorted);
    }

    /** Shows the monitor's log in {@code logList}, wrapping long lines and following the newest. */
    static void log(RunMonitor monitor, ListView<String> logList) {
        logList.setItems(monitor.log());
        logList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(22));
                setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        monitor.log().addListener((ListChangeListener<String>) c -> {
            if (!monitor.log().isEmpty()) {
                logList.scrollTo(monitor.log().size() - 1);
            }
        });
    }
}
