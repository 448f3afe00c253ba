package org.evolab.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with a controller built by the caller (so controllers get their model by constructor). */
public final class Views {
    private Views() {}

    /**
     * Loads {@code fxml} from beside {@code controller}'s class (same package, under
     * {@code src/main/resources}) and binds it to {@code controller}, which the FXML's
     * {@code fx:controller} must name. A stylesheet of the same base name is added when present.
     */
    public static Parent load(String fxml, Object controller) {
        URL url = controller.getClass().getResource(fxml);
        if (url == null) {
            throw new IllegalStateException(
                    "missing view " + fxml + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(type -> {
            if (type.isInstance(controller)) {
                return controller;
            }
            throw new IllegalStateException(fxml + " asks for controller " + type.getName());
        });
        try {
            Parent root = loader.load();
            URL css = controller.getClass().getResource(fxml.replace(".fxml", ".css"));
            if (css != null) {
                root.getStylesheets().add(css.toExternalForm());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
