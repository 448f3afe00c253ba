package org.evolab.util;

import java.util.Optional;

/**
 * Bad input from the user: a file, a row, a column or a setting. The message is shown to the user
 * as it is (one line, naming the thing at fault), never with a stack trace. The CLI maps it to
 * exit status 2, the GUI to an inline message or a dialog.
 *
 * <p>An error about one setting carries it as a typed {@link Setting} (made by {@link #of}): the
 * GUI shows {@link #detail()} beside that setting's field and never parses the message for it.
 */
public class InvalidInputException extends RuntimeException {
    private final Setting setting;
    private final String detail;

    public InvalidInputException(String message) {
        this(null, message, message, null);
    }

    public InvalidInputException(String message, Throwable cause) {
        this(null, message, message, cause);
    }

    private InvalidInputException(Setting setting, String message, String detail, Throwable cause) {
        super(message, cause);
        this.setting = setting;
        this.detail = detail;
    }

    /** An error about {@code setting}; the message is its label, a colon and {@code detail}. */
    public static InvalidInputException of(Setting setting, String detail) {
        return new InvalidInputException(setting, setting.label() + ": " + detail, detail, null);
    }

    /** The setting at fault, when the error is about one. */
    public Optional<Setting> setting() {
        return Optional.ofNullable(setting);
    }

    /** What is wrong, without the setting's name (the whole message when no setting is named). */
    public String detail() {
        return detail;
    }
}
