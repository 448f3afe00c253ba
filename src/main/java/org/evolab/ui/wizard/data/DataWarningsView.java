package org.evolab.ui.wizard.data;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.evolab.data.checks.DataChecks;
import org.evolab.data.checks.DataWarning;
import org.evolab.data.prep.SplitRatios;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.ColumnRole;
import org.evolab.fitness.FitnessMetric;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.Background;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.WizardModel;

/**
 * The data checks of the data step: one row per {@link DataWarning}, its message and a button
 * that applies its fix (ignore the column, treat it as categorical, make macro-F1 the fitness).
 * The checks run off the FX thread whenever the data, its schema, the split or the metric
 * change; a result that a newer change overtook is dropped. The box is hidden while there is
 * nothing to say.
 */
final class DataWarningsView {
    private final WizardModel model;
    private final VBox box;
    private final VBox rows = new VBox(6);
    private final BiConsumer<String, ColumnRole> setRole;
    private final BiConsumer<String, ColumnKind> setKind;
    private long requests;
    /** What the shown warnings were computed for, so that unrelated config changes do not re-run them. */
    private Object checkedFor;

    /**
     * @param box     the (FXML) container to fill; its first children (a title) are kept
     * @param setRole how the step sets a column's role, so that a fix goes the same way as an edit
     * @param setKind how the step sets a column's kind
     */
    DataWarningsView(
            WizardModel model,
            VBox box,
            BiConsumer<String, ColumnRole> setRole,
            BiConsumer<String, ColumnKind> setKind) {
        this.model = model;
        this.box = box;
        this.setRole = setRole;
        this.setKind = setKind;
        box.getChildren().add(rows);
        model.datasetProperty().addListener(o -> refresh());
        model.configProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        DatasetInfo info = model.dataset();
        RunConfig config = model.config();
        boolean macroF1 = config.training().metric() == FitnessMetric.MACRO_F1;
        SplitRatios split = config.split();
        List<Object> key = java.util.Arrays.asList(info, split, macroF1);
        if (Objects.equals(key, checkedFor)) {
            return;
        }
        checkedFor = key;
        long request = ++requests;
        if (info == null || !info.usable() || !validSplit(split)) {
            show(List.of());
            return;
        }
        Background.run(() -> DataChecks.check(info.table(), info.schema(), split, macroF1))
                .onSuccess(warnings -> {
                    if (request == requests) {
                        show(warnings);
                    }
                })
                .onFailure(error -> {
                    if (request == requests) {
                        show(List.of()); // the step's own message says what is wrong with the data
                    }
                })
                .start();
    }

    private static boolean validSplit(SplitRatios split) {
        try {
            split.validate();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void show(List<DataWarning> warnings) {
        rows.getChildren().setAll(warnings.stream().map(this::row).toList());
        box.setVisible(!warnings.isEmpty());
        box.setManaged(!warnings.isEmpty());
    }

    private HBox row(DataWarning w) {
        Label text = new Label("'" + w.column() + "': " + w.message());
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap rather than cut the line short
        text.setTooltip(new Tooltip(w.line()));
        text.setMaxWidth(Double.MAX_VALUE);
        text.getStyleClass().addAll("data-warning", "warning-" + w.kind().name().toLowerCase(java.util.Locale.ROOT));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, text);
        row.getStyleClass().add("data-warning-row");
        if (w.fix() != DataWarning.Fix.NONE) {
            Button fix = new Button(buttonText(w.fix()));
            fix.getStyleClass().add("fix-button");
            fix.setId("fix-" + w.kind().name().toLowerCase(java.util.Locale.ROOT) + "-"
                    + w.column().replaceAll("[^A-Za-z0-9_-]", "_"));
            fix.setTooltip(new Tooltip(
                    capitalized(w.fix().words()) + " (" + w.fix().flag(w.column()) + " on the command line)"));
            fix.setMinWidth(Button.USE_PREF_SIZE);
            fix.setOnAction(e -> apply(w));
            row.getChildren().add(fix);
        }
        return row;
    }

    private static String buttonText(DataWarning.Fix fix) {
        return switch (fix) {
            case IGNORE_COLUMN -> "Ignore column";
            case TREAT_AS_CATEGORICAL -> "Treat as categorical";
            case USE_MACRO_F1 -> "Use macro-F1";
            case NONE -> "";
        };
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void apply(DataWarning w) {
        switch (w.fix()) {
            case IGNORE_COLUMN -> setRole.accept(w.column(), ColumnRole.IGNORE);
            case TREAT_AS_CATEGORICAL -> setKind.accept(w.column(), ColumnKind.CATEGORICAL);
            case USE_MACRO_F1 -> model.update(c -> c.withTraining(c.training().withMetric(FitnessMetric.MACRO_F1)));
            case NONE -> {}
        }
    }
}
