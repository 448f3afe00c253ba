package org.evolab.ui.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.evolab.util.InvalidInputException;

/**
 * Shows a validation message beside the field at fault. The engine's messages start with the
 * setting they are about ("population: must be at least 2"), so a step registers, per setting
 * name, the field and the label under it; {@link #show} marks the one named and clears the rest.
 */
public final class Problems {
    private record Slot(Node field, Label message) {
    }

    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Label fallback;

    /** {@code fallback} shows messages no registered setting claims (may be null). */
    public Problems(Label fallback) {
        this.fallback = fallback;
        clear(fallback);
    }

    public Problems register(String setting, Node field, Label message) {
        slots.put(setting.toLowerCase(Locale.ROOT), new Slot(field, message));
        clear(message);
        return this;
    }

    /** The setting an engine message is about: the text before its first colon. */
    public static String settingOf(String message) {
        int colon = message == null ? -1 : message.indexOf(':');
        return colon < 0 ? "" : message.substring(0, colon).trim().toLowerCase(Locale.ROOT);
    }

    /** Shows {@code message} (null clears everything) beside the field of the setting it names. */
    public void show(String message) {
        String setting = settingOf(message);
        boolean claimed = false;
        for (Map.Entry<String, Slot> e : slots.entrySet()) {
            Slot slot = e.getValue();
            boolean mine = message != null && !claimed && e.getKey().equals(setting);
            if (mine) {
                claimed = true;
                slot.message().setText(UserMessages.capitalize(message.substring(message.indexOf(':') + 1).trim()));
                slot.message().setVisible(true);
                slot.message().setManaged(true);
                if (!slot.field().getStyleClass().contains("invalid")) {
                    slot.field().getStyleClass().add("invalid");
                }
            } else {
                clear(slot.message());
                slot.field().getStyleClass().remove("invalid");
            }
        }
        if (fallback != null) {
            if (message != null && !claimed) {
                fallback.setText(UserMessages.capitalize(message));
                fallback.setVisible(true);
                fallback.setManaged(true);
            } else {
                clear(fallback);
            }
        }
    }

    /** Checks with the engine's validation; returns its message, or null when valid. */
    public static String check(Runnable validation) {
        try {
            validation.run();
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    private static void clear(Label label) {
        if (label != null) {
            label.setText("");
            label.setVisible(false);
            label.setManaged(false);
        }
    }
}
