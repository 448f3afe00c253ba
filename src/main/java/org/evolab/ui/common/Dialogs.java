package org.evolab.ui.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Message and question dialogs, owned by the main window and styled like it. */
public final class Dialogs {
    private Dialogs() {}

    public static void error(Node owner, String title, String message) {
        show(alert(owner, Alert.AlertType.ERROR, title, message));
    }

    public static void info(Node owner, String title, String message) {
        show(alert(owner, Alert.AlertType.INFORMATION, title, message));
    }

    /** Modal where a nested event loop is allowed; from an animation or layout callback, shown without waiting. */
    private static void show(Alert alert) {
        if (Platform.canStartNestedEventLoop()) {
            alert.showAndWait();
        } else {
            alert.show();
        }
    }

    /** Asks a yes/no question; true when the user chose {@code yesText}. */
    public static boolean confirm(Node owner, String title, String message, String yesText) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(yesText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    private static Alert alert(Node owner, Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        Window window = owner == null || owner.getScene() == null
                ? null
                : owner.getScene().getWindow();
        if (window != null) {
            alert.initOwner(window);
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(460);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStyleClass().add("evolab-dialog");
        return alert;
    }
}
