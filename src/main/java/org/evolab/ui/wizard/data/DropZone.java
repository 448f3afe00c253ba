package org.evolab.ui.wizard.data;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;

/** Drag-and-drop of a file onto the Data step's drop zone. */
final class DropZone {
    private DropZone() {}

    /** Makes {@code dropZone} accept dropped files, highlighting while one hovers, and opens the first dropped. */
    static void install(Region dropZone, Consumer<Path> open) {
        dropZone.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!dropZone.getStyleClass().contains("drop-hover")) {
                    dropZone.getStyleClass().add("drop-hover");
                }
            }
            e.consume();
        });
        dropZone.addEventHandler(
                DragEvent.DRAG_EXITED, e -> dropZone.getStyleClass().remove("drop-hover"));
        dropZone.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                open.accept(e.getDragboard().getFiles().get(0).toPath());
                done = true;
            }
            dropZone.getStyleClass().remove("drop-hover");
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
