package org.evolab.ui.common;

import java.util.concurrent.CancellationException;
import org.evolab.util.InvalidInputException;

/** Turns what went wrong into a sentence a user can act on; never a stack trace. */
public final class UserMessages {
    private UserMessages() {}

    public static String of(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            if (t instanceof InvalidInputException) {
                return capitalize(t.getMessage());
            }
        }
        if (error instanceof CancellationException) {
            return "Cancelled.";
        }
        if (error instanceof OutOfMemoryError) {
            return "Evolab ran out of memory. Try a smaller search space (fewer or narrower layers) or fewer workers.";
        }
        String message = error == null ? null : error.getMessage();
        String kind = error == null ? "error" : error.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return "Something went wrong (" + kind + "). The log has the details.";
        }
        String first = message.strip().lines().findFirst().orElse(message);
        if (first.length() > 300) {
            first = first.substring(0, 297) + "...";
        }
        return "Something went wrong: " + first;
    }

    /** "population: must be at least 2" reads "Population: must be at least 2". */
    public static String capitalize(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        int colon = s.indexOf(':');
        String head = colon < 0 ? s.split(" ", 2)[0] : s.substring(0, colon);
        if (head.contains(".") || head.contains("/") || head.contains("\\")) {
            return s; // starts with a file name: keep its spelling
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
