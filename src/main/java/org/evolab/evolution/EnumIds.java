package org.evolab.evolution;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evolab.util.InvalidInputException;

/** Lenient parsing of the enum ids shared by JSON, the command line and the GUI. */
final class EnumIds {
    private EnumIds() {}

    /**
     * The constant whose id or name matches {@code text}, ignoring case and the difference between
     * '-', '_' and ' ' (so {@code ONE_POINT}, {@code one-point} and {@code One Point} all work).
     */
    static <E extends Enum<E>> E parse(String what, String text, E[] values, Function<E, String> id) {
        if (text != null) {
            String wanted = normalize(text);
            for (E value : values) {
                if (normalize(id.apply(value)).equals(wanted)
                        || normalize(value.name()).equals(wanted)) {
                    return value;
                }
            }
        }
        throw new InvalidInputException(what + ": unknown value '" + text + "' (choose from "
                + Arrays.stream(values).map(id).collect(Collectors.joining(", ")) + ")");
    }

    private static String normalize(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }
}
