package org.evolab.util;

/**
 * Bad input from the user: a file, a row, a column or a setting. The message is shown to the user
 * as it is (one line, naming the thing at fault), never with a stack trace. The CLI maps it to
 * exit status 2, the GUI to an inline message or a dialog.
 */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
