package org.evolab.ui.common;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/**
 * The small shared pieces of the screens' status lines and score columns: a message label is
 * plain, {@code message-ok} or {@code message-error} (styled in evolab.css), and a fitness column
 * shows its numbers as {@link Formats#score}.
 */
public final class StatusMessages {
    private StatusMessages() {}

    /** A neutral message (progress, or "" to clear). */
    public static void plain(Labeled label, String text) {
        label.getStyleClass().removeAll("message-error", "message-ok");
        label.setText(text);
    }

    public static void ok(Labeled label, String text) {
        plain(label, text);
        label.getStyleClass().add("message-ok");
    }

    public static void error(Labeled label, String text) {
        plain(label, text);
        label.getStyleClass().add("message-error");
    }

    /** Shows a view model's {@code message} on {@code label}. */
    public static void show(Labeled label, Message message) {
        Message m = message == null ? Message.NONE : message;
        switch (m.kind()) {
            case PLAIN -> plain(label, m.text());
            case OK -> ok(label, m.text());
            case ERROR -> error(label, m.text());
        }
    }

    /** Cells that show a fitness as {@link Formats#score}, empty for none. */
    public static <S> Callback<TableColumn<S, Double>, TableCell<S, Double>> scoreCells() {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Formats.score(v));
            }
        };
    }
}
