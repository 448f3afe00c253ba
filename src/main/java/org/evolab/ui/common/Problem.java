package org.evolab.ui.common;

import org.evolab.util.InvalidInputException;
import org.evolab.util.Setting;

/**
 * Why a screen's settings cannot be used yet: the setting at fault (null when the problem is not
 * about one field), what is wrong with it, and the whole line for places that show it alone (the
 * wizard's bar). A plain value, made and compared without a toolkit.
 *
 * @param setting the setting at fault, or null
 * @param detail  what is wrong, without the setting's name when there is one
 * @param message the whole line ("population: must be at least 2")
 */
public record Problem(Setting setting, String detail, String message) {
    /** A problem with {@code setting}; the line names it the way the engine's messages do. */
    public static Problem of(Setting setting, String detail) {
        return new Problem(setting, detail, setting.label() + ": " + detail);
    }

    /** A problem that is not about one setting. */
    public static Problem general(String message) {
        return new Problem(null, message, message);
    }

    /** The engine's error, keyed by the setting it carries (never by its wording). */
    public static Problem of(InvalidInputException e) {
        return new Problem(e.setting().orElse(null), e.detail(), e.getMessage());
    }

    /** Runs the engine's validation; its problem, or null when valid. */
    public static Problem check(Runnable validation) {
        try {
            validation.run();
            return null;
        } catch (InvalidInputException e) {
            return of(e);
        }
    }

    /** The whole line of {@code problem}, or null: what a wizard step reports. */
    public static String messageOf(Problem problem) {
        return problem == null ? null : problem.message();
    }
}
