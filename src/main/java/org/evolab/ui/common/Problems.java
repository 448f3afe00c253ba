package org.evolab.ui.common;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.evolab.util.Setting;

/**
 * Shows a validation problem beside the field at fault. A screen registers, per {@link Setting},
 * the field and the label under it; {@link #show} marks the field of the problem's setting and
 * clears the rest. The field is found by the problem's typed key, never by its wording, so a
 * reworded message stays on its field; a problem no registered setting claims goes to the fallback.
 */
public final class Problems {
    private record Slot(Node field, Label message) {}

    private final Map<Setting, Slot> slots = new EnumMap<>(Setting.class);
    private final Label fallback;

    /** {@code fallback} shows problems no registered setting claims (may be null). */
    public Problems(Label fallback) {
        this.fallback = fallback;
        clear(fallback);
    }

    public Problems register(Setting setting, Node field, Label message) {
        slots.put(setting, new Slot(field, message));
        clear(message);
        return this;
    }

    /** Shows {@code problem} (null clears everything) beside the field of its setting. */
    public void show(Problem problem) {
        Slot claimed = problem == null || problem.setting() == null ? null : slots.get(problem.setting());
        for (Slot slot : slots.values()) {
            if (slot == claimed) {
                showText(slot.message(), problem.detail());
                if (!slot.field().getStyleClass().contains("invalid")) {
                    slot.field().getStyleClass().add("invalid");
                }
            } else {
                clear(slot.message());
                slot.field().getStyleClass().remove("invalid");
            }
        }
        if (fallback != null) {
            if (problem != null && claimed == null) {
                showText(fallback, problem.message());
            } else {
                clear(fallback);
            }
        }
    }

    private static void showText(Label label, String text) {
        label.setText(UserMessages.capitalize(text));
        label.setVisible(true);
        label.setManaged(true);
    }

    private static void clear(Label label) {
        if (label != null) {
            label.setText("");
            label.setVisible(false);
            label.setManaged(false);
        }
    }
}
