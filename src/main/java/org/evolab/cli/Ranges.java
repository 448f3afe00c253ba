package org.evolab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.evolab.genome.DoubleRange;
import org.evolab.genome.IntRange;
import org.evolab.util.InvalidInputException;

/** Parses the CLI's range and list values: {@code 1..10}, {@code 1e-4..1e-1}, {@code relu,tanh}. */
final class Ranges {
    private Ranges() {}

    static IntRange intRange(String option, String text) {
        String[] parts = split(option, text);
        try {
            return new IntRange(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(option + ": '" + text + "' is not a range of whole numbers such as 1..10");
        }
    }

    static DoubleRange doubleRange(String option, String text) {
        String[] parts = split(option, text);
        try {
            return new DoubleRange(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(option + ": '" + text + "' is not a range of numbers such as 1e-4..1e-1");
        }
    }

    private static String[] split(String option, String text) {
        String t = text.trim();
        int dots = t.indexOf("..");
        if (dots > 0) {
            return new String[] {t.substring(0, dots), t.substring(dots + 2)};
        }
        int colon = t.indexOf(':');
        if (colon > 0) {
            return new String[] {t.substring(0, colon), t.substring(colon + 1)};
        }
        // "1-10": a dash between two plain numbers (not an exponent's sign)
        for (int i = 1; i < t.length(); i++) {
            if (t.charAt(i) == '-' && Character.isDigit(t.charAt(i - 1))) {
                return new String[] {t.substring(0, i), t.substring(i + 1)};
            }
        }
        try {
            Double.parseDouble(t);
            return new String[] {t, t};
        } catch (NumberFormatException e) {
            throw new InvalidInputException(option + ": '" + text + "' is not a range such as 1..10");
        }
    }

    static <T> List<T> list(String text, Function<String, T> parse) {
        List<T> values = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                values.add(parse.apply(part.trim()));
            }
        }
        return values;
    }
}
