package org.evolab.util;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration grammar of Evolab (the CLI's {@code --time-budget}, stop reasons, messages):
 * {@code 90s}, {@code 10m}, {@code 1.5h}, {@code 1h30m}, {@code 2m7.5s}, {@code 500ms},
 * ISO-8601 ({@code PT5M}) or a plain number of seconds; written back in the short form.
 */
public final class Durations {
    /** Hours, minutes, seconds, milliseconds, each optional, in that order ({@code m} is not the start of {@code ms}). */
    private static final Pattern SHORT = Pattern.compile(
            "(?:(\\d+(?:\\.\\d+)?)h)?(?:(\\d+(?:\\.\\d+)?)m(?!s))?(?:(\\d+(?:\\.\\d+)?)s)?(?:(\\d+)ms)?");

    private Durations() {}

    /**
     * Reads {@code text}; throws an {@link InvalidInputException} naming {@code setting} when it is
     * not a duration of this grammar.
     */
    public static Duration parse(String setting, String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.matches("\\d+(\\.\\d+)?")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
            }
            Matcher m = SHORT.matcher(t);
            if (!t.isEmpty() && m.matches()) {
                double millis = part(m.group(1), 3_600_000)
                        + part(m.group(2), 60_000)
                        + part(m.group(3), 1000)
                        + part(m.group(4), 1);
                return Duration.ofMillis(Math.round(millis));
            }
        } catch (RuntimeException e) {
            // Falls through to the message below: the user sees what was wrong, not a parser's stack.
        }
        throw new InvalidInputException(setting + ": cannot read '" + text + "' as a duration (e.g. 90s, 5m, 1h30m)");
    }

    private static double part(String number, double millisPerUnit) {
        return number == null ? 0 : Double.parseDouble(number) * millisPerUnit;
    }

    /** A short form such as {@code 45s}, {@code 5m}, {@code 1h30m}, {@code 2m7.5s}. */
    public static String format(Duration d) {
        if (d.isNegative()) {
            return "-" + format(d.negated());
        }
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        double seconds = d.toSecondsPart() + d.toNanosPart() / 1e9;
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(minutes).append('m');
        }
        if (seconds > 0 || text.length() == 0) {
            text.append(plain(seconds)).append('s');
        }
        return text.toString();
    }

    /** {@code value} without trailing zeros or exponent ({@code 0.95}, {@code 2}). */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
